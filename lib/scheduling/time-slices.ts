import { readerRequests } from '../state/process-state.mjs';

/** How much of the thread background work takes before it lets readers' requests have a turn. */
export const SLICE_MS = 5;

/**
 * The longest background work waits for requests in flight to finish before it takes another slice:
 * with requests always in flight it still gets one slice in five, so it finishes under load.
 */
export const READER_WAIT_MS = 20;

/**
 * A pause for long background work (indexing an archive as the server starts, ranking it): call it
 * after each item; about every `budgetMs` of work it yields to the event loop, and while readers'
 * requests are in flight it waits for them (up to READER_WAIT_MS) before going on. A request needs a
 * turn of the loop for each step of its own (a file read, a cache lookup): without the wait it got
 * one turn per slice, and at 100,000 stories the first article a reader asked for after a start
 * waited seconds behind the search sync and the related ranking. `urgent` says when a reader waits
 * for this work itself (a search waiting for the search sync), which then gives way to no one.
 */
export function timeSlices(budgetMs = SLICE_MS, options: { urgent?: () => boolean } = {}): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < budgetMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    if (!options.urgent?.()) await readersDone(READER_WAIT_MS);
    started = performance.now();
  };
}

/** Resolves when no request is in flight, or after `maxMs`, whichever comes first. */
function readersDone(maxMs: number): Promise<void> | undefined {
  const readers = readerRequests();
  if (readers.inFlight === 0) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      readers.waiting.delete(done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    readers.waiting.add(done);
  });
}

/**
 * Counts a request in flight until its response closes (finished, or its connection gone), and wakes
 * the background work waiting for the last one.
 */
export function trackRequest(response: { once(event: 'close', listener: () => void): unknown }): void {
  const readers = readerRequests();
  readers.inFlight++;
  response.once('close', () => {
    readers.inFlight--;
    if (readers.inFlight > 0) return;
    for (const wake of [...readers.waiting]) wake();
  });
}
