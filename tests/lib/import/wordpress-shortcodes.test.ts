import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { withEmbedCards } from '@/lib/embeds/embed-url';
import { htmlToMarkdown } from '@/lib/import/html-to-markdown';
import { parseShortcodeAttributes } from '@/lib/import/wordpress-shortcodes';
import { renderMarkdown, renderMarkdownTree } from '../../support/render-markdown';

const at = { file: 'export.xml', line: 200 };
const resolveImage = (src: string) =>
  src.startsWith('https://old.example/wp-content/uploads/') && !/\d+x\d+|-scaled/.test(src)
    ? `/images/${src.split('/').slice(-3).join('/')}`
    : undefined;
const resolveAttachment = (id: string) =>
  id === '103'
    ? undefined
    : {
        src: `https://old.example/wp-content/uploads/2012/01/g${id}.jpg`,
        alt: `Crowd ${id}`,
        caption: id === '101' ? 'The march' : undefined,
      };
const convert = (html: string) => htmlToMarkdown(html, { at, resolveImage, resolveAttachment });

function embedCards(markdown: string) {
  const tree = withEmbedCards(renderMarkdownTree(markdown)) as Root;
  return tree.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'embed-card')
    .map((node) => JSON.parse(String(node.properties.data)) as { provider: string; url: string });
}

describe('WordPress shortcodes in a post', () => {
  const source = readFileSync(
    path.join(import.meta.dirname, '../../fixtures/import/html/shortcodes.html'),
    'utf8',
  );
  const { markdown, problems, images } = convert(source);
  const html = renderMarkdown(markdown);

  it('leaves no shortcode as text on the page', () => {
    for (const tag of [
      '[caption',
      '[/caption]',
      '[gallery ids',
      '[embed]',
      '[video',
      '[audio',
      '[youtube',
      '[vc_',
      '[/vc_',
      '[contact-form-7',
      '[wpforms',
    ])
      expect(html, tag).not.toContain(tag);
  });

  it('makes [caption] a figure of the original upload, with the caption text', () => {
    expect(markdown).toContain(
      '![Water covers the high street](/images/2012/01/flood.jpg "The high street on Saturday. Photo: J. Smith")',
    );
    expect(html).toContain(
      '<figure><img src="/images/2012/01/flood.jpg" alt="Water covers the high street"><figcaption>The high street on Saturday. Photo: J. Smith</figcaption></figure>',
    );
  });

  it("makes [gallery] its attachments' images and reports one it cannot find", () => {
    expect(markdown).toContain(
      '![Crowd 101](/images/2012/01/g101.jpg "The march")\n\n![Crowd 102](/images/2012/01/g102.jpg)',
    );
    expect(problems).toContainEqual({
      file: 'export.xml',
      line: 204,
      severity: 'fix',
      code: 'missing-image',
      message:
        "expected the gallery's image 103 among the export's attachments, found no attachment with that id; add the picture by hand",
    });
    expect(images).toContain('https://old.example/wp-content/uploads/2012/01/g102.jpg');
  });

  it('makes [embed], [youtube] and a bare tweet URL embed cards', () => {
    expect(embedCards(markdown).map((card) => [card.provider, card.url])).toEqual([
      ['vimeo', 'https://vimeo.com/76979871'],
      ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['x', 'https://twitter.com/northernledger/status/1234567890'],
    ]);
    expect(markdown).toContain('\n\n<https://example.org/not-an-embed>\n');
  });

  it('links self-hosted [video] and [audio] files and asks for them to be moved', () => {
    expect(html).toContain(
      '<a href="https://old.example/wp-content/uploads/2012/01/clip.mp4">Video: clip.mp4</a>',
    );
    expect(html).toContain(
      '<a href="https://old.example/wp-content/uploads/2012/01/interview.mp3">Audio: interview.mp3</a>',
    );
    expect(problems.filter((p) => p.code === 'unsupported-media').map((p) => [p.line, p.severity])).toEqual([
      [208, 'fix'],
      [210, 'fix'],
    ]);
  });

  it('strips unknown shortcodes, keeps their text, and reports each name once with its line', () => {
    expect(markdown).toContain('\n\nText inside a page builder column.\n\n');
    const unknown = problems.filter((p) => p.code === 'unknown-shortcode');
    expect(unknown.map((p) => [p.line, p.severity])).toEqual([
      [214, 'fix'],
      [214, 'fix'],
      [216, 'fix'],
      [218, 'fix'],
    ]);
    expect(unknown[2]?.message).toBe(
      'expected a shortcode this site can convert (caption, gallery, embed, video, audio, youtube…), found [contact-form-7 id="12" title="Tip-off"]; its tags were removed and any text inside kept: rebuild what it showed, or delete it',
    );
  });

  it('keeps [[escaped]] shortcodes, footnote numbers and bracketed words as text', () => {
    expect(html).toContain(
      'To show a shortcode, write [gallery] in your post. See note [1], and [the minister] said so.',
    );
  });
});

describe('shortcodes in context', () => {
  it('counts repeats of one unknown shortcode in a single report line', () => {
    const { problems } = convert('[su_button]One[/su_button] and [su_button]Two[/su_button]');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('found [su_button] (and 1 more [su_button])');
  });

  it('removes a closing tag whose opening tag is missing, and says so', () => {
    const { markdown, problems } = convert('Text.[/vc_column_text]');
    expect(markdown).toBe('Text.\n');
    expect(problems.map((p) => p.code)).toEqual(['unknown-shortcode']);
  });

  it('reports a [footnote] with no text and a stray closing tag before another shortcode', () => {
    const { markdown, problems } = convert('A claim[footnote] and [/embed][gallery ids="101"]');
    expect(markdown).toBe('A claim and\n\n![Crowd 101](/images/2012/01/g101.jpg "The march")\n');
    expect(problems.map((p) => p.code)).toEqual(['unknown-shortcode', 'unknown-shortcode']);
  });

  it('lifts a [caption] out of the paragraph around it', () => {
    const { markdown } = convert(
      '<p>[caption width="300"]<img src="https://old.example/wp-content/uploads/2012/01/a.jpg" alt="A"> Caption[/caption]Text after.</p>',
    );
    expect(markdown).toBe('![A](/images/2012/01/a.jpg "Caption")\n\nText after.\n');
  });

  it('keeps the caption text when the captioned image is not available', () => {
    const { markdown, problems } = convert(
      '[caption]<img src="https://elsewhere.example/a.jpg" alt="A"> The lost photo[/caption]',
    );
    expect(markdown).toBe('The lost photo\n');
    expect(problems.map((p) => [p.line, p.code])).toEqual([[200, 'missing-image']]);
  });

  it('turns [code] blocks into fenced code without reading their tags as HTML', () => {
    const { markdown } = convert('[code lang="html"]\n<div class="x">&lt;b&gt;</div>\n[/code]');
    expect(markdown).toBe('```html\n<div class="x"><b></div>\n```\n');
  });

  it('leaves brackets inside code alone', () => {
    const { markdown, problems } = convert('<pre><code>items[index_of] = [gallery]</code></pre>');
    expect(markdown).toBe('```\nitems[index_of] = [gallery]\n```\n');
    expect(problems).toEqual([]);
  });

  it('does not read a pasted Markdown link as a shortcode', () => {
    const { markdown, problems } = convert('See [the_report](https://example.org/r).');
    expect(renderMarkdown(markdown)).toBe(
      '<p>See [the_report](<a href="https://example.org/r">https://example.org/r</a>).</p>',
    );
    expect(problems).toEqual([]);
  });

  it('reads the older forms: a caption attribute, [youtube=URL] and [tweet ID]', () => {
    const { markdown } = convert(
      '[caption id="a" caption="The old form"]<img src="https://old.example/wp-content/uploads/2010/05/o.jpg" alt="O" />[/caption]\n\n[youtube=https://www.youtube.com/watch?v=dQw4w9WgXcQ&w=640&h=390]\n\n[tweet 1234567890]',
    );
    expect(markdown).toContain('![O](/images/2010/05/o.jpg "The old form")');
    expect(embedCards(markdown).map((card) => card.url)).toEqual([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://twitter.com/i/status/1234567890',
    ]);
  });

  it('links an [embed] of an unsupported site, with a note', () => {
    const { markdown, problems } = convert('[embed]https://soundcloud.com/band/track[/embed]');
    expect(markdown).toBe('<https://soundcloud.com/band/track>\n');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['embed-linked', 'note']]);
  });

  it('reads attributes the way WordPress does', () => {
    expect(parseShortcodeAttributes(' id="5" align=\'left\' width=300 https://youtu.be/x “curly”')).toEqual({
      id: '5',
      align: 'left',
      width: '300',
      '0': 'https://youtu.be/x',
      '1': 'curly',
    });
  });
});
