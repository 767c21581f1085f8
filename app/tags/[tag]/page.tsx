import type { Metadata } from 'next';
import { listMetadata, ListView, resolveList } from '../../_views/list-view';

export const revalidate = 60;

// Rendered on first request, then served from the cache.
export function generateStaticParams() {
  return [];
}

async function list(props: PageProps<'/tags/[tag]'>) {
  const p = await props.params;
  return resolveList(`/tags/${p.tag}`);
}

export async function generateMetadata(props: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  return listMetadata(await list(props));
}

export default async function TagPage(props: PageProps<'/tags/[tag]'>) {
  return <ListView {...await list(props)} />;
}
