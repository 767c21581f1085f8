import { notFound } from 'next/navigation';
import { findArticle, getAudience, getContentIndex } from '@/lib/content';
import { SOCIAL_CARD_SIZE, socialCardImage } from '../../_views/social-card-image';

export const alt = 'Headline card';
export const size = SOCIAL_CARD_SIZE;
export const contentType = 'image/png';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export default async function ArticleCard(props: { params: Promise<{ section: string; slug: string }> }) {
  const { slug } = await props.params;
  const index = await getContentIndex();
  const article = findArticle(index, slug, getAudience());
  if (!article) notFound();
  const section = index.sections.find((s) => s.slug === article.section);
  return socialCardImage({
    title: article.title,
    kicker: section?.name ?? article.section,
    siteName: index.site.name,
  });
}
