import path from 'node:path';
import { routeFor } from '@/lib/content';
import { resolveCropCacheDir } from '@/lib/content/content-dir';
import { createCropStore } from '@/lib/images/crop-store';
import { parseCropFileName } from '@/lib/images/crops';

// Read at run time, not bundled (see content-dir.ts).
const store = createCropStore(resolveCropCacheDir(), path.resolve(/* turbopackIgnore: true */ 'public'));

/**
 * A crop of a story's photo (16×9, 4×3, 1×1 for structured data; 1200×630 for sharing), cut on first
 * request and kept on disk. Its name carries its version, so it is cached for a year.
 */
export async function GET(_request: Request, context: RouteContext<'/[section]/[slug]/images/[crop]'>) {
  const { section, slug, crop } = await context.params;
  const route = await routeFor(`/${section}/${slug}/images/${crop}`);
  const image = route.kind === 'article' ? route.article.image : undefined;
  const name = image && parseCropFileName(crop, image);
  if (!image || !name) return new Response('Not found', { status: 404 });
  const bytes = await store.get(image, name);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
