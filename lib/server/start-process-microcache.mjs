// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { onContentChanged, processValue } from '../state/process-state.mjs';
import { createMicrocacheHandler } from './create-microcache-handler.mjs';

/**
 * This process's microcache: made once, and emptied by every "content changed" event, whoever
 * announces it (the revalidate hook here, or Redis for another instance), so no page the change
 * replaced is served from memory after it.
 * @param {Parameters<typeof createMicrocacheHandler>[0]} options
 * @returns {ReturnType<typeof createMicrocacheHandler>}
 */
export function startProcessMicrocache(options) {
  return processValue('microcache', () => {
    const microcache = createMicrocacheHandler(options);
    onContentChanged(() => microcache.clear());
    return microcache;
  });
}
