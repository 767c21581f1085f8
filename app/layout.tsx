import type { Metadata, Viewport } from 'next';
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/content-problems';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { standingPageLinks } from './_views/standing-page-view';
import { getAudience, getContentIndex } from '@/lib/content';
import { currentBreakingNews } from '@/lib/content/breaking-news';
import { feedAlternates } from '@/lib/seo/feed-links';
import './globals.css';

// Only `next dev` refreshes on content edits. The build replaces NODE_ENV, so production bundles drop
// the import altogether (a dynamic() that merely never renders still ships its chunk on every page).
const LiveContentRefresh =
  process.env.NODE_ENV === 'development'
    ? dynamic(() => import('@/components/live-content-refresh').then((m) => m.LiveContentRefresh))
    : () => null;

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: feedAlternates(site.name) },
    // Discover shows a story as a large card only when the site allows large image previews; pages
    // that must not be indexed (search, drafts, 404, 410) set their own robots, which replaces this.
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
  };
}

// Every page shows the breaking-news banner, so none may be kept past a minute: the pages' own
// settings match, and this one reaches the pages that have none (the prerendered not-found page).
export const revalidate = 60;

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111418' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const index = await getContentIndex();
  const { site, sections, breaking, skipped = [] } = index;
  const preview = process.env.NODE_ENV === 'development';
  // Judged at render: an expired banner leaves each page when it is next rendered, within its
  // revalidate time (60 s), with no rebuild.
  const banner = currentBreakingNews(breaking, getAudience().now);
  return (
    <html lang={site.language}>
      <body>
        <SiteHeader
          siteName={site.name}
          sections={sections}
          lists={[{ href: '/opinion', name: 'Opinion' }]}
          breaking={banner}
        />
        <main id="main" tabIndex={-1}>
          {preview && <ContentProblems problems={skipped} />}
          {children}
        </main>
        {preview && <LiveContentRefresh />}
        <SiteFooter
          siteName={site.name}
          description={site.description}
          sections={sections}
          pages={standingPageLinks(index)}
        />
      </body>
    </html>
  );
}
