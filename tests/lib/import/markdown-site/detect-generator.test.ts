import { describe, expect, it } from 'vitest';
import { detectGenerator } from '@/lib/import/markdown-site/detect-generator';

const detect = (files: Record<string, string>) =>
  detectGenerator(Object.entries(files).map(([path, text]) => ({ path, text })));

describe('detectGenerator', () => {
  it('tells Hugo’s config.toml from Zola’s by their base URL keys', () => {
    expect(detect({ 'config.toml': 'baseURL = "https://h.example/blog/"' })).toMatchObject({
      generator: 'hugo',
      settings: { basePath: '/blog', contentDir: 'content' },
    });
    expect(detect({ 'config.toml': 'base_url = "https://z.example"' })).toMatchObject({
      generator: 'zola',
      settings: { basePath: '' },
    });
  });

  it('reads Hugo’s permalinks, also nested by page kind, its content folder and zone', () => {
    const hugo = detect({
      'hugo.yaml':
        'contentDir: site/\ntimeZone: Europe/London\npermalinks:\n  page:\n    news: /:year/:slug/\n',
    });
    expect(hugo.settings).toMatchObject({
      contentDir: 'site',
      timeZone: 'Europe/London',
      permalinks: { news: '/:year/:slug/' },
    });
  });

  it('reads Jekyll’s permalink style and baseurl, defaulting to the date style', () => {
    expect(detect({ '_config.yml': 'baseurl: /ledger\npermalink: pretty\n' }).settings).toMatchObject({
      basePath: '/ledger',
      permalinks: { '*': 'pretty' },
    });
    expect(detect({ '_config.yml': 'title: x\n' }).settings.permalinks).toEqual({ '*': 'date' });
  });

  it('reads Eleventy’s input folder and Astro’s base from their JavaScript config without running it', () => {
    expect(
      detect({ '.eleventy.js': 'module.exports = () => ({ dir: { input: "./site/" } })' }).settings,
    ).toMatchObject({ contentDir: 'site', dataDir: 'site/_data' });
    expect(detect({ 'astro.config.ts': "export default defineConfig({ base: '/news/' })" })).toMatchObject({
      generator: 'astro',
      settings: { basePath: '/news', contentDir: 'src' },
    });
  });

  it('says unknown for a folder with no generator’s config', () => {
    expect(detect({ 'notes/a.md': '# A' }).generator).toBe('unknown');
  });

  it('reports a config that does not parse with its line, and goes on with the defaults', () => {
    const broken = detect({ '_config.yml': 'title: x\npermalink: [\n' });
    expect(broken.generator).toBe('jekyll');
    expect(broken.settings.permalinks).toEqual({ '*': 'date' });
    expect(broken.problems).toEqual([
      expect.objectContaining({ severity: 'fix', code: 'config-syntax', file: '_config.yml', line: 3 }),
    ]);
  });
});
