import type { Metadata } from 'next';
import { getContentIndex } from '@/lib/content';
import { listMetadata, ListView } from '../_views/list-view';
import { sectionList } from '../_views/section-list';

export const revalidate = 60;

export async function generateStaticParams() {
  const { sections } = await getContentIndex();
  return sections.map((s) => ({ section: s.slug }));
}

export async function generateMetadata(props: PageProps<'/[section]'>): Promise<Metadata> {
  const list = await sectionList((await props.params).section);
  return listMetadata(list, list.name, list.description, 1, list.name);
}

export default async function SectionPage(props: PageProps<'/[section]'>) {
  return <ListView spec={await sectionList((await props.params).section)} page={1} />;
}
