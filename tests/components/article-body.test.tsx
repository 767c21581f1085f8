// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { renderMarkdownTree } from '../support/render-markdown';

afterEach(cleanup);

it('renders a measured body image through next/image: size, responsive srcset, lazy, inside its figure', () => {
  const tree = renderMarkdownTree('Text.\n\n![A bar chart](/images/chart.png "Waits by month")');
  const { container } = render(
    <ArticleBody
      tree={tree}
      images={[{ src: '/images/chart.png', alt: 'A bar chart', width: 1200, height: 800 }]}
    />,
  );
  const img = container.querySelector('figure img')!;
  expect(img.getAttribute('alt')).toBe('A bar chart');
  expect(img.getAttribute('width')).toBe('1200');
  expect(img.getAttribute('height')).toBe('800');
  expect(img.getAttribute('loading')).toBe('lazy');
  expect(img.getAttribute('srcset')).toMatch(/\/_next\/image\?url=%2Fimages%2Fchart\.png&w=\d+&q=\d+ \d+w/);
  expect(container.querySelector('figcaption')?.textContent).toBe('Waits by month');
});

it('keeps sanitised markup and renders an unmeasured image as a plain lazy img', () => {
  const tree = renderMarkdownTree(
    'Hello <script>alert(1)</script> **world**\n\n<img src="/images/raw.png" alt="Raw">',
  );
  const { container } = render(<ArticleBody tree={tree} />);
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('strong')?.textContent).toBe('world');
  const img = container.querySelector('img')!;
  expect(img.getAttribute('src')).toBe('/images/raw.png');
  expect(img.getAttribute('srcset')).toBeNull();
  expect(img.getAttribute('loading')).toBe('lazy');
});

it('gives React the tree a browser builds from the same HTML, so hydration finds what it rendered', () => {
  const tree = renderMarkdownTree(
    '<p>Text <table><tr><td>cell</td></tr></table> after</p>\n\n<math><mtext><table><mglyph><style><img src=x onerror="alert(1)"></style></mglyph></table></mtext></math>',
  );
  const { container } = render(<ArticleBody tree={tree} />);
  const reparsed = document.createElement('div');
  reparsed.innerHTML = container.innerHTML;
  expect(reparsed.innerHTML).toBe(container.innerHTML);
  expect(container.querySelector('p table')).toBeNull();
  expect(container.querySelector('[onerror], style, script')).toBeNull();
});

it('lets keyboard users reach a wide table or code block that scrolls in its own box', () => {
  const tree = renderMarkdownTree('| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```');
  const { container } = render(<ArticleBody tree={tree} />);
  expect(container.querySelector('table')?.getAttribute('tabindex')).toBe('0');
  expect(container.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
});

it('marks links to other sites rel="sponsored" in paid content, and leaves the site’s own links alone', () => {
  const tree = renderMarkdownTree(
    'See [the offer](https://pennine-water.example/offer), [our report](/news/x) and [this](http://b.example).',
  );
  const rels = (outboundRel?: string) => {
    const { container, unmount } = render(<ArticleBody tree={tree} outboundRel={outboundRel} />);
    const found = [...container.querySelectorAll('a')].map((a) => a.getAttribute('rel'));
    unmount();
    return found;
  };
  expect(rels('sponsored noopener')).toEqual(['sponsored noopener', null, 'sponsored noopener']);
  expect(rels()).toEqual([null, null, null]);
});
