import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { hasStandingPage } from '@/lib/content/standing-pages';
import { websiteJsonLd } from '@/lib/seo/json-ld';
import { getContentIndex } from '@/lib/content';
import { ListView, resolveList } from './_views/list-view';
import { pageMetadata } from './_views/page-metadata';

export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  return {
    ...pageMetadata(site, { title: site.name, description: site.description, path: '/' }),
    title: { absolute: `${site.name}: independent news from the North` },
  };
}

export default async function HomePage() {
  const list = await resolveList('/');
  return (
    <>
      <JsonLd data={websiteJsonLd(list.index.site, (slug) => hasStandingPage(list.index, slug))} />
      <ListView {...list} />
    </>
  );
}
