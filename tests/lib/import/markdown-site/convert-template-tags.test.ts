import { describe, expect, it } from 'vitest';
import { convertTemplateTags } from '@/lib/import/markdown-site/convert-template-tags';

const at = { file: 'site/content/posts/x.md', line: 10 };
const hugo = (markdown: string, resolveLink?: (target: string) => string | undefined) =>
  convertTemplateTags(markdown, { generator: 'hugo', at, resolveLink });
const liquid = (markdown: string, generator: 'jekyll' | 'eleventy' = 'jekyll') =>
  convertTemplateTags(markdown, { generator, at });

describe('convertTemplateTags', () => {
  it('puts an embed alone in its paragraph, even from the middle of a line', () => {
    expect(hugo('Watch {{< youtube id="w7Ft2ymGmfc" >}} now.').markdown).toBe(
      'Watch\n\nhttps://www.youtube.com/watch?v=w7Ft2ymGmfc\n\nnow.',
    );
  });

  it('converts vimeo, an old tweet without user, x and instagram to addresses the site embeds', () => {
    const { markdown } = hugo(
      '{{< vimeo 146022717 >}}\n\n{{< tweet 1390000000000000000 >}}\n\n{{< x user="a" id="2" >}}\n\n{{< instagram BWNjjyYFxVx >}}',
    );
    expect(markdown.split('\n\n')).toEqual([
      'https://vimeo.com/146022717',
      'https://x.com/i/status/1390000000000000000',
      'https://x.com/a/status/2',
      'https://www.instagram.com/p/BWNjjyYFxVx/',
    ]);
  });

  it('reports an embed it cannot read as unknown, at the line of the tag in the file', () => {
    const { markdown, problems } = hugo('One.\n\nTwo.\n{{< youtube >}}');
    expect(markdown).toBe('One.\n\nTwo.');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'fix', code: 'unknown-shortcode', file: at.file, line: 13 }),
    ]);
  });

  it('writes a figure as an image with its caption as title, alt and caption escaped', () => {
    expect(
      hugo('{{< figure src="/images/a b.jpg" alt="A [b]" caption="Say \\"hi\\"" attr="Photo: X" >}}')
        .markdown,
    ).toBe('![A \\[b\\]](</images/a b.jpg> "Say \\"hi\\" Photo: X")');
  });

  it('notes a figure without alt text', () => {
    const { problems } = hugo('{{< figure src="/images/a.jpg" >}}');
    expect(problems[0]?.message).toContain('it has no alt text');
  });

  it('never touches fenced code, with backticks or tildes, nor inline code', () => {
    const source =
      '~~~\n{{< gist a b >}}\n~~~\n\n````md\n```\n{{< youtube x >}}\n```\n````\n\n`{{< x >}}` and ``{{< y >}}``';
    expect(hugo(source)).toEqual({ markdown: source, problems: [] });
  });

  it('counts lines past fenced code for the report', () => {
    const { problems } = hugo('```\na\nb\n```\n{{< gist a b >}}');
    expect(problems.map((p) => p.line)).toEqual([14]);
  });

  it('keeps the text between a paired unknown shortcode’s tags, reporting the opening tag once', () => {
    const { markdown, problems } = hugo('{{% warning %}}\nMind the gap.\n{{% /warning %}}');
    expect(markdown.trim()).toBe('Mind the gap.');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('its tags were removed and the text between them kept');
  });

  it('writes Hugo’s escaped shortcode as its literal text', () => {
    expect(hugo('{{</* youtube x */>}}').markdown).toBe('{{< youtube x >}}');
  });

  it('resolves ref to the target’s address with its fragment, and reports one it cannot', () => {
    const resolve = (target: string) => (target.startsWith('posts/a') ? '/2020/01/a/' : undefined);
    expect(hugo('[A]({{< ref "posts/a.md" >}})', resolve).markdown).toBe('[A](/2020/01/a/)');
    const missing = hugo('[B]({{< relref "b.md" >}})', resolve);
    expect(missing.markdown).toBe('[B](b.md)');
    expect(missing.problems[0]).toMatchObject({ severity: 'fix', code: 'unresolved-link', line: 10 });
  });

  it('turns Jekyll’s highlight into a fence longer than the backticks inside it', () => {
    expect(liquid('{% highlight js %}\nconst a = `x`;\n{% endhighlight %}').markdown).toBe(
      '```js\nconst a = `x`;\n```',
    );
  });

  it('keeps raw text literally and drops comments and Nunjucks comments', () => {
    expect(liquid('{% raw %}{{ x }}{% endraw %} {% comment %}secret{% endcomment %}ok').markdown).toBe(
      '{{ x }} ok',
    );
    expect(liquid('a{# hidden #}b', 'eleventy').markdown).toBe('ab');
  });

  it('reduces URL filters and site.baseurl to the path', () => {
    expect(liquid('[x]({{ "/a/" | relative_url }}) [y]({{ site.baseurl }}/b)').markdown).toBe(
      '[x](/a/) [y](/b)',
    );
  });

  it('removes an unknown block tag pair, keeping the text between, and reports it', () => {
    const { markdown, problems } = liquid('{% if page.x %}\nShown.\n{% endif %}');
    expect(markdown.trim()).toBe('Shown.');
    expect(problems.map((p) => [p.code, p.line])).toEqual([['liquid-tag', 10]]);
  });

  it('reads Zola shortcodes only in Zola sites, leaving Hugo’s braces alone there', () => {
    const zola = convertTemplateTags('{{ vimeo(id="146022717") }} {{< youtube x >}}', {
      generator: 'zola',
      at,
    });
    expect(zola.markdown).toBe('https://vimeo.com/146022717\n\n{{< youtube x >}}');
  });

  it('reads MDX only in .mdx files', () => {
    const source = "import X from './x';\n\n<X />";
    expect(convertTemplateTags(source, { generator: 'astro', at }).markdown).toBe(source);
    const mdx = convertTemplateTags(source, { generator: 'astro', at, mdx: true });
    expect(mdx.markdown.trim()).toBe('');
    expect(mdx.problems.map((p) => [p.code, p.line])).toEqual([
      ['mdx-statement-removed', 10],
      ['unknown-component', 12],
    ]);
  });
});
