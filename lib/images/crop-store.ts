import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { LeadImage } from '../content/article';
import { type CropName, CROPS, cropBox, cropFileName } from './crops';

/**
 * Cuts one crop of a lead image around its focus and encodes it as a progressive JPEG (PNG charts are
 * set on white). The photo is turned upright first (its EXIF orientation), so the focus means what the
 * editor saw; a crop smaller than its size (a 900 px tall photo's square) is enlarged to it.
 */
export async function cutCrop(
  file: string,
  name: CropName,
  focus?: readonly [number, number],
): Promise<Buffer> {
  const { data, info } = await sharp(file).rotate().raw().toBuffer({ resolveWithObject: true });
  const size = CROPS[name];
  const box = cropBox(info.width, info.height, size.width / size.height, focus);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract(box)
    .resize(size.width, size.height, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, progressive: true, mozjpeg: true })
    .toBuffer();
}

/**
 * The crops of lead images, cut once and kept on disk under their versioned names (crops.ts), so a
 * restart or a second instance on the same disk does not cut them again; one cut at a time per crop.
 */
export function createCropStore(cacheDir: string, publicDir: string) {
  const cutting = new Map<string, Promise<Buffer>>();
  return {
    get(image: LeadImage, name: CropName): Promise<Buffer> {
      const file = path.join(cacheDir, cropFileName(image, name));
      let crop = cutting.get(file);
      if (!crop) {
        crop = readFile(file)
          .catch(async () => {
            const bytes = await cutCrop(path.join(publicDir, image.src), name, image.focus);
            await mkdir(cacheDir, { recursive: true });
            // Written whole, then renamed: a reader never finds half a file.
            const partial = `${file}.${process.pid}.partial`;
            await writeFile(partial, bytes);
            await rename(partial, file);
            return bytes;
          })
          .finally(() => cutting.delete(file));
        cutting.set(file, crop);
      }
      return crop;
    },
  };
}
