import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runLoadTest } from './load-test';
import { freePort } from './start-server';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface NginxFigures {
  rps?: number;
  p99Ms?: number;
  /** Why nginx was not measured, when it was not. */
  skipped?: string;
}

/**
 * Serves the very bytes the site sent for a page (brotli, as autocannon asks for) from Debian's nginx
 * on a free loopback port, with its own configuration, and load-tests it as the site was: the ceiling
 * a cached page could reach on this machine in this run.
 */
export async function measureNginx(
  pageUrl: string,
  load: { connections: number; loadSeconds: number },
): Promise<NginxFigures> {
  if (!existsSync(NGINX)) return { skipped: `${NGINX} is not installed (apt-get install nginx)` };
  const { body, encoding } = await fetchRaw(pageUrl);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-nginx-'));
  const port = await freePort();
  let nginx: ChildProcess | undefined;
  try {
    await mkdir(path.join(dir, 'www'));
    await writeFile(path.join(dir, 'www/page.html'), body);
    await writeFile(path.join(dir, 'nginx.conf'), config(dir, port, encoding));
    nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    await waitFor(`http://127.0.0.1:${port}/page.html`);
    const result = await runLoadTest(`http://127.0.0.1:${port}/page.html`, {
      connections: load.connections,
      durationSeconds: load.loadSeconds,
      expectedStatus: 200,
    });
    return { rps: result.requestsPerSecond, p99Ms: result.p99Ms };
  } finally {
    nginx?.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

// As nginx is usually run: a worker per core, keep-alive, no access log; the page as a file.
function config(dir: string, port: number, encoding: string): string {
  return `daemon off;
worker_processes auto;
user root;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / {
      default_type text/html;
      ${encoding === 'identity' ? '' : `add_header Content-Encoding ${encoding};`}
      add_header Vary Accept-Encoding;
    }
  }
}
`;
}

// node:http, not fetch: fetch decompresses, and nginx must send the compressed bytes the site sent.
function fetchRaw(url: string): Promise<{ body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            encoding: String(response.headers['content-encoding'] ?? 'identity'),
          }),
        );
      })
      .on('error', reject);
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer at ${url}`);
}
