import { spawnSync } from 'node:child_process';
import path from 'node:path';

const SCHEMAS = path.resolve(import.meta.dirname, '../fixtures/schemas');

/**
 * The errors libxml2's xmllint (Debian's libxml2-utils) finds validating `xml` against a schema:
 * `news-sitemap` is the sitemaps.org schema (npm `sitemap`'s copy) with Google's news extension.
 */
export function schemaErrors(xml: string, schema: 'news-sitemap'): string[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, `${schema}.xsd`), '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return run.status === 0 ? [] : run.stderr.split('\n').filter((line) => line && !line.endsWith('fails to validate'));
}
