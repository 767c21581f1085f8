export type Freshness = 'fresh' | 'stale' | 'expired';

/** Whether an entry of this age is served as it is, served while one refresh runs, or a miss. */
export function judgeFreshness(ageMs: number, freshMs: number, staleLimitMs: number): Freshness;
