import { ArticleCard } from '@/components/article-card';
import { LeadStory } from '@/components/lead-story';
import { getAudience, getContentIndex, pickLeadStory, summarizeArticle, visibleArticles } from '@/lib/content';

export const revalidate = 60;

const LATEST_COUNT = 20;

export default async function HomePage() {
  const index = await getContentIndex();
  const articles = visibleArticles(index.articles, getAudience());
  const lead = pickLeadStory(articles);
  const latest = articles.filter((a) => a !== lead).slice(0, LATEST_COUNT);
  const { timeZone } = index.site;
  return (
    <>
      <h1 className="visually-hidden">{index.site.name}: latest news</h1>
      {lead && (
        <section aria-label="Lead story">
          <LeadStory article={summarizeArticle(index, lead)} timeZone={timeZone} />
        </section>
      )}
      <section aria-labelledby="latest-heading" className="latest">
        <h2 id="latest-heading">Latest</h2>
        <div className="card-grid">
          {latest.map((article) => (
            <ArticleCard key={article.slug} article={summarizeArticle(index, article)} timeZone={timeZone} headingLevel={3} />
          ))}
        </div>
      </section>
    </>
  );
}
