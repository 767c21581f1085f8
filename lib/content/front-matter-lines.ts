/**
 * Finds the file line of each top-level key in a front-matter block, so schema problems point at the
 * line an editor must change. The block starts on line 2 of the file, after the opening fence.
 */
export function findKeyLines(frontMatter: string): Map<string, number> {
  const lines = new Map<string, number>();
  frontMatter.split('\n').forEach((line, index) => {
    const key = /^([A-Za-z_$][\w$-]*)\s*:/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, index + 2);
  });
  return lines;
}
