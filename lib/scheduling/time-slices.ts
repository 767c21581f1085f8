/** How much of the thread background work takes before it lets readers' requests have a turn. */
export const SLICE_MS = 5;

/**
 * A pause for long background work (indexing an archive as the server starts, ranking it): call it
 * after each item; about every `budgetMs` of work it yields to the event loop. A request in flight
 * needs a turn of the loop for each step of its own (a file read, a cache lookup), so it waits one
 * slice per step rather than for the whole job: slices by count took 20–50 ms each at 100,000
 * stories, and the first article a reader asked for waited 3.3 s behind them.
 */
export function timeSlices(budgetMs = SLICE_MS): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < budgetMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    started = performance.now();
  };
}
