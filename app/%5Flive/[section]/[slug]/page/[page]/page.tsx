import type { Metadata } from 'next';
import { LiveStoryView, liveStoryMetadata } from '../../../../../_views/live-story-view';

// An older page of a live story's updates (/<section>/<slug>/page/<n>, rewritten here by proxy.ts).
// Its updates never change as new ones arrive, but an edit or a deletion may: the same seconds apply.
export const revalidate = 5;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(
  props: PageProps<'/_live/[section]/[slug]/page/[page]'>,
): Promise<Metadata> {
  const { section, slug, page } = await props.params;
  return liveStoryMetadata(section, slug, page);
}

export default async function LiveStoryOlderPage(props: PageProps<'/_live/[section]/[slug]/page/[page]'>) {
  const { section, slug, page } = await props.params;
  return <LiveStoryView section={section} slug={slug} page={page} />;
}
