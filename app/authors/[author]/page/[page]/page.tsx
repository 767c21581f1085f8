import type { Metadata } from 'next';
import { listMetadata, ListView, resolveList } from '../../../../_views/list-view';

export const revalidate = 60;

// Rendered on first request, then served from the cache.
export function generateStaticParams() {
  return [];
}

async function list(props: PageProps<'/authors/[author]/page/[page]'>) {
  const p = await props.params;
  return resolveList(`/authors/${p.author}/page/${p.page}`);
}

export async function generateMetadata(props: PageProps<'/authors/[author]/page/[page]'>): Promise<Metadata> {
  return listMetadata(await list(props));
}

export default async function AuthorPageN(props: PageProps<'/authors/[author]/page/[page]'>) {
  return <ListView {...await list(props)} />;
}
