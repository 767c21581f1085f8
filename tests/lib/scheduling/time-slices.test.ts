import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { READER_WAIT_MS, timeSlices, trackRequest } from '@/lib/scheduling/time-slices';
import { readerRequests } from '@/lib/state/process-state.mjs';

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

  it('waits for the requests in flight to finish before its next slice', async () => {
    const response = new EventEmitter();
    trackRequest(response);
    expect(readerRequests().inFlight).toBe(1);
    const pause = timeSlices(0);
    let resumed = false;
    const waiting = pause().then(() => (resumed = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(resumed).toBe(false);
    response.emit('close');
    expect(readerRequests().inFlight).toBe(0);
    await waiting;
    expect(resumed).toBe(true);
    expect(readerRequests().waiting.size).toBe(0);
  });

  it('takes a slice anyway when requests never stop, so the work ends under load', async () => {
    const response = new EventEmitter();
    trackRequest(response);
    const started = performance.now();
    await timeSlices(0)();
    expect(performance.now() - started).toBeGreaterThanOrEqual(READER_WAIT_MS - 2);
    expect(readerRequests().waiting.size).toBe(0);
    response.emit('close');
  });

  it('gives way to no one when a reader waits for the work itself', async () => {
    const response = new EventEmitter();
    trackRequest(response);
    const started = performance.now();
    const pause = timeSlices(0, { urgent: () => true });
    for (let i = 0; i < 5; i++) await pause();
    expect(performance.now() - started).toBeLessThan(5 * READER_WAIT_MS);
    response.emit('close');
  });
});
