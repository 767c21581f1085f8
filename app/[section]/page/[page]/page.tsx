import type { Metadata } from 'next';
import { listMetadata, ListView, readPageParam } from '../../../_views/list-view';
import { sectionList } from '../../../_views/section-list';

export const revalidate = 60;

// Later pages render on first request and are then cached.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/[section]/page/[page]'>): Promise<Metadata> {
  const params = await props.params;
  const list = await sectionList(params.section);
  return listMetadata(list, list.name, list.description, readPageParam(params.page), list.name);
}

export default async function SectionPageN(props: PageProps<'/[section]/page/[page]'>) {
  const params = await props.params;
  const list = await sectionList(params.section);
  return <ListView spec={list} page={readPageParam(params.page)} />;
}
