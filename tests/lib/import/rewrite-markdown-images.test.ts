import { describe, expect, it } from 'vitest';
import { rewriteMarkdownImages } from '@/lib/import/rewrite-markdown-images';

describe('rewriteMarkdownImages', () => {
  const resolve = (src: string) => (src === 'map.png' ? '/images/2024/walk/map.png' : undefined);

  it('points Markdown and HTML images at their copies', () => {
    const result = rewriteMarkdownImages(
      '![The route](map.png "Route")\n\n<img src="map.png" alt="x">',
      resolve,
      { file: 'content/walk/index.md', line: 6 },
    );
    expect(result.markdown).toBe(
      '![The route](/images/2024/walk/map.png "Route")\n\n<img src="/images/2024/walk/map.png" alt="x">',
    );
    expect(result.problems).toEqual([]);
    expect(result.images).toEqual(['map.png', 'map.png']);
  });

  it('reports an image it could not bring across with its line, and leaves it out with its description', () => {
    const result = rewriteMarkdownImages(
      'Intro.\n\n![Gone](gone.jpg "A title")\n\nThen <img alt="An old chart" src="chart.png"> and ![](x.gif).',
      resolve,
      { file: 'content/walk/index.md', line: 6 },
    );
    expect(result.markdown).toBe('Intro.\n\nGone\n\nThen An old chart and .');
    expect(result.images).toEqual(['gone.jpg', 'chart.png', 'x.gif']);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [8, 'missing-image'],
      [10, 'missing-image'],
      [10, 'missing-image'],
    ]);
    expect(result.problems[0]).toMatchObject({
      file: 'content/walk/index.md',
      severity: 'fix',
      message:
        'expected the image gone.jpg to be available on this site, found no copy; the picture was left out and its description kept as text: copy it into public/images/ and add it back',
    });
  });
});
