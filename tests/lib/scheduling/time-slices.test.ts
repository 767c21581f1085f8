import { describe, expect, it } from 'vitest';
import { timeSlices } from '@/lib/scheduling/time-slices';

// How many times the event loop turned (a setImmediate ran) while `work` ran.
async function turnsDuring(work: () => Promise<void>): Promise<number> {
  let turns = 0;
  let ticking = true;
  const tick = () => {
    turns++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  ticking = false;
  return turns;
}

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('timeSlices', () => {
  it('lets the event loop turn once a slice of work is spent', async () => {
    const turns = await turnsDuring(async () => {
      const pause = timeSlices(2);
      for (let i = 0; i < 10; i++) {
        busy(3);
        await pause();
      }
    });
    expect(turns).toBeGreaterThanOrEqual(9);
  });

  it('does not yield while the slice lasts', async () => {
    const turns = await turnsDuring(async () => {
      const pause = timeSlices(60_000);
      for (let i = 0; i < 1_000; i++) await pause();
    });
    expect(turns).toBe(0);
  });
});
