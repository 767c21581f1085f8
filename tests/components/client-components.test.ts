import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe('client components', () => {
  // `npm start` sends every page without Next.js's client runtime (lib/server/strip-client-runtime.mjs),
  // so a client component would render on the server and then never run: adding one means serving
  // its pages with CLIENT_RUNTIME=next, or keeping what it does working as plain HTML.
  it('are only the dev-only live refresh', async () => {
    const files = [...(await sourceFiles('app')), ...(await sourceFiles('components'))];
    const client: string[] = [];
    for (const file of files)
      if (
        /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(
          await readFile(path.join(ROOT, file), 'utf8'),
        )
      )
        client.push(file);
    expect(client).toEqual(['components/live-content-refresh.tsx']);
  });
});
