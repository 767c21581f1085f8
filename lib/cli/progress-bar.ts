/**
 * A progress bar on a terminal's stderr, drawn at most ten times a second and only once a run has
 * taken a second (a small import finishes before it would show). Off when stderr is not a terminal.
 */
export function createProgressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  const draw = (done: number) => {
    const width = 30;
    const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${label}`);
  };
  return {
    update(done: number) {
      if (!stream.isTTY) return;
      const now = performance.now();
      if (now - started < 1000 || now - drawn < 100) return;
      drawn = now;
      shown = true;
      draw(done);
    },
    finish() {
      if (shown) stream.write('\n');
    },
  };
}
