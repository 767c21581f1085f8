import type { Metadata } from 'next';
import { listMetadata, ListView, readPageParam } from '../../../../../_views/list-view';
import { monthList } from '../../../../../_views/month-list';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(
  props: PageProps<'/archive/[year]/[month]/page/[page]'>,
): Promise<Metadata> {
  const { year, month, page } = await props.params;
  const list = await monthList(year, month);
  return listMetadata(
    list,
    `Archive: ${list.title}`,
    `Every story published in ${list.title}.`,
    readPageParam(page),
  );
}

export default async function MonthPageN(props: PageProps<'/archive/[year]/[month]/page/[page]'>) {
  const { year, month, page } = await props.params;
  const list = await monthList(year, month);
  return <ListView spec={list} page={readPageParam(page)} />;
}
