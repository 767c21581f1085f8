/** A deterministic source of random choices: the same seed always gives the same sequence. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** True with probability `p`. */
  chance: (p: number) => boolean;
  /** One element, each equally likely. */
  pick: <T>(items: readonly T[]) => T;
  /** One element, the first far likelier than the last (weight 1 / rank^exponent, like word and tag frequencies). */
  pickZipf: <T>(items: readonly T[], exponent?: number) => T;
}

/**
 * Creates a seeded generator (mulberry32 over a 32-bit hash of the seed): fast, small, and identical
 * on every machine, which `Math.random` is not.
 * @example createRandom('a').next() === createRandom('a').next() // true
 */
export function createRandom(seed: string | number): SeededRandom {
  let state = hashSeed(String(seed));
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick needs at least one item');
    return items[Math.floor(next() * items.length)] as T; // the index is within bounds
  };
  const cumulative = new Map<string, number[]>();
  const pickZipf = <T>(items: readonly T[], exponent = 1.1): T => {
    if (items.length === 0) throw new Error('pickZipf needs at least one item');
    const key = `${items.length}:${exponent}`;
    let sums = cumulative.get(key);
    if (!sums) {
      let total = 0;
      sums = items.map((_, rank) => (total += 1 / (rank + 1) ** exponent));
      cumulative.set(key, sums);
    }
    const target = next() * (sums[sums.length - 1] ?? 0);
    let low = 0;
    let high = sums.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sums[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return items[low] as T; // the binary search stays within bounds
  };
  return { next, int, chance: (p) => next() < p, pick, pickZipf };
}

// FNV-1a: spreads similar seeds ("1", "2") to unrelated starting states.
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
