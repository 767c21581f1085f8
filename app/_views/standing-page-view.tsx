import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { JsonLd } from '@/components/json-ld';
import { getContentIndex } from '@/lib/content';
import { hasStandingPage, STANDING_PAGES, type StandingPageSlug } from '@/lib/content/standing-pages';
import { organizationJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from './page-metadata';

// The masthead's words when content/pages/masthead.md does not give its own.
const MASTHEAD_DEFAULT = {
  title: 'Masthead',
  description: 'The journalists and editors who make this site.',
};

async function standingPage(slug: StandingPageSlug) {
  const index = await getContentIndex();
  const page =
    index.pages.get(slug) ?? (slug === 'masthead' ? { ...MASTHEAD_DEFAULT, tree: undefined } : undefined);
  if (!page) notFound();
  return { index, page };
}

export async function standingPageMetadata(slug: StandingPageSlug): Promise<Metadata> {
  const { index, page } = await standingPage(slug);
  return pageMetadata(index.site, { title: page.title, description: page.description, path: `/${slug}` });
}

/**
 * A transparency page (about, contact, policies, ownership, masthead) from its Markdown file; the
 * about page carries the newsroom's NewsMediaOrganization, and the masthead lists every journalist
 * with their role after what its file says.
 */
export async function StandingPageView({ slug }: { slug: StandingPageSlug }) {
  const { index, page } = await standingPage(slug);
  const authors = [...index.authors.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <article className="article standing-page">
      {slug === 'about' && (
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            ...organizationJsonLd(index.site, (other) => hasStandingPage(index, other)),
          }}
        />
      )}
      <h1>{page.title}</h1>
      {page.tree && <ArticleBody tree={page.tree} />}
      {slug === 'masthead' && (
        <section aria-labelledby="masthead-staff">
          <h2 id="masthead-staff">Our journalists</h2>
          <ul className="masthead-list">
            {authors.map((author) => (
              <li key={author.id}>
                <a href={`/authors/${author.id}`}>{author.name}</a>, {author.jobTitle ?? author.role}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Footer links to the transparency pages the site has. */
export function standingPageLinks(index: Parameters<typeof hasStandingPage>[0]) {
  return STANDING_PAGES.filter((page) => hasStandingPage(index, page.slug)).map((page) => ({
    href: `/${page.slug}`,
    label: page.name,
  }));
}
