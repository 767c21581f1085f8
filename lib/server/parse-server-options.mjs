// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * @typedef {object} ServerOptions
 * @property {number} port
 * @property {string} hostname
 * @property {number} ttlMs How long an entry is fresh; 0 turns the microcache off.
 * @property {number} maxBytes
 * @property {'none' | 'next'} clientRuntime `none`: pages without Next.js's scripts; `next`: as Next.js renders them.
 */

/** @type {ServerOptions} */
const DEFAULTS = {
  port: 3000,
  hostname: 'localhost',
  ttlMs: 1000,
  maxBytes: 64 * 1024 * 1024,
  clientRuntime: 'none',
};
/** @type {ReadonlyArray<ServerOptions['clientRuntime']>} */
const CLIENT_RUNTIMES = ['none', 'next'];
/** @type {Record<string, 'port' | 'hostname' | undefined>} */
const FLAGS = { '-p': 'port', '--port': 'port', '-H': 'hostname', '--hostname': 'hostname' };

/**
 * The server's settings from its flags (`-p 3000`, `--hostname=localhost`, as `next start` takes them)
 * and environment (PORT, HOSTNAME, MICROCACHE_TTL_MS, MICROCACHE_MAX_BYTES, CLIENT_RUNTIME); flags win. Every problem
 * is reported at once.
 * @param {readonly string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, value: ServerOptions } | { ok: false, issues: string[] }}
 * @example parseServerOptions(['-p', '4000'], { MICROCACHE_TTL_MS: '0' }).value // { port: 4000, hostname: 'localhost', ttlMs: 0, … }
 */
export function parseServerOptions(argv, env) {
  /** @type {string[]} */
  const issues = [];
  /** @type {{ port: string | undefined, hostname: string | undefined }} */
  const given = { port: env.PORT, hostname: env.HOSTNAME };
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
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
  const runtime = env.CLIENT_RUNTIME || DEFAULTS.clientRuntime;
  const clientRuntime = CLIENT_RUNTIMES.find((known) => known === runtime);
  if (!clientRuntime) issues.push(`CLIENT_RUNTIME expected "none" or "next", found "${runtime}"`);
  if (issues.length > 0 || !clientRuntime) return { ok: false, issues };
  const hostname = given.hostname || DEFAULTS.hostname;
  return { ok: true, value: { port, hostname, ttlMs, maxBytes, clientRuntime } };
}

/**
 * @param {string | undefined} text
 * @param {number} fallback
 * @param {string} name
 * @param {number} min
 * @param {number} max
 * @param {string[]} issues
 * @returns {number}
 */
function readInteger(text, fallback, name, min, max, issues) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (/^\d+$/.test(text.trim()) && value >= min && value <= max) return value;
  issues.push(`${name} expected a whole number from ${min} to ${max}, found "${text}"`);
  return fallback;
}
