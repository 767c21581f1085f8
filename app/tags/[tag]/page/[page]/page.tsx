import type { Metadata } from 'next';
import { listMetadata, ListView, readPageParam } from '../../../../_views/list-view';
import { tagList } from '../../../../_views/tag-list';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/tags/[tag]/page/[page]'>): Promise<Metadata> {
  const params = await props.params;
  const list = await tagList(params.tag);
  return listMetadata(
    list,
    `${list.name}: latest news`,
    `Every story about ${list.name}, newest first.`,
    readPageParam(params.page),
  );
}

export default async function TagPageN(props: PageProps<'/tags/[tag]/page/[page]'>) {
  const params = await props.params;
  const list = await tagList(params.tag);
  return <ListView spec={list} page={readPageParam(params.page)} />;
}
