/** Runs once when the server starts (Next.js's instrumentation hook); see lib/server/register-node-server.ts. */
export async function register() {
  // Next.js compiles this file for the Edge runtime too and replaces NEXT_RUNTIME as it does, so this
  // condition leaves the Node.js-only module (and the whole content library it imports) out of that bundle.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNodeServer } = await import('./lib/server/register-node-server');
    await registerNodeServer();
  }
}
