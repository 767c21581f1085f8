import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every write an import makes goes through one writer, so a dry run can list them and write nothing. */
export interface FileWriter {
  dryRun: boolean;
  writeFile: (file: string, data: string | Uint8Array) => void;
  /** Absolute paths written (or, in a dry run, that would have been). */
  written: string[];
}

/** A writer that writes whole files, creating folders as needed; or, with `dryRun`, only records. */
export function createFileWriter(dryRun: boolean): FileWriter {
  const written: string[] = [];
  return {
    dryRun,
    written,
    writeFile(file, data) {
      written.push(file);
      if (dryRun) return;
      mkdirSync(path.dirname(file), { recursive: true });
      // Written beside and renamed, so a run stopped mid-write never leaves half a file (or manifest).
      const partial = `${file}.importing`;
      writeFileSync(partial, data);
      renameSync(partial, file);
    },
  };
}
