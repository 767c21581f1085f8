import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { profilePageJsonLd } from '@/lib/seo/json-ld';
import { listMetadata, ListView, resolveList } from '../../_views/list-view';

export const revalidate = 60;

// Authors multiply with the archive: their pages and feeds render on first request, then come from the cache.
export function generateStaticParams() {
  return [];
}

async function list(props: PageProps<'/authors/[author]'>) {
  return resolveList(`/authors/${(await props.params).author}`);
}

export async function generateMetadata(props: PageProps<'/authors/[author]'>): Promise<Metadata> {
  return listMetadata(await list(props));
}

export default async function AuthorPage(props: PageProps<'/authors/[author]'>) {
  const page = await list(props);
  const { name } = page.list;
  return (
    <>
      {name.type === 'author' && <JsonLd data={profilePageJsonLd(page.index.site, name.author)} />}
      <ListView {...page} />
    </>
  );
}
