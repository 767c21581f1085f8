import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { slugify } from '../content/slugify';
import { capitalise, generateArticleBody } from './generate-article-body';
import { createRandom, type SeededRandom } from './seeded-random';
import {
  ADJECTIVES,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
  QUALIFIERS,
  SECTIONS,
  TAGS,
  TOPICS,
  VERBS,
} from './word-bank';

export interface WxrOptions {
  posts: number;
  seed?: string | number;
}

const HEAD = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench Gazette</title><link>https://bench.example</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://bench.example</wp:base_site_url><wp:base_blog_url>https://bench.example</wp:base_blog_url>
`;

/**
 * Writes a synthetic WordPress export of `posts` posts to `file`, streaming (the file is never held
 * whole): 40 authors, the bench's sections as categories, tags, classic-editor HTML bodies from the
 * archive generator's prose, a tenth of them drafts, comments, and an attachment per fifth post,
 * written after all the posts as WordPress often does. The same options always give the same bytes.
 */
export async function generateWxr(file: string, options: WxrOptions): Promise<number> {
  const random = createRandom(options.seed ?? 1);
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(HEAD);
  const authors = Array.from({ length: 40 }, (_, i) => ({
    login: `author${i + 1}`,
    name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
  }));
  for (const [i, a] of authors.entries())
    await write(
      `<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login><![CDATA[${a.login}]]></wp:author_login><wp:author_display_name><![CDATA[${a.name}]]></wp:author_display_name></wp:author>\n`,
    );
  for (const s of SECTIONS)
    await write(
      `<wp:category><wp:category_nicename>${s.slug}</wp:category_nicename><wp:cat_name><![CDATA[${s.name}]]></wp:cat_name></wp:category>\n`,
    );
  const start = Date.UTC(2012, 0, 1);
  const attachments: string[] = [];
  for (let i = 0; i < options.posts; i++) {
    const at = new Date(start + i * 3 * 3_600_000 + random.int(0, 3_000_000));
    await write(postItem(random, i + 1, at, authors, attachments));
  }
  for (const item of attachments) await write(item);
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return options.posts;
}

function postItem(
  random: SeededRandom,
  id: number,
  at: Date,
  authors: { login: string }[],
  attachments: string[],
): string {
  const section = random.pick(SECTIONS);
  const topics = TOPICS[section.slug];
  const place = random.pickZipf(PLACES, 0.9);
  const title = capitalise(
    `${place} ${random.pick(VERBS)} ${random.pick(ADJECTIVES)} ${random.pickZipf(topics, 0.8)} ${random.pick(QUALIFIERS)}`,
  );
  const date = at.toISOString().slice(0, 19).replace('T', ' ');
  const slug = `${slugify(title)}-${id}`;
  const draft = random.chance(0.1);
  const tags = Array.from({ length: random.int(1, 6) }, () => random.pickZipf(TAGS, 0.7));
  const body = toHtml(
    generateArticleBody(random, { words: random.int(300, 1300), place, topics, linkTargets: [] }),
  );
  const thumbnail = random.chance(0.2) ? 100_000 + id : undefined;
  if (thumbnail)
    attachments.push(
      `<item><title>photo ${id}</title><wp:post_id>${thumbnail}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>https://bench.example/wp-content/uploads/${date.slice(0, 4)}/${date.slice(5, 7)}/photo-${id}.jpg</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[A view of ${place}]]></wp:meta_value></wp:postmeta></item>\n`,
    );
  const comments = Array.from(
    { length: random.int(0, 4) },
    (_, c) =>
      `<wp:comment><wp:comment_id>${id * 10 + c}</wp:comment_id><wp:comment_content><![CDATA[Comment ${c}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>`,
  ).join('');
  return `<item>
<title><![CDATA[${title}]]></title>
<link>https://bench.example/${date.slice(0, 10).replace(/-/g, '/')}/${slug}/</link>
<dc:creator><![CDATA[${random.pick(authors).login}]]></dc:creator>
<content:encoded><![CDATA[${body}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date>${date}</wp:post_date>
<wp:post_date_gmt>${draft ? '0000-00-00 00:00:00' : date}</wp:post_date_gmt>
<wp:post_name><![CDATA[${draft ? '' : slug}]]></wp:post_name>
<wp:status>${draft ? 'draft' : 'publish'}</wp:status>
<wp:post_type>post</wp:post_type>
<wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="${section.slug}"><![CDATA[${section.name}]]></category>
${[...new Set(tags)].map((t) => `<category domain="post_tag" nicename="${slugify(t)}"><![CDATA[${t}]]></category>`).join('\n')}
${thumbnail ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${thumbnail}</wp:meta_value></wp:postmeta>` : ''}
${comments}
</item>
`;
}

// The archive generator writes Markdown; WordPress's classic editor keeps HTML with blank-line
// paragraphs, which is what the importer meets. Tables, code and quotes become HTML blocks.
function toHtml(markdown: string): string {
  const inline = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(
        /!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g,
        '<img src="https://bench.example/wp-content/uploads$2" alt="$1" />',
      )
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
  return markdown
    .split(/\n\n+/)
    .map((block) => {
      if (block.startsWith('## ')) return `<h2>${inline(block.slice(3))}</h2>`;
      if (/^[-*] /.test(block))
        return `<ul>\n${block
          .split('\n')
          .map((l) => `\t<li>${inline(l.replace(/^[-*] /, ''))}</li>`)
          .join('\n')}\n</ul>`;
      if (/^\d+\. /.test(block))
        return `<ol>\n${block
          .split('\n')
          .map((l) => `\t<li>${inline(l.replace(/^\d+\. /, ''))}</li>`)
          .join('\n')}\n</ol>`;
      if (block.startsWith('>')) return `<blockquote>${inline(block.replace(/^> ?/gm, ''))}</blockquote>`;
      if (block.startsWith('|') || block.startsWith('```'))
        return `<pre>${block.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;
      return inline(block);
    })
    .join('\n\n');
}
