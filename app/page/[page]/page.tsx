import type { Metadata } from 'next';
import { homeList } from '../../_views/home-list';
import { listMetadata, ListView, readPageParam } from '../../_views/list-view';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/page/[page]'>): Promise<Metadata> {
  const list = await homeList();
  return listMetadata(list, list.title, list.description, readPageParam((await props.params).page));
}

export default async function HomePageN(props: PageProps<'/page/[page]'>) {
  return <ListView spec={await homeList()} page={readPageParam((await props.params).page)} />;
}
