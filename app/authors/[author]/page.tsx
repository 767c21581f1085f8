import type { Metadata } from 'next';
import { AuthorProfile } from '@/components/author-profile';
import { getContentIndex } from '@/lib/content';
import { authorList } from '../../_views/author-list';
import { listMetadata, ListView } from '../../_views/list-view';

export const revalidate = 60;

export async function generateStaticParams() {
  const { authors } = await getContentIndex();
  return [...authors.keys()].map((author) => ({ author }));
}

export async function generateMetadata(props: PageProps<'/authors/[author]'>): Promise<Metadata> {
  const { author, basePath } = await authorList((await props.params).author);
  return listMetadata(author.name, `${author.role}. ${author.bio}`, basePath, 1);
}

export default async function AuthorPage(props: PageProps<'/authors/[author]'>) {
  const list = await authorList((await props.params).author);
  return <ListView spec={{ ...list, intro: <AuthorProfile author={list.author} /> }} page={1} />;
}
