import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { LeadStory } from '@/components/lead-story';
import { getAudience, getContentIndex, pickLeadStory, summarizeArticle, visibleArticles } from '@/lib/content';

export const revalidate = 60;
export const dynamicParams = false;

export async function generateStaticParams() {
  const { sections } = await getContentIndex();
  return sections.map((s) => ({ section: s.slug }));
}

async function resolve(props: PageProps<'/[section]'>) {
  const { section: slug } = await props.params;
  const index = await getContentIndex();
  const section = index.sections.find((s) => s.slug === slug);
  if (!section) notFound();
  return { index, section };
}

export async function generateMetadata(props: PageProps<'/[section]'>): Promise<Metadata> {
  const { section } = await resolve(props);
  return { title: section.name, description: section.description, alternates: { canonical: `/${section.slug}` } };
}

export default async function SectionPage(props: PageProps<'/[section]'>) {
  const { index, section } = await resolve(props);
  const articles = visibleArticles(index.bySection.get(section.slug), getAudience());
  const lead = pickLeadStory(articles);
  const rest = articles.filter((a) => a !== lead);
  const { timeZone } = index.site;
  return (
    <>
      <header className="page-header">
        <h1>{section.name}</h1>
        <p>{section.description}</p>
      </header>
      {lead && <LeadStory article={summarizeArticle(index, lead)} timeZone={timeZone} />}
      <div className="card-grid">
        {rest.map((article) => (
          <ArticleCard key={article.slug} article={summarizeArticle(index, article)} timeZone={timeZone} />
        ))}
      </div>
    </>
  );
}
