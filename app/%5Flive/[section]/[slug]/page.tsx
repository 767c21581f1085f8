import type { Metadata } from 'next';
import { LiveStoryView, liveStoryMetadata } from '../../../_views/live-story-view';

// A live story's own URL, /<section>/<slug>, is rewritten here by proxy.ts, so that it alone is kept
// for seconds (LIVE_REVALIDATE; the value must be a literal for Next.js to read) while articles keep
// their minute. Asked for by this path, the router says it does not exist.
export const revalidate = 5;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/_live/[section]/[slug]'>): Promise<Metadata> {
  const { section, slug } = await props.params;
  return liveStoryMetadata(section, slug);
}

export default async function LiveStoryPage(props: PageProps<'/_live/[section]/[slug]'>) {
  const { section, slug } = await props.params;
  return <LiveStoryView section={section} slug={slug} />;
}
