import { expect, it, vi } from 'vitest';
import type { LiveDesk } from '@/lib/live/live-desk';
import { watchLive } from '@/lib/live/watch-live';

const deskLooking = (...looks: string[][]): LiveDesk => ({
  coverage: () => undefined,
  check: () => ({ problems: [], warnings: [] }),
  look: () => looks.shift() ?? [],
});

it('tells of changed stories as the desk finds them, one look at a time, and keeps going after a failure', async () => {
  vi.useFakeTimers();
  try {
    const changes: string[][] = [];
    const errors: unknown[] = [];
    let failed = false;
    const desk = deskLooking([], ['storm'], [], ['storm', 'count'], ['count']);
    const watch = watchLive({
      desk: async () => desk,
      async onChange(slugs) {
        if (slugs.includes('count') && !failed) {
          failed = true;
          throw new Error('expiring failed');
        }
        changes.push(slugs);
      },
      onError: (error) => errors.push(error),
      everyMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(changes).toEqual([]);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(changes).toEqual([['storm'], ['count']]);
    expect(errors).toEqual([new Error('expiring failed')]);
    watch.stop();
    desk.look = () => ['late'];
    await vi.advanceTimersByTimeAsync(5_000);
    expect(changes).toEqual([['storm'], ['count']]);
  } finally {
    vi.useRealTimers();
  }
});
