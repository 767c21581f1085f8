import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/markdown/parse-markdown';
import { renderMarkdown } from '../../support/render-markdown';

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured tables, strikethrough and autolinks', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ and https://example.org');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<a href="https://example.org">https://example.org</a>');
  });

  it('starts body headings at h2 so the headline stays the only h1, with prefixed anchor ids', () => {
    const html = renderMarkdown('# Top\n\n## The plan');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="user-content-top"><a href="#user-content-top">Top</a></h2>');
    expect(html).toContain('<h2 id="user-content-the-plan">');
  });

  it('numbers repeated headings, keeps ids written in HTML, and links every heading to itself', () => {
    const html = renderMarkdown(
      '## Plan\n\n## Plan\n\n<h3 id="costs">What it *costs*</h3>\n\n## `code` and [a link](/news/a)',
    );
    expect(html).toContain('<h2 id="user-content-plan"><a href="#user-content-plan">Plan</a></h2>');
    expect(html).toContain('<h2 id="user-content-plan-1"><a href="#user-content-plan-1">Plan</a></h2>');
    expect(html).toContain(
      '<h3 id="user-content-costs"><a href="#user-content-costs">What it *costs*</a></h3>',
    );
    expect(html).toContain('<h2 id="user-content-code-and-a-link"><a href="#user-content-code-and-a-link">');
  });

  it('links footnote references and back-references to ids that exist', () => {
    const html = renderMarkdown('A claim.[^1]\n\n[^1]: The source.');
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(ids, href).toContain(href);
  });

  it('makes raw scripts, event handlers and javascript: links inert', () => {
    const html = renderMarkdown(
      [
        '<script>window.__pwned = 1</script>',
        '<img src="x" onerror="window.__pwned = 1">',
        '[click](javascript:alert(1))',
        '<a href="vbscript:msgbox(1)">vb</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<style>body { display: none }</style>',
        '<p id="location">clobber</p>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|vbscript:|<iframe|<style|id="location"/i);
  });

  it('keeps the raw HTML editors may use', () => {
    const html = renderMarkdown(
      '<figure><img src="/images/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>\n\nH<sub>2</sub>O <abbr title="Research and development">R&amp;D</abbr>',
    );
    expect(html).toContain(
      '<figure><img src="/images/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>',
    );
    expect(html).toContain('<sub>2</sub>');
    expect(html).toContain('<abbr title="Research and development">R&#x26;D</abbr>');
  });
});

describe('parseMarkdown', () => {
  const parse = (markdown: string) => {
    const result = parseMarkdown(markdown);
    if (!result.ok) throw new Error(result.message);
    return result.value;
  };

  it('derives plain text, the first paragraph, headings and footnotes from the one tree', () => {
    const body = parse(
      '## Plan\n\nThe **council** met.[^1]\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n[^1]: Minutes.',
    );
    expect(body.firstParagraph).toBe('The council met.');
    expect(body.plainText.split('\n')).toEqual([
      'Plan',
      'The council met.',
      'one',
      'two',
      'a',
      'b',
      'c',
      'd',
      'Minutes.',
    ]);
    expect(body.headings).toEqual([{ rank: 2, id: 'user-content-plan', text: 'Plan' }]);
    expect(body.footnotes).toBe(1);
  });

  it('reads the text inside allowed raw HTML, and drops what the sanitiser removes', () => {
    const body = parse(
      '<div>\n\t<p>Inside <abbr title="x">HTML</abbr>.</p>\n</div>\n\n<script>nope()</script>',
    );
    expect(body.firstParagraph).toBe('Inside HTML.');
    expect(body.plainText).toBe('Inside HTML.');
  });

  it('finds links and images in Markdown and raw HTML, with their lines', () => {
    const body = parse(
      '[a](/news/a)\n\n<p><a href="/tags/x">b</a></p>\n\n![c](/images/c.png)\n\n<img src="https://x.example/d.png" alt="d">',
    );
    expect(body.links).toEqual([
      { url: '/news/a', line: 1, html: false },
      { url: '/tags/x', line: 3, html: true },
    ]);
    expect(body.images).toEqual([
      { url: '/images/c.png', alt: 'c', line: 5, html: false },
      { url: 'https://x.example/d.png', alt: 'd', line: 7, html: true },
    ]);
  });

  it('links bare URLs as GitHub does', () => {
    expect(renderMarkdown('See www.example.com or https://example.org/a.')).toBe(
      '<p>See <a href="http://www.example.com">www.example.com</a> or <a href="https://example.org/a">https://example.org/a</a>.</p>',
    );
  });

  it('stores no source positions in the tree', () => {
    expect(JSON.stringify(parse('# A\n\n<b>b</b>').tree)).not.toContain('position');
  });

  // Files an attacker or a broken export could send; each must be refused with its line or read safely.
  it.each([
    ['10,000 nested quotes', '>'.repeat(10_000) + ' deep'],
    [
      'quotes nested 150 deep on separate lines',
      Array.from({ length: 150 }, (_, i) => '>'.repeat(i + 1) + ' x').join('\n'),
    ],
    [
      'list items nested 1,000 deep',
      Array.from({ length: 1_000 }, (_, i) => '  '.repeat(i) + '- item').join('\n'),
    ],
    ['10,000 nested HTML elements', '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000)],
    ['a run of 20,000 emphasis markers', '*'.repeat(20_000) + 'x' + '*'.repeat(20_000)],
    ['emphasis nested 200 deep', '*_'.repeat(100) + 'x' + '_*'.repeat(100)],
  ])('refuses %s with a line and the limit, without overflowing the stack', (_, markdown) => {
    const result = parseMarkdown(`Intro.\n\n${markdown}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/expected.*at most \d+/);
    expect(result.line).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['a 1.5 MB paragraph', 'word '.repeat(300_000)],
    ['a 1 MB word', 'x'.repeat(1_000_000)],
    [
      'a table of 10,000 columns',
      `|${'a|'.repeat(10_000)}\n|${'-|'.repeat(10_000)}\n|${'b|'.repeat(10_000)}`,
    ],
    ['a rule of 5,000 asterisks', '*'.repeat(5_000)],
  ])('reads %s safely', (_, markdown) => {
    const result = parseMarkdown(markdown);
    expect(result.ok).toBe(true);
  });
});

it('keeps the checkbox of a task list item, and no form field pasted in raw HTML', () => {
  expect(renderMarkdown('- [x] done')).toContain('<input type="checkbox" checked disabled>');
  expect(renderMarkdown('- [ ] one\n\n- [x] two, loose')).toMatch(/<p><input type="checkbox" disabled> one/);
  expect(
    renderMarkdown('<form><input name="q"><button>Send</button></form>\n\nText <input type="text"> inline.'),
  ).not.toContain('<input');
});
