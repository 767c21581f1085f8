import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleByline } from '@/components/article-byline';
import { Breadcrumb } from '@/components/breadcrumb';
import { CorrectionNotes } from '@/components/correction-notes';
import { LeadImage } from '@/components/lead-image';
import { RelatedArticles } from '@/components/related-articles';
import {
  articlePath,
  findArticle,
  findRelated,
  getAudience,
  getContentIndex,
  loadArticleBody,
  sizedImage,
  summarizeArticle,
  visibleArticles,
} from '@/lib/content';
import { isUnpublished } from '@/lib/content/visibility';

export const revalidate = 60;

// Only the newest articles are rendered at build time; the rest render on first request and are then
// served from the cache, so builds stay flat as the archive grows.
const PRERENDERED_ARTICLES = 50;

export async function generateStaticParams() {
  const index = await getContentIndex();
  return visibleArticles(index.articles, getAudience())
    .slice(0, PRERENDERED_ARTICLES)
    .map((a) => ({ section: a.section, slug: a.slug }));
}

async function resolve(props: PageProps<'/[section]/[slug]'>) {
  const { section, slug } = await props.params;
  const index = await getContentIndex();
  const article = findArticle(index, slug, getAudience());
  if (!article) notFound();
  if (article.section !== section) permanentRedirect(articlePath(article));
  return { index, article };
}

export async function generateMetadata(props: PageProps<'/[section]/[slug]'>): Promise<Metadata> {
  const { article } = await resolve(props);
  return { title: article.title, description: article.summary, alternates: { canonical: articlePath(article) } };
}

export default async function ArticlePage(props: PageProps<'/[section]/[slug]'>) {
  const { index, article } = await resolve(props);
  const audience = getAudience();
  const summary = summarizeArticle(index, article);
  const related = findRelated(index, article, audience).map((a) => summarizeArticle(index, a));
  const html = await loadArticleBody(article);
  const image = sizedImage(article.image);
  const { timeZone } = index.site;
  return (
    <article className="article">
      <Breadcrumb crumbs={[{ name: 'Home', href: '/' }, { name: summary.section.name, href: summary.section.href }, { name: article.title }]} />
      {isUnpublished(article, audience.now) && (
        <p className="draft-banner">{article.draft ? 'Draft' : 'Scheduled'}: readers cannot see this article yet. It is shown only in preview.</p>
      )}
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="standfirst">{article.summary}</p>
        <ArticleByline article={summary} timeZone={timeZone} />
      </header>
      {image && <LeadImage image={image} />}
      <ArticleBody html={html} />
      <CorrectionNotes corrections={article.corrections} timeZone={timeZone} />
      <RelatedArticles articles={related} timeZone={timeZone} />
    </article>
  );
}
