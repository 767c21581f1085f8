import type { Metadata } from 'next';
import { listMetadata, ListView, resolveList } from '../../../../../_views/list-view';

export const revalidate = 60;

// Rendered on first request, then served from the cache.
export function generateStaticParams() {
  return [];
}

async function list(props: PageProps<'/archive/[year]/[month]/page/[page]'>) {
  const p = await props.params;
  return resolveList(`/archive/${p.year}/${p.month}/page/${p.page}`);
}

export async function generateMetadata(
  props: PageProps<'/archive/[year]/[month]/page/[page]'>,
): Promise<Metadata> {
  return listMetadata(await list(props));
}

export default async function MonthPageN(props: PageProps<'/archive/[year]/[month]/page/[page]'>) {
  return <ListView {...await list(props)} />;
}
