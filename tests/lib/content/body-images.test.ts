import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAvatars, measureImages } from '@/lib/content/measure-images';
import { parseArticle } from '@/lib/content/parse-article';
import { renderMarkdown } from '../../support/render-markdown';
import { articleText, context, validFrontMatter } from '../../support/content-context';

const FILE = 'content/articles/2026/a-headline.md';
const withBody = (body: string) => `${articleText(validFrontMatter).replace(/\n*$/, '')}\n\n${body}\n`;

/** A valid blank PNG of the given size, written by hand so the test needs no image library. */
function tinyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])) >>> 0);
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc;
}

let publicDir: string;
beforeAll(async () => {
  publicDir = await mkdtemp(path.join(os.tmpdir(), 'public-'));
  await mkdir(path.join(publicDir, 'images'));
  await writeFile(path.join(publicDir, 'images/chart.png'), tinyPng(40, 30));
  await writeFile(path.join(publicDir, 'images/notes.txt'), 'not an image');
});
afterAll(() => rm(publicDir, { recursive: true, force: true }));

describe('body images', () => {
  it('collects Markdown images with their file line and measures them', async () => {
    const result = parseArticle(
      FILE,
      withBody('Some text.\n\n![A bar chart of waits](/images/chart.png "Waits by month")'),
      context,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [image] = result.parsed!.article.bodyImages;
    expect(image).toMatchObject({ src: '/images/chart.png', alt: 'A bar chart of waits' });
    // withBody adds a final newline, so the image is on the line before the last.
    expect(image!.line).toBe(withBody('Some text.\n\n![A').split('\n').length - 1);
    expect(await measureImages([result.parsed!], publicDir)).toEqual([]);
    expect(image).toMatchObject({ width: 40, height: 30 });
  });

  it('refuses an image without alt text, on another host, or as a data: URL, in Markdown or raw HTML, naming the line', () => {
    for (const [markdown, code] of [
      ['![](/images/chart.png)', 'missing-image-alt'],
      ['<img src="/images/chart.png">', 'missing-image-alt'],
      ['![Chart](https://cdn.example/chart.png)', 'remote-image'],
      ['<figure>\n\t<img src="https://cdn.example/chart.png" alt="Chart">\n</figure>', 'remote-image'],
      ['Text <img src="//cdn.example/chart.png" alt="Chart"> inline.', 'remote-image'],
      ['![Chart](/images/chart.svg)', 'unsupported-image'],
      ['![Chart](data:image/png;base64,AAAA)', 'invalid-field'],
      ['![Chart](/images/../../secret.png)', 'invalid-field'],
    ] as const) {
      const result = parseArticle(FILE, withBody(markdown), context);
      expect(result.ok, markdown).toBe(false);
      if (!result.ok)
        expect(result.problems[0], markdown).toMatchObject({
          file: FILE,
          field: 'body',
          code,
          line: expect.any(Number),
        });
    }
  });

  it('reports a missing or unsupported body image file with its line', async () => {
    const result = parseArticle(
      FILE,
      withBody('![Chart](/images/missing.png)\n\n![Notes](/images/notes.txt.png)'),
      context,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const problems = await measureImages([result.parsed!], publicDir);
    expect(problems.map((p) => [p.code, p.field, typeof p.line])).toEqual([
      ['missing-image', 'body', 'number'],
      ['missing-image', 'body', 'number'],
    ]);
  });

  it('renders an image with a title alone in its paragraph as a figure with a caption', () => {
    const html = renderMarkdown('![A bar chart](/images/chart.png "Waits by month")');
    expect(html).toBe(
      '<figure><img src="/images/chart.png" alt="A bar chart"><figcaption>Waits by month</figcaption></figure>',
    );
    expect(renderMarkdown('Text ![Inline](/images/chart.png "Title") more.')).toContain('<p>');
  });
});

describe('author avatars', () => {
  it('reports an avatar whose file is missing, naming the author file and field', async () => {
    const problems = await checkAvatars(
      [{ id: 'ada', avatar: '/images/chart.png' }, { id: 'ben', avatar: '/authors/ben.png' }, { id: 'cy' }],
      ['content/authors/ada.yaml', 'content/authors/ben.yaml', 'content/authors/cy.yaml'],
      publicDir,
    );
    expect(problems).toEqual([
      {
        file: 'content/authors/ben.yaml',
        field: 'avatar',
        code: 'missing-image',
        message: 'expected an image file at public/authors/ben.png, found none (or not a readable image)',
      },
    ]);
  });
});
