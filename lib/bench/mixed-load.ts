import autocannon from 'autocannon';

export interface MixedLoadOptions {
  /** Paths to request, cycled by every connection: a mix of page types. */
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  /** Request counts at which to call `onMilestone` (e.g. to read the server's memory). */
  milestones: readonly number[];
  onMilestone: (requests: number) => Promise<void> | void;
}

export interface MixedLoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
}

/** A bounded load test over a mix of URLs at a fixed concurrency (autocannon, loopback). */
export async function runMixedLoad(baseUrl: string, options: MixedLoadOptions): Promise<MixedLoadResult> {
  const statuses: Record<string, number> = {};
  let answered = 0;
  const pending = [...options.milestones].sort((a, b) => a - b);
  const waits: Promise<void>[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: { 'accept-encoding': 'gzip, br' },
        requests: options.paths.map((path) => ({ method: 'GET', path })),
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      answered += 1;
      if (pending.length > 0 && answered >= pending[0]!)
        waits.push(Promise.resolve(options.onMilestone(pending.shift()!)));
    });
  });
  await Promise.all(waits);
  return {
    requests: answered,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    statuses,
  };
}
