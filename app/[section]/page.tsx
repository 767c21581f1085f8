import type { Metadata } from 'next';
import { getContentIndex } from '@/lib/content';
import { listMetadata, ListView, resolveList } from '../_views/list-view';

export const revalidate = 60;

export async function generateStaticParams() {
  const { sections } = await getContentIndex();
  return sections.map((s) => ({ section: s.slug }));
}

async function list(props: PageProps<'/[section]'>) {
  const p = await props.params;
  return resolveList(`/${p.section}`);
}

export async function generateMetadata(props: PageProps<'/[section]'>): Promise<Metadata> {
  return listMetadata(await list(props));
}

export default async function SectionPage(props: PageProps<'/[section]'>) {
  return <ListView {...await list(props)} />;
}
