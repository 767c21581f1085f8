import type { Metadata } from 'next';
import { authorList } from '../../../../_views/author-list';
import { listMetadata, ListView, readPageParam } from '../../../../_views/list-view';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/authors/[author]/page/[page]'>): Promise<Metadata> {
  const params = await props.params;
  const list = await authorList(params.author);
  return listMetadata(
    list,
    list.author.name,
    `${list.author.role}. ${list.author.bio}`,
    readPageParam(params.page),
    list.author.name,
  );
}

export default async function AuthorPageN(props: PageProps<'/authors/[author]/page/[page]'>) {
  const params = await props.params;
  const list = await authorList(params.author);
  return <ListView spec={list} page={readPageParam(params.page)} />;
}
