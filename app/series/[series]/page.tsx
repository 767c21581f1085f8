import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { OptimizedImage } from '@/components/optimized-image';
import { getAudience, getContentIndex, summarizeArticle } from '@/lib/content';
import { seriesParts } from '@/lib/lists/series-parts';
import { pageMetadata } from '../../_views/page-metadata';

export const revalidate = 60;

export async function generateStaticParams() {
  const index = await getContentIndex();
  return [...index.series.keys()].map((series) => ({ series }));
}

/** A series and its parts the reader may see, as the router decided (proxy.ts answered a missing one). */
async function resolve(props: PageProps<'/series/[series]'>) {
  const { series: id } = await props.params;
  const index = await getContentIndex();
  const series = index.series.get(id);
  const parts = seriesParts(index, id, getAudience());
  if (!series || parts.length === 0) notFound();
  return { index, series, parts };
}

export async function generateMetadata(props: PageProps<'/series/[series]'>): Promise<Metadata> {
  const { index, series } = await resolve(props);
  return pageMetadata(index.site, {
    title: series.name,
    description: series.description,
    path: `/series/${series.id}`,
  });
}

/** A story thread: its name and description, then every part, oldest first, each numbered. */
export default async function SeriesPage(props: PageProps<'/series/[series]'>) {
  const { index, series, parts } = await resolve(props);
  return (
    <>
      <header className="page-header">
        <p className="series-kicker">Series</p>
        <h1>{series.name}</h1>
        <p>{series.description}</p>
      </header>
      {series.image && series.width && series.height && (
        <OptimizedImage
          src={series.image}
          alt=""
          width={series.width}
          height={series.height}
          sizes="(min-width: 64rem) 60rem, 100vw"
          loading="eager"
          className="series-image"
        />
      )}
      <ol className="series-parts">
        {parts.map((article, i) => (
          <li key={article.slug}>
            <p className="series-part">
              Part {i + 1} of {parts.length}
            </p>
            <ArticleCard article={summarizeArticle(index, article)} timeZone={index.site.timeZone} />
          </li>
        ))}
      </ol>
    </>
  );
}
