import { describe, expect, it } from 'vitest';
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
