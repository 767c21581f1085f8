import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadImage } from '@/lib/content/article';
import { createCropStore, cutCrop } from '@/lib/images/crop-store';
import { CROPS, cropBox, cropFileName, cropVersion, parseCropFileName } from '@/lib/images/crops';
import { schemaImagePaths, socialImage } from '@/lib/images/article-images';

describe('cropBox', () => {
  it('takes the largest box of the ratio, centred by default', () => {
    expect(cropBox(1600, 900, 16 / 9)).toEqual({ left: 0, top: 0, width: 1600, height: 900 });
    expect(cropBox(1600, 900, 4 / 3)).toEqual({ left: 200, top: 0, width: 1200, height: 900 });
    expect(cropBox(1600, 900, 1)).toEqual({ left: 350, top: 0, width: 900, height: 900 });
    expect(cropBox(1000, 2000, 16 / 9)).toEqual({ left: 0, top: 719, width: 1000, height: 563 });
  });

  it('moves the box towards the focus, and stops at the edges', () => {
    expect(cropBox(1600, 900, 1, [0, 0.5])).toEqual({ left: 0, top: 0, width: 900, height: 900 });
    expect(cropBox(1600, 900, 1, [1, 0.5])).toEqual({ left: 700, top: 0, width: 900, height: 900 });
    expect(cropBox(1600, 900, 1, [0.4, 0.5])).toEqual({ left: 190, top: 0, width: 900, height: 900 });
    expect(cropBox(1000, 2000, 1, [0.5, 0.1])).toEqual({ left: 0, top: 0, width: 1000, height: 1000 });
  });
});

describe('crop names', () => {
  const image: LeadImage = { src: '/images/a.jpg', alt: 'A', width: 1600, height: 900, bytes: 1000 };

  it('change with the photo and its focus, so each can be cached for good', () => {
    expect(cropFileName(image, '16x9')).toMatch(/^16x9-[A-Za-z0-9]{10}\.jpg$/);
    expect(cropVersion({ ...image, bytes: 1001 })).not.toBe(cropVersion(image));
    expect(cropVersion({ ...image, focus: [0.2, 0.5] })).not.toBe(cropVersion(image));
    expect(parseCropFileName(cropFileName(image, '1x1'), image)).toBe('1x1');
    expect(parseCropFileName(cropFileName({ ...image, bytes: 1 }, '1x1'), image)).toBeUndefined();
  });

  it('are what the structured data and the social card use; a story without a photo keeps its headline card', () => {
    const story = { section: 'news', slug: 'x', image };
    expect(schemaImagePaths(story)).toEqual([
      `/news/x/images/${cropFileName(image, '16x9')}`,
      `/news/x/images/${cropFileName(image, '4x3')}`,
      `/news/x/images/${cropFileName(image, '1x1')}`,
    ]);
    expect(socialImage(story)).toMatchObject({ width: 1200, height: 630, type: 'image/jpeg', alt: 'A' });
    expect(schemaImagePaths({ section: 'news', slug: 'x' })).toEqual(['/news/x/opengraph-image']);
    expect(socialImage({ section: 'news', slug: 'x' })).toBeUndefined();
  });
});

describe('cutting crops', () => {
  let dir = '';
  // 1600×900: the left 300 px red, the rest blue.
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'crops-'));
    const blue = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0000ff' } })
      .composite([
        {
          input: await sharp({ create: { width: 300, height: 900, channels: 3, background: '#ff0000' } })
            .png()
            .toBuffer(),
          left: 0,
          top: 0,
        },
      ])
      .png()
      .toBuffer();
    await writeFile(path.join(dir, 'photo.png'), blue);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const pixel = async (jpeg: Buffer, x: number, y: number) => {
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    const at = (y * info.width + x) * info.channels;
    return [data[at], data[at + 1], data[at + 2]] as number[];
  };
  const isRed = ([r = 0, , b = 0]: number[]) => r > 200 && b < 60;
  const isBlue = ([r = 0, , b = 0]: number[]) => b > 200 && r < 60;

  it('cuts every crop at its size, at least 1,200 px wide', async () => {
    for (const name of ['16x9', '4x3', '1x1', 'social'] as const) {
      const meta = await sharp(await cutCrop(path.join(dir, 'photo.png'), name)).metadata();
      expect([meta.width, meta.height, meta.format], name).toEqual([CROPS[name].width, CROPS[name].height, 'jpeg']);
    }
  });

  it('cuts around the focus: the red left edge is in a square focused left, and not in one centred', async () => {
    const left = await cutCrop(path.join(dir, 'photo.png'), '1x1', [0, 0.5]);
    const centred = await cutCrop(path.join(dir, 'photo.png'), '1x1');
    expect(isRed(await pixel(left, 10, 600))).toBe(true);
    expect(isBlue(await pixel(centred, 10, 600))).toBe(true);
  });

  it('keeps a cut crop on disk and serves it from there', async () => {
    const cache = path.join(dir, 'cache');
    const image: LeadImage = { src: '/photo.png', alt: 'A', width: 1600, height: 900, bytes: 1 };
    const store = createCropStore(cache, dir);
    const [first, again] = await Promise.all([store.get(image, '4x3'), store.get(image, '4x3')]);
    expect(again).toBe(first);
    expect(await readdir(cache)).toEqual([cropFileName(image, '4x3')]);
    await rm(path.join(dir, 'photo.png'));
    expect(await createCropStore(cache, dir).get(image, '4x3')).toEqual(first);
  });
});
