import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';
import type { Article } from '@/lib/content/article';
import { type SiteServer, startSite } from './support/site-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = 'tests/.tmp/next-clock';
const CLOCK = path.join(ROOT, 'tests/.tmp/clock-offset');

let server: SiteServer;
let scheduled: Article;
let articlePathOf: (slug: string) => string;

beforeAll(async () => {
  const { result } = await loadContentIndex(path.join(ROOT, 'content'));
  if (!result.ok) throw new Error('the sample content is invalid');
  const found = result.value.articles.find((a) => !a.draft && Date.parse(a.date) > Date.now());
  if (!found) throw new Error('the sample content needs one scheduled (future-dated) article');
  scheduled = found;
  const { bySlug } = result.value;
  articlePathOf = (slug) => `/${bySlug.get(slug)?.section}/${slug}`;
  // A copy of the build, so this server's regenerated pages never reach the other tests' server.
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  await cp(path.join(ROOT, '.next'), path.join(ROOT, DIST), { recursive: true });
  await writeFile(CLOCK, '0');
  server = await startSite(
    {
      NEXT_DIST_DIR: DIST,
      TEST_CLOCK_FILE: CLOCK,
      NODE_OPTIONS: `--import ${path.join(import.meta.dirname, 'support/clock-preload.mjs')}`,
    },
    'server-clock',
  );
});
afterAll(async () => {
  await server?.stop();
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
});

/**
 * Requests a path until `accept` holds, for at most 90 s. Next.js measures a cached page's age on the
 * real clock, not the shifted one, so a cached answer changes only after its 60 s revalidate window.
 */
async function poll(
  url: string,
  accept: (status: number, body: string) => boolean,
): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const response = await fetch(url);
    const result = { status: response.status, body: await response.text() };
    if (accept(result.status, result.body) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it('hides a scheduled article until its time, then shows it without a rebuild', async () => {
  const articleUrl = `${server.url}/${scheduled.section}/${scheduled.slug}`;
  expect((await fetch(articleUrl)).status).toBe(404);
  expect(await (await fetch(`${server.url}/`)).text()).not.toContain(scheduled.slug);
  expect(await (await fetch(`${server.url}/feed.xml`)).text()).not.toContain(scheduled.slug);
  // A story it links to does not list it among its follow-ups until it is out.
  const followed = scheduled.linksTo[0];
  if (!followed) throw new Error('the scheduled sample article needs a link to an earlier story');
  const followedUrl = `${server.url}${articlePathOf(followed)}`;
  const followUpLink = `href="/${scheduled.section}/${scheduled.slug}"`;
  expect(await (await fetch(followedUrl)).text()).not.toContain(followUpLink);

  // Move the server's clock to an hour after the article's publication time.
  await writeFile(CLOCK, String(Date.parse(scheduled.date) + 3_600_000 - Date.now()));

  const article = await poll(articleUrl, (status) => status === 200);
  expect(article.status).toBe(200);
  expect(article.body).toContain(scheduled.title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
  const home = await poll(`${server.url}/`, (_, body) => body.includes(scheduled.slug));
  expect(home.body).toContain(`/${scheduled.section}/${scheduled.slug}`);
  const section = await poll(`${server.url}/${scheduled.section}`, (_, body) =>
    body.includes(scheduled.slug),
  );
  expect(section.body).toContain(`/${scheduled.section}/${scheduled.slug}`);
  // And the earlier story now names it under "Follow-ups", with no rebuild.
  const earlier = await poll(followedUrl, (_, body) => body.includes(followUpLink));
  expect(earlier.body).toMatch(/<h2 id="follow-ups-heading">Follow-ups<\/h2>/);
  expect(earlier.body).toContain(followUpLink);
}, 300_000);
