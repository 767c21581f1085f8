import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PROXIED, ROUTE_PATTERNS } from '@/lib/routing/route-table';

const APP = path.resolve(import.meta.dirname, '../../../app');

// What Next.js serves for each file convention, as a path under its folder.
const CONVENTIONS: Record<string, (folder: string) => string> = {
  'page.tsx': (folder) => folder || '/',
  'route.ts': (folder) => folder,
  'opengraph-image.tsx': (folder) => `${folder}/opengraph-image`,
  'robots.ts': (folder) => `${folder}/robots.txt`,
  'manifest.ts': (folder) => `${folder}/manifest.webmanifest`,
  'icon.png': (folder) => `${folder}/icon.png`,
  'apple-icon.png': (folder) => `${folder}/apple-icon.png`,
  // A sitemap.ts with generateSitemaps serves <folder>/sitemap/<id>.xml.
  'sitemap.ts': (folder) => `${folder}/sitemap/[__metadata_id__]`,
};
const NOT_ROUTES = new Set(['layout.tsx', 'not-found.tsx', 'globals.css']);

/** Every route the app/ tree defines, as its folder path: private folders (_x) skipped, groups ((x)) dropped. */
function routesOf(dir: string, folder = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) return [];
      // `%5Fx` is Next.js's way to a path segment starting with an underscore.
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name.replace(/^%5F/, '_')}`;
      return routesOf(path.join(dir, entry.name), folder + segment);
    }
    if (NOT_ROUTES.has(entry.name)) return [];
    const convention = CONVENTIONS[entry.name];
    if (!convention)
      throw new Error(`app${folder}/${entry.name}: teach this test what route the file serves`);
    return [convention(folder)];
  });
}

it('knows every route of the app/ tree, and no route the tree does not have', () => {
  // What proxy.ts answers by itself (rewrites, redirects) has no folder of its own.
  expect([...ROUTE_PATTERNS].sort()).toEqual([...routesOf(APP), ...Object.keys(PROXIED)].sort());
});
