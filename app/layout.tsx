import type { Metadata, Viewport } from 'next';
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/content-problems';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getContentIndex } from '@/lib/content';
import { feedAlternates } from '@/lib/seo/feed-links';
import './globals.css';

// Loaded only where it renders (`next dev`), so production pages do not ship its script.
const LiveContentRefresh = dynamic(() =>
  import('@/components/live-content-refresh').then((m) => m.LiveContentRefresh),
);

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: feedAlternates(site.name) },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111418' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { site, sections, skipped = [] } = await getContentIndex();
  const preview = process.env.NODE_ENV === 'development';
  return (
    <html lang={site.language}>
      <body>
        <SiteHeader siteName={site.name} sections={sections} />
        <main id="main" tabIndex={-1}>
          {preview && <ContentProblems problems={skipped} />}
          {children}
        </main>
        {preview && <LiveContentRefresh />}
        <SiteFooter siteName={site.name} description={site.description} sections={sections} />
      </body>
    </html>
  );
}
