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

  it('reports an image it could not bring across with its line, and leaves it', () => {
    const result = rewriteMarkdownImages('Intro.\n\n![Gone](gone.jpg)', resolve, {
      file: 'content/walk/index.md',
      line: 6,
    });
    expect(result.markdown).toBe('Intro.\n\n![Gone](gone.jpg)');
    expect(result.problems).toEqual([
      {
        file: 'content/walk/index.md',
        line: 8,
        severity: 'fix',
        code: 'missing-image',
        message:
          'the image gone.jpg could not be brought across; copy it into public/images/ and point the story at it',
      },
    ]);
  });
});
