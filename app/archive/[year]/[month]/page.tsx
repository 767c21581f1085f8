import type { Metadata } from 'next';
import { listMetadata, ListView } from '../../../_views/list-view';
import { monthList } from '../../../_views/month-list';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: PageProps<'/archive/[year]/[month]'>): Promise<Metadata> {
  const { year, month } = await props.params;
  const list = await monthList(year, month);
  return listMetadata(list, `Archive: ${list.title}`, `Every story published in ${list.title}.`, 1);
}

export default async function MonthPage(props: PageProps<'/archive/[year]/[month]'>) {
  const { year, month } = await props.params;
  return <ListView spec={await monthList(year, month)} page={1} />;
}
