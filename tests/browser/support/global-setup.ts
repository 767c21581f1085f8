import type { TestProject } from 'vitest/node';
import { buildSite, startSite } from './site-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the sample site once and serves it with `npm start`'s server on a free loopback port for every
 * browser test. SKIP_BUILD=1 reuses an existing .next build while iterating locally.
 */
export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') await buildSite();
  const server = await startSite();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
