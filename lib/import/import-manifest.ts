import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What past imports wrote, in the content folder (`content/.import/manifest.json`, kept with the
 * content so it travels with it in git): each source post's id → the file it became and a hash of the
 * text written. A re-run updates its own files by it, never writes a second copy, and tells an
 * editor's change (the file's hash no longer matches) from its own.
 */
export const MANIFEST_FILE = path.join('.import', 'manifest.json');

export interface ManifestEntry {
  /** Relative to the content folder: `articles/2012/slug.md`, `pages/about.md`. */
  path: string;
  sha: string;
}

export interface ImportManifest {
  version: 1;
  entries: Record<string, ManifestEntry>;
}

/** Reads the manifest of a content folder; an empty one when there is none yet. */
export function readManifest(contentDir: string): ImportManifest {
  try {
    const data: unknown = JSON.parse(readFileSync(path.join(contentDir, MANIFEST_FILE), 'utf8'));
    if (
      typeof data === 'object' &&
      data !== null &&
      'entries' in data &&
      typeof data.entries === 'object' &&
      data.entries !== null
    )
      // Written by formatManifest only; entries are checked where used (a missing path reads as new).
      return { version: 1, entries: data.entries as Record<string, ManifestEntry> };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  return { version: 1, entries: {} };
}

/** The manifest as JSON, entries sorted, so two identical imports write identical files. */
export function formatManifest(manifest: ImportManifest): string {
  const entries = Object.fromEntries(
    Object.entries(manifest.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return `${JSON.stringify({ version: 1, entries }, null, 1)}\n`;
}

/** A file's text hashed as the manifest keeps it. */
export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
