import { readdir } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The server, the cache handler and the process state are plain JavaScript (Node and Next.js load
// them outside the bundler); `npm run typecheck` checks them from their JSDoc, with no .d.mts beside
// them to drift from the code.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const FOLDERS = ['lib/server', 'lib/cache', 'lib/state'];

async function filesIn(folder: string, pattern: RegExp): Promise<string[]> {
  const names = await readdir(path.join(ROOT, folder), { recursive: true });
  return names.filter((name) => pattern.test(name)).map((name) => path.join(ROOT, folder, name));
}

describe('the plain-JavaScript modules', () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );

  it('are all type-checked, strictly', async () => {
    expect(config?.options).toMatchObject({
      allowJs: true,
      checkJs: true,
      strict: true,
      noUncheckedIndexedAccess: true,
    });
    const checked = new Set(config?.fileNames.map((file) => path.resolve(file)));
    for (const folder of FOLDERS)
      for (const file of await filesIn(folder, /\.mjs$/))
        expect({ file: path.relative(ROOT, file), checked: checked.has(file) }).toEqual({
          file: path.relative(ROOT, file),
          checked: true,
        });
  });

  it('have no hand-written declaration twins anywhere in lib/', async () => {
    expect(await filesIn('lib', /\.d\.mts$/)).toEqual([]);
  });
});
