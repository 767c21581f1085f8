import type { Metadata } from 'next';
import { AuthorProfile } from '@/components/author-profile';
import { JsonLd } from '@/components/json-ld';
import { profilePageJsonLd } from '@/lib/seo/json-ld';
import { authorList } from '../../_views/author-list';
import { listMetadata, ListView } from '../../_views/list-view';

export const revalidate = 60;

// Authors multiply with the archive: their pages and feeds render on first request, then come from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/authors/[author]'>): Promise<Metadata> {
  const list = await authorList((await props.params).author);
  return listMetadata(list, list.author.name, `${list.author.role}. ${list.author.bio}`, 1, list.author.name);
}

export default async function AuthorPage(props: PageProps<'/authors/[author]'>) {
  const list = await authorList((await props.params).author);
  return (
    <>
      <JsonLd data={profilePageJsonLd(list.index.site, list.author)} />
      <ListView spec={{ ...list, intro: <AuthorProfile author={list.author} /> }} page={1} />
    </>
  );
}
