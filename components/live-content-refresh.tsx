'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * `next dev` only, and the one client component of the site: Next.js reloads the page when code
 * changes but knows nothing of content/, so this listens for saved Markdown and re-renders the page.
 */
export function LiveContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/api/dev/content-events');
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
