import { notFound } from 'next/navigation';
import { getContentIndex, routeFor } from '@/lib/content';
import { SOCIAL_CARD_SIZE, socialCardImage } from '../_views/social-card-image';

export const alt = 'Section card';
export const size = SOCIAL_CARD_SIZE;
export const contentType = 'image/png';
export const revalidate = 3600;

export async function generateStaticParams() {
  const { sections } = await getContentIndex();
  return sections.map((s) => ({ section: s.slug }));
}

export default async function SectionCard(props: { params: Promise<{ section: string }> }) {
  const { section: slug } = await props.params;
  const route = await routeFor(`/${slug}`);
  if (route.kind !== 'list' || route.list.name.type !== 'section') notFound();
  const { section } = route.list.name;
  const index = await getContentIndex();
  return socialCardImage({ title: section.description, kicker: section.name, siteName: index.site.name });
}
