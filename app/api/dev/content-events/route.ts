import { watch } from 'node:fs';
import { resolveContentDir } from '@/lib/content/content-dir';

export const dynamic = 'force-dynamic';

/** `next dev` only: a server-sent event each time a file under content/ changes. */
export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== 'development') return new Response('Not found', { status: 404 });
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // Editors save in bursts (write, rename, touch); one event per burst is enough.
      const watcher = watch(resolveContentDir(), { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode('data: changed\n\n')), 150);
      });
      controller.enqueue(encoder.encode(': watching content\n\n'));
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        watcher.close();
        controller.close();
      });
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' },
  });
}
