import type { Metadata } from 'next';
import { listMetadata, ListView } from '../../_views/list-view';
import { tagList } from '../../_views/tag-list';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  const list = await tagList((await props.params).tag);
  return listMetadata(list, `${list.name}: latest news`, `Every story about ${list.name}, newest first.`, 1);
}

export default async function TagPage(props: PageProps<'/tags/[tag]'>) {
  return <ListView spec={await tagList((await props.params).tag)} page={1} />;
}
