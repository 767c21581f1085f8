import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every write an import makes goes through one writer, so a dry run can list them and write nothing. */
export interface FileWriter {
  dryRun: boolean;
  writeFile: (file: string, data: string | Uint8Array) => void;
  /** Absolute paths written (or, in a dry run, that would have been). */
  written: string[];
}

/** A writer that writes, creating folders as needed; or, with `dryRun`, only records. */
export function createFileWriter(dryRun: boolean): FileWriter {
  const written: string[] = [];
  return {
    dryRun,
    written,
    writeFile(file, data) {
      written.push(file);
      if (dryRun) return;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    },
  };
}
