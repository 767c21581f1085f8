import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests answered with another status than `expectedStatus`, plus connection errors and timeouts. */
  unexpected: number;
  requests: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  expectedStatus: number;
  /** A new path for each request (on the URL's origin), e.g. random paths that cannot exist. */
  nextPath?: () => string;
}

/** Sends requests to one URL (or a new path each time) from `connections` loopback connections for a fixed time (autocannon). */
export async function runLoadTest(url: string, options: LoadOptions): Promise<LoadResult> {
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const { nextPath } = options;
    const settings: autocannon.Options = {
      url,
      connections: options.connections,
      duration: options.durationSeconds,
      headers: { 'accept-encoding': 'gzip, br' },
      ...(nextPath && { requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }] }),
    };
    const instance = autocannon(settings, (error: unknown, done: autocannon.Result) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, statusCode) =>
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1),
    );
  });
  const answered = [...statuses.values()].reduce((sum, n) => sum + n, 0);
  const expected = statuses.get(options.expectedStatus) ?? 0;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    unexpected: answered - expected + result.errors + result.timeouts,
    requests: answered,
  };
}
