import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMarkdownSite, type MarkdownSite } from '@/lib/import/markdown-site/read-markdown-site';

const SITES = path.join(import.meta.dirname, '../../../fixtures/import/sites');
const NOW = new Date('2026-12-03T12:00:00Z');

function siteOf(name: string) {
  let site: MarkdownSite;
  beforeAll(async () => {
    site = await readMarkdownSite(path.join(SITES, name), { now: NOW });
  });
  const post = (sourceId: string) => {
    const found = site.posts.find((p) => p.sourceId === sourceId);
    if (!found) throw new Error(`no post ${sourceId} in ${site.posts.map((p) => p.sourceId).join(', ')}`);
    return found;
  };
  return { site: () => site, post };
}

const codes = (problems: { code: string; line?: number }[]) =>
  problems.map((p) => `${p.code}@${p.line ?? '-'}`);

describe('a Hugo site', () => {
  const { site, post } = siteOf('hugo');

  it('is detected from hugo.toml and skips section indexes with a note, and a theme’s content', () => {
    expect(site().generator).toBe('hugo');
    expect(
      site()
        .problems.filter((p) => p.code === 'section-index')
        .map((p) => path.basename(p.file)),
    ).toEqual(['_index.md', '_index.md']);
    expect(site().posts.map((p) => p.sourceId)).not.toContain('md:themes/paper/content/sample.md');
  });

  it('reads TOML front matter: dates with their zone, authors, section then categories, cover image', () => {
    const rail = post('md:content/posts/first-post.md');
    expect(rail).toMatchObject({
      kind: 'article',
      title: 'Rail fares frozen',
      slug: 'rail-fares-frozen',
      date: '2021-05-06T09:30:00+01:00',
      updated: '2021-05-07T10:00:00+01:00',
      status: 'published',
      authors: ['jdoe'],
      categories: ['posts', 'Transport'],
      tags: ['rail', 'fares'],
      summary: 'Fares are frozen for another year.',
      image: { src: 'cover.jpg', alt: 'A train at Leeds', caption: 'The 07:12 to York.' },
      sourceId: 'md:content/posts/first-post.md',
      at: { line: 1 },
      body: { format: 'markdown', at: { line: 18 } },
    });
    expect(rail.at.file).toBe(path.join(SITES, 'hugo', 'content/posts/first-post.md'));
  });

  it('computes the old address from [permalinks] and keeps front-matter aliases, a relative one beside the post', () => {
    expect(post('md:content/posts/first-post.md').aliases).toEqual([
      '/2021/05/rail-fares-frozen/',
      '/old/rail-fares/',
      '/posts/rail-fares-frozen',
    ]);
    // Hugo's :slug falls back to the title when the front matter has no slug.
    expect(post('md:content/posts/bundle-post/index.md').aliases).toEqual([
      '/2020/02/a-bundle-with-its-pictures/',
    ]);
    expect(post('md:content/about.md').aliases).toEqual(['/about/']);
  });

  it('reads YAML and JSON front matter', () => {
    expect(post('md:content/posts/draft.md').title).toBe('Not yet');
    expect(post('md:content/posts/json-post.md')).toMatchObject({
      title: 'Written in JSON',
      date: '2019-09-09T08:00:00Z',
      tags: ['json'],
    });
  });

  it('makes draft: true a draft and a future publishDate scheduled, neither with an old address', () => {
    expect(post('md:content/posts/draft.md')).toMatchObject({ status: 'draft', aliases: [] });
    expect(post('md:content/posts/future.md')).toMatchObject({
      status: 'scheduled',
      date: '2099-01-01T09:00:00Z',
      aliases: [],
    });
  });

  it('schedules a post whose publishDate is after now, though its date is past', () => {
    expect(post('md:content/posts/embargoed.md')).toMatchObject({
      status: 'scheduled',
      date: '2021-03-03T00:00:00',
      aliases: [],
    });
  });

  it('lists a page bundle’s files as assets, absolute, and keeps its relative image as written', () => {
    const bundle = post('md:content/posts/bundle-post/index.md');
    expect(bundle.assets).toEqual([
      path.join(SITES, 'hugo/content/posts/bundle-post/data/chart.svg'),
      path.join(SITES, 'hugo/content/posts/bundle-post/map.png'),
    ]);
    expect(bundle.body.text).toContain('![The map](map.png)');
    expect(bundle.image).toEqual({ src: 'map.png' });
    expect(bundle.slug).toBe('bundle-post');
  });

  it('reads weight as featured with a note, and a list of authors named from data/authors', () => {
    const bundle = post('md:content/posts/bundle-post/index.md');
    expect(bundle.featured).toBe(true);
    expect(codes(bundle.problems)).toContain('weight-as-featured@6');
    expect(bundle.authors).toEqual(['jdoe', 'Sam Lee']);
    expect(site().authors).toEqual([
      { key: 'jdoe', name: 'Jane Doe', bio: 'Transport correspondent.', email: 'jane@example.org' },
      { key: 'Sam Lee', name: 'Sam Lee' },
    ]);
  });

  it('converts shortcodes, reports the unknown ones at their file line, and leaves code alone', () => {
    const rail = post('md:content/posts/first-post.md');
    const text = rail.body.text;
    expect(text).toContain('\n\nhttps://www.youtube.com/watch?v=w7Ft2ymGmfc\n\n');
    expect(text).toContain('\n\nhttps://x.com/northernrail/status/1390000000000000000\n\n');
    expect(text).toContain('\n\n![Route map](/images/map.png "The new routes")\n\n');
    expect(text).toContain('See [the bundle](/2020/02/a-bundle-with-its-pictures/) and');
    expect(text).toContain('```go\nx := {{ .Title }}\n```');
    expect(text).toContain('```go-html-template\n{{< youtube keep-this-as-code >}}\n```');
    expect(text).toContain('Inline `{{< vimeo 1 >}}` stays too.');
    expect(text).toContain('Keep **this** text.');
    expect(text).not.toMatch(/gist|notice|\{\{%/);
    expect(rail.problems.filter((p) => p.severity === 'fix').map((p) => [p.code, p.line])).toEqual([
      ['unresolved-link', 27],
      ['unknown-shortcode', 29],
      ['unknown-shortcode', 41],
    ]);
    expect(rail.problems.find((p) => p.line === 29)).toMatchObject({
      file: path.join(SITES, 'hugo/content/posts/first-post.md'),
      message: expect.stringContaining('found {{< gist spf13 7896402 >}}; it was removed'),
    });
  });

  it('reports front matter that does not parse with its file and line, and reads the rest', () => {
    expect(site().problems.find((p) => p.code === 'front-matter-syntax')).toMatchObject({
      severity: 'fix',
      file: path.join(SITES, 'hugo/content/posts/broken.md'),
      line: 4,
      message: expect.stringContaining('the file was not imported'),
    });
    expect(site().posts.map((p) => p.sourceId)).not.toContain('md:content/posts/broken.md');
    expect(site().posts).toHaveLength(10);
  });

  it('keeps a non-Latin slug and title, and reduces a title’s markup and entities to text with a note', () => {
    expect(post('md:content/posts/北京-旅行.md')).toMatchObject({
      slug: '北京-旅行',
      title: '北京旅行记',
      aliases: ['/2018/08/北京旅行记/'],
    });
    const about = post('md:content/about.md');
    expect(about).toMatchObject({ kind: 'page', title: 'About & us', summary: 'Who we are.' });
    expect(about.problems).toEqual([
      expect.objectContaining({ code: 'markup-in-title', severity: 'note', line: 2 }),
    ]);
  });

  it('keeps 45 tags as read, and makes an undated section’s files pages', () => {
    expect(post('md:content/posts/many-tags.md').tags).toHaveLength(45);
    expect(post('md:content/posts/many-tags.md').tags.at(-1)).toBe('tag-45');
    expect(post('md:content/docs/guide.md')).toMatchObject({
      kind: 'page',
      categories: ['docs'],
      aliases: ['/docs/guide/'],
    });
  });
});

describe('a Jekyll site', () => {
  const { site, post } = siteOf('jekyll');

  it('is detected from _config.yml; takes the date and slug from a post’s file name', () => {
    expect(site().generator).toBe('jekyll');
    expect(post('md:_posts/2012-01-07-rail-fares.md')).toMatchObject({
      kind: 'article',
      slug: 'rail-fares',
      date: '2012-01-07T00:00:00',
      status: 'published',
    });
  });

  it('computes the date permalink with baseurl and lower-cased categories, and keeps redirect_from', () => {
    expect(post('md:_posts/2012-01-07-rail-fares.md').aliases).toEqual([
      '/ledger/transport/leeds/2012/01/07/rail-fares.html',
      '/rail/',
    ]);
    expect(post('md:about.md')).toMatchObject({ kind: 'page', aliases: ['/ledger/about/'] });
    expect(post('md:contact.md').aliases).toEqual(['/ledger/contact.html']);
  });

  it('splits space-separated tags, reads image.path and a Markdown excerpt as the summary', () => {
    expect(post('md:_posts/2012-01-07-rail-fares.md')).toMatchObject({
      tags: ['rail', 'fares'],
      categories: ['Transport', 'Leeds'],
      image: { src: '/assets/train.jpg', alt: 'A train' },
      summary: 'The council froze fares.',
    });
  });

  it('makes published: false and _drafts drafts; takes a folder before _posts as a category', () => {
    expect(post('md:news/_posts/2013-02-01-second.md')).toMatchObject({
      status: 'draft',
      categories: ['news'],
      date: '2013-02-01T18:05:00-05:00',
    });
    expect(post('md:_drafts/work-in-progress.md')).toMatchObject({
      status: 'draft',
      kind: 'article',
      date: '',
    });
  });

  it('converts Liquid: highlight, post_url, site.baseurl, raw, an embed include; reports the rest at their lines', () => {
    const rail = post('md:_posts/2012-01-07-rail-fares.md');
    expect(rail.body.text).toContain('```ruby\nputs "{{ not liquid }}"\n```');
    expect(rail.body.text).toContain(
      '[the follow-up](/ledger/news/2013/02/01/second.html) and [the map](/assets/map.png)',
    );
    expect(rail.body.text).toContain('Write {{ page.title }} in templates.');
    expect(rail.body.text).toContain('\n\nhttps://www.youtube.com/watch?v=w7Ft2ymGmfc\n\n');
    expect(rail.body.text).toContain('Written by .');
    expect(rail.problems.filter((p) => p.severity === 'fix').map((p) => [p.code, p.line])).toEqual([
      ['liquid-tag', 22],
      ['liquid-tag', 32],
    ]);
  });

  it('moves a tab-indented HTML block to the margin with a note', () => {
    const rail = post('md:_posts/2012-01-07-rail-fares.md');
    expect(rail.body.text).toContain('\n<div class="note">\n\t<p>Indented HTML.</p>\n</div>\n');
    expect(codes(rail.problems)).toContain('indented-html@26');
  });

  it('reports a date that is no date at its line, keeping the file name’s', () => {
    const bad = post('md:_posts/2014-03-03-bad-date.md');
    expect(bad.date).toBe('2014-03-03T00:00:00');
    expect(bad.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-date',
        line: 3,
        message: expect.stringContaining('found "next Tuesday"'),
      }),
    ]);
  });

  it('reads an imported .html post as an HTML body, converting its Liquid to HTML', () => {
    const imported = post('md:_posts/2011-11-11-imported-from-wordpress.html');
    expect(imported).toMatchObject({
      kind: 'article',
      slug: 'imported-from-wordpress',
      aliases: ['/ledger/news/2011/11/11/imported-from-wordpress.html'],
    });
    expect(imported.body.format).toBe('html');
    expect(imported.body.text).toContain('<pre><code class="language-ruby">a &lt; b</code></pre>');
    expect(imported.body.text).toContain(
      '<p><a href="https://www.youtube.com/watch?v=w7Ft2ymGmfc">https://www.youtube.com/watch?v=w7Ft2ymGmfc</a></p>',
    );
    expect(imported.body.text).toContain('<p>Price: `free`, </p>');
    expect(codes(imported.problems.filter((p) => p.severity === 'fix'))).toEqual(['liquid-tag@10']);
  });

  it('titles a post without a title from its file name, as Jekyll does', () => {
    expect(post('md:_posts/2015-06-06-no-title-here.md')).toMatchObject({
      title: 'No Title Here',
      problems: [],
    });
  });

  it('skips README, files without front matter and _includes with notes, and names authors from _data', () => {
    expect(
      site()
        .problems.map((p) => `${p.code} ${path.basename(p.file)}`)
        .sort(),
    ).toEqual(['no-front-matter notes.md', 'not-content README.md', 'not-imported snippet.md']);
    expect(site().authors).toEqual([{ key: 'jdoe', name: 'Jane Doe', email: 'jane@example.org' }]);
  });
});

describe('an Eleventy site', () => {
  const { site, post } = siteOf('eleventy');

  it('is detected from eleventy.config.js and reads its input folder', () => {
    expect(site().generator).toBe('eleventy');
    expect(
      site()
        .posts.map((p) => p.sourceId)
        .sort(),
    ).toEqual([
      'md:src/about.md',
      'md:src/posts/2020-01-01-hello-world.md',
      'md:src/posts/custom.md',
      'md:src/posts/templated.md',
    ]);
  });

  it('takes a date from the file name, the address from the path, and drops collection tags', () => {
    expect(post('md:src/posts/2020-01-01-hello-world.md')).toMatchObject({
      kind: 'article',
      date: '2020-01-01T00:00:00',
      tags: ['launch'],
      aliases: ['/posts/2020-01-01-hello-world/'],
      assets: [path.join(SITES, 'eleventy/src/posts/cat.jpg')],
    });
  });

  it('uses a permalink written out, and the path with a note for a templated one', () => {
    expect(post('md:src/posts/custom.md').aliases).toEqual(['/custom/path/']);
    const templated = post('md:src/posts/templated.md');
    expect(templated.aliases).toEqual(['/posts/templated/']);
    expect(codes(templated.problems)).toEqual(['permalink-template@4']);
  });

  it('makes an undated root file a page dated from the file, never scheduled', () => {
    const about = post('md:src/about.md');
    expect(about).toMatchObject({ kind: 'page', status: 'published', aliases: ['/about/'] });
    expect(codes(about.problems)).toEqual(['date-from-file@1']);
  });

  it('converts Nunjucks shortcodes and filters, drops comments, reports the rest', () => {
    const hello = post('md:src/posts/2020-01-01-hello-world.md');
    expect(hello.body.text).toContain('![A cat on a wall](./cat.jpg "Our office cat")');
    expect(hello.body.text).toContain('Back to [about](/about/).');
    expect(hello.body.text).not.toContain('note for us');
    expect(hello.problems.filter((p) => p.severity === 'fix').map((p) => [p.code, p.line])).toEqual([
      ['liquid-tag', 14],
      ['liquid-tag', 14],
    ]);
    expect(site().authors).toEqual([{ key: 'jdoe', name: 'Jane Doe', bio: 'Editor.' }]);
  });
});

describe('an Astro site', () => {
  const { site, post } = siteOf('astro');

  it('is detected from astro.config.mjs; collections are articles, src/pages files undated pages', () => {
    expect(site().generator).toBe('astro');
    expect(post('md:src/content/blog/first-post.md')).toMatchObject({
      kind: 'article',
      date: '2022-07-08T00:00:00',
      updated: '2022-07-09T00:00:00',
      summary: 'Lorem ipsum dolor sit amet',
      image: { src: './hero.jpg' },
    });
    expect(post('md:src/pages/about.md')).toMatchObject({ kind: 'page', aliases: ['/news/about/'] });
  });

  it('computes /<base>/<collection>/<slug>/, a front-matter slug winning', () => {
    expect(post('md:src/content/blog/first-post.md').aliases).toEqual(['/news/blog/first-post/']);
    expect(post('md:src/content/blog/nested/deep.md')).toMatchObject({
      slug: 'custom-deep',
      aliases: ['/news/blog/custom-deep/'],
    });
  });

  it('lists the images beside a post that it uses, and not the others', () => {
    expect(post('md:src/content/blog/first-post.md').assets).toEqual([
      path.join(SITES, 'astro/src/content/blog/chart.png'),
      path.join(SITES, 'astro/src/content/blog/hero.jpg'),
    ]);
  });

  it('removes MDX imports and exports, converts known components, reports the others, keeps code', () => {
    const mdx = post('md:src/content/blog/with-components.mdx');
    expect(mdx.body.text).not.toMatch(/import|export|MDX comment/);
    expect(mdx.body.text).toContain('\n\nhttps://www.youtube.com/watch?v=w7Ft2ymGmfc\n\n');
    expect(mdx.body.text).toContain('![The cover](./cover.png)');
    expect(mdx.body.text).toContain('Keep this advice.');
    expect(mdx.body.text).toContain('```jsx\n<Callout>stays as code</Callout>\n```');
    expect(mdx.problems.filter((p) => p.severity === 'fix').map((p) => [p.code, p.line])).toEqual([
      ['unknown-component', 18],
    ]);
    expect(mdx.assets).toEqual([path.join(SITES, 'astro/src/content/blog/cover.png')]);
    expect(site().authors).toEqual([{ key: 'jdoe', name: 'Jane Doe', bio: 'Writes.' }]);
  });
});

describe('a Zola site', () => {
  const { site, post } = siteOf('zola');

  it('is detected from config.toml’s base_url; reads taxonomies, extra, the file-name date', () => {
    expect(site().generator).toBe('zola');
    expect(post('md:content/blog/2019-05-01-first-zola.md')).toMatchObject({
      kind: 'article',
      slug: 'first-zola',
      date: '2019-05-01T00:00:00',
      updated: '2019-05-02T00:00:00',
      tags: ['zola', 'rust'],
      categories: ['blog', 'Tech'],
      authors: ['Sam Lee'],
      summary: 'It works.',
      image: { src: 'banner.jpg' },
      aliases: ['/blog/first-zola/', '/old/first-zola/'],
    });
  });

  it('slugifies a front-matter slug into the address and lists a colocated bundle’s files', () => {
    expect(post('md:content/blog/bundle/index.md')).toMatchObject({
      slug: 'Bundled Story',
      aliases: ['/blog/bundled-story/'],
      assets: [path.join(SITES, 'zola/content/blog/bundle/photo.jpg')],
    });
    expect(post('md:content/about.md')).toMatchObject({ kind: 'page', aliases: ['/about/'] });
  });

  it('converts Zola shortcodes and reports unknown ones at their line', () => {
    const first = post('md:content/blog/2019-05-01-first-zola.md');
    expect(first.body.text).toBe('Body.\n\nhttps://www.youtube.com/watch?v=w7Ft2ymGmfc\n\nKeep me.\n\n');
    expect(codes(first.problems)).toEqual(['shortcode-converted@17', 'unknown-shortcode@19']);
  });

  it('skips _index.md with a note and reports TOML that does not parse with its line', () => {
    expect(site().problems.map((p) => `${p.code}@${p.line ?? '-'} ${path.basename(p.file)}`)).toEqual([
      'section-index@- _index.md',
      'section-index@- _index.md',
      'front-matter-syntax@5 toml-broken.md',
    ]);
  });
});

describe('a folder that is not there', () => {
  it('is one problem naming the folder, not a crash', async () => {
    const missing = path.join(SITES, 'no-such-site');
    await expect(readMarkdownSite(missing, { now: NOW })).resolves.toEqual({
      generator: 'unknown',
      posts: [],
      authors: [],
      problems: [expect.objectContaining({ severity: 'fix', code: 'unreadable-folder', file: missing })],
    });
  });
});

describe('a folder of Markdown from no known generator', () => {
  const { site, post } = siteOf('plain');

  it('reads every .md and .markdown file, converting no template tags', () => {
    expect(site().generator).toBe('unknown');
    expect(post('md:notes/dated.md')).toMatchObject({
      kind: 'article',
      aliases: ['/notes/dated/'],
      body: { text: 'Note {{< youtube x >}} stays.\n' },
    });
    expect(post('md:notes/loose.markdown')).toMatchObject({
      kind: 'page',
      title: '',
      body: { at: { line: 1 } },
    });
  });
});
