import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { buildLiveFeed, lastModifiedIn } from '@/lib/feeds/build-feed';
import { assembleCoverage } from '@/lib/live/live-coverage';
import { parseLiveUpdate } from '@/lib/live/live-update';
import { loadFixtureIndex } from '../../support/load-fixture-index';

const context = { timeZone: 'Europe/London', authorIds: new Set(['ada', 'ben']) };
const parse = (name: string, text: string) => {
  const { update } = parseLiveUpdate(`content/live/council-budget/${name}.md`, text, context);
  if (!update) throw new Error(`${name} did not parse`);
  return update;
};

it('writes a live story’s updates as feeds that parse strictly, whatever the editors typed', async () => {
  const index = await loadFixtureIndex();
  const story = {
    ...index.bySlug.get('council-budget')!,
    type: 'live' as const,
    live: { status: 'live' as const },
  };
  const updates = [
    parse(
      'a',
      '---\ntime: 2026-11-20T09:00\ntitle: "Cuts & <script>alert(1)</script> ]]>"\nauthor: ben\n---\n\nThe vote is at 10 & the \u0007 bell rang. <b onclick="x()">Bold</b>\n',
    ),
    parse(
      'b',
      '---\ntime: 2026-11-20T10:30\n---\n\nSee [the story](/news/council-budget) and ![a chart](/images/x.png).\n',
    ),
  ];
  const coverage = assembleCoverage(story, updates, new Date('2026-11-21T00:00:00Z'));
  const live = {
    ...index,
    live: { coverage: () => coverage, check: () => ({ problems: [], warnings: [] }), look: () => [] },
  };
  for (const format of ['rss', 'atom'] as const) {
    const xml = buildLiveFeed(live, coverage, format);
    expect(XMLValidator.validate(xml), format).toBe(true);
    expect(xml).not.toMatch(/<script|onclick/);
  }
  const rss = new XMLParser().parse(buildLiveFeed(live, coverage, 'rss')).rss.channel;
  // Newest first, each linking to the update's permanent address.
  expect(rss.item.map((i: { link: string }) => i.link)).toEqual([
    'https://fixture.example/news/council-budget/updates/b',
    'https://fixture.example/news/council-budget/updates/a',
  ]);
  // Escaped once as text in the XML: a reader shows the headline's characters, never runs them.
  expect(rss.item[1].title).toBe('Cuts &#38; &#60;script&#62;alert(1)&#60;/script&#62; ]]&#62;');
  const json = JSON.parse(buildLiveFeed(live, coverage, 'json')) as {
    items: { title: string; authors: { name: string }[] }[];
  };
  expect(json.items[1]?.title).toBe('Cuts & <script>alert(1)</script> ]]>');
  expect(json.items[1]?.authors.map((a) => a.name)).toEqual(['Ben Column']);
  // The site's feeds and sitemaps date a live story by its latest update.
  expect(lastModifiedIn(live, story)).toBe('2026-11-20T10:30:00.000Z');
});
