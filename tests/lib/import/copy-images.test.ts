import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImageCopier } from '@/lib/import/copy-images';
import { createFileWriter } from '@/lib/import/file-writer';

const UPLOADS = path.join(import.meta.dirname, '../../fixtures/import/wordpress/uploads');
let publicDir: string;
beforeEach(() => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'copy-images-'));
});
afterEach(() => rmSync(publicDir, { recursive: true, force: true }));

describe('createImageCopier', () => {
  it('copies an upload into public/images/<year>/…, a size variant as its original, once', () => {
    const writer = createFileWriter(false);
    const images = createImageCopier({ uploadsDir: UPLOADS, publicDir, writer });
    expect(images.resolve('https://old.example/wp-content/uploads/2012/01/tram-300x169.jpg', '2017')).toEqual(
      { ok: true, src: '/images/2012/01/tram.jpg', width: 1600 },
    );
    expect(images.resolve('https://old.example/wp-content/uploads/2012/01/tram.jpg', '2017')).toMatchObject({
      ok: true,
      src: '/images/2012/01/tram.jpg',
    });
    expect(images.copied()).toBe(1);
    expect(existsSync(path.join(publicDir, 'images/2012/01/tram.jpg'))).toBe(true);
  });

  it('says what is missing, and what to do without an uploads folder', () => {
    const writer = createFileWriter(false);
    expect(
      createImageCopier({ uploadsDir: UPLOADS, publicDir, writer }).resolve(
        'https://old.example/wp-content/uploads/2012/01/gone.jpg',
        '2012',
      ),
    ).toMatchObject({ ok: false, code: 'missing-image' });
    expect(
      createImageCopier({ publicDir, writer }).resolve(
        'https://old.example/wp-content/uploads/2012/01/tram.jpg',
        '2012',
      ),
    ).toMatchObject({
      ok: false,
      code: 'image-not-copied',
      message: expect.stringContaining('--uploads'),
    });
  });

  it("copies a page bundle's file into a folder of its own, and refuses a format the site cannot serve", () => {
    const writer = createFileWriter(false);
    const svg = path.join(publicDir, 'logo.svg');
    writeFileSync(svg, '<svg/>');
    const images = createImageCopier({ publicDir, writer });
    const bundle = { assets: [path.join(UPLOADS, '2012/01/chart.jpg'), svg], folder: 'fares-explained' };
    expect(images.resolve('./chart.jpg', '2024', bundle)).toEqual({
      ok: true,
      src: '/images/2024/fares-explained/chart.jpg',
      width: 400,
    });
    expect(images.resolve('logo.svg', '2024', bundle)).toMatchObject({
      ok: false,
      code: 'unsupported-image',
    });
  });

  it('in a dry run records the copy and writes nothing', () => {
    const writer = createFileWriter(true);
    const result = createImageCopier({ uploadsDir: UPLOADS, publicDir, writer }).resolve(
      'https://old.example/wp-content/uploads/2012/01/tram.jpg',
      '2012',
    );
    expect(result.ok).toBe(true);
    expect(writer.written).toEqual([path.join(publicDir, 'images/2012/01/tram.jpg')]);
    expect(existsSync(path.join(publicDir, 'images'))).toBe(false);
  });
});
