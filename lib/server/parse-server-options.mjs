// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

const DEFAULTS = {
  port: 3000,
  hostname: 'localhost',
  ttlMs: 1000,
  maxBytes: 64 * 1024 * 1024,
  clientRuntime: 'none',
};
const CLIENT_RUNTIMES = ['none', 'next'];
const FLAGS = { '-p': 'port', '--port': 'port', '-H': 'hostname', '--hostname': 'hostname' };

/**
 * The server's settings from its flags (`-p 3000`, `--hostname=localhost`, as `next start` takes them)
 * and environment (PORT, HOSTNAME, MICROCACHE_TTL_MS, MICROCACHE_MAX_BYTES, CLIENT_RUNTIME); flags win. Every problem
 * is reported at once.
 * @example parseServerOptions(['-p', '4000'], { MICROCACHE_TTL_MS: '0' }).value // { port: 4000, hostname: 'localhost', ttlMs: 0, … }
 */
export function parseServerOptions(argv, env) {
  const issues = [];
  const given = { port: env.PORT, hostname: env.HOSTNAME };
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = argv[i].split(/=(.*)/s, 2);
    const name = FLAGS[flag];
    if (!name) {
      issues.push(`unknown argument "${argv[i]}": expected -p <port> or -H <hostname>`);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) issues.push(`${flag} expects a value`);
    else given[name] = value;
  }
  const port = readInteger(given.port, DEFAULTS.port, 'port', 1, 65535, issues);
  const ttlMs = readInteger(env.MICROCACHE_TTL_MS, DEFAULTS.ttlMs, 'MICROCACHE_TTL_MS', 0, 3_600_000, issues);
  const maxBytes = readInteger(
    env.MICROCACHE_MAX_BYTES,
    DEFAULTS.maxBytes,
    'MICROCACHE_MAX_BYTES',
    0,
    2 ** 40,
    issues,
  );
  const clientRuntime = env.CLIENT_RUNTIME || DEFAULTS.clientRuntime;
  if (!CLIENT_RUNTIMES.includes(clientRuntime))
    issues.push(`CLIENT_RUNTIME expected "none" or "next", found "${clientRuntime}"`);
  if (issues.length > 0) return { ok: false, issues };
  const hostname = given.hostname || DEFAULTS.hostname;
  return { ok: true, value: { port, hostname, ttlMs, maxBytes, clientRuntime } };
}

function readInteger(text, fallback, name, min, max, issues) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (/^\d+$/.test(text.trim()) && value >= min && value <= max) return value;
  issues.push(`${name} expected a whole number from ${min} to ${max}, found "${text}"`);
  return fallback;
}
