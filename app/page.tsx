import type { Metadata } from 'next';
import { homeList } from './_views/home-list';
import { ListView } from './_views/list-view';

export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const { index } = await homeList();
  return { title: { absolute: `${index.site.name}: ${index.site.description}` }, alternates: { canonical: '/' } };
}

export default async function HomePage() {
  return <ListView spec={await homeList()} page={1} />;
}
