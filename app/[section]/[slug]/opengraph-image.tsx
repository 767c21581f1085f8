import { notFound } from 'next/navigation';
import { getContentIndex, routeFor } from '@/lib/content';
import { SOCIAL_CARD_SIZE, socialCardImage } from '../../_views/social-card-image';

export const alt = 'Headline card';
export const size = SOCIAL_CARD_SIZE;
export const contentType = 'image/png';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export default async function ArticleCard(props: { params: Promise<{ section: string; slug: string }> }) {
  const params = await props.params;
  const route = await routeFor(`/${params.section}/${params.slug}/opengraph-image`);
  if (route.kind !== 'article') notFound();
  const { article } = route;
  const index = await getContentIndex();
  const section = index.sections.find((s) => s.slug === article.section);
  return socialCardImage({
    title: article.title,
    kicker: section?.name ?? article.section,
    siteName: index.site.name,
  });
}
