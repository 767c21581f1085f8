import type { Metadata } from 'next';
import type { SiteConfig } from '@/lib/content/site-config-schema';
import { feedAlternates } from '@/lib/seo/feed-links';

export interface PageMetadataSpec {
  title: string;
  description: string;
  /** The page's canonical path. */
  path: string;
  /** The list whose feeds this page advertises besides the site's. */
  feedList?: { path: string; title: string };
}

/**
 * Title, description, canonical URL, feed autodiscovery, OpenGraph and Twitter tags for a page. Next
 * merges metadata shallowly, so each page sets all of these together.
 */
export function pageMetadata(site: SiteConfig, spec: PageMetadataSpec): Metadata {
  return {
    title: spec.title,
    description: spec.description,
    alternates: { canonical: spec.path, types: feedAlternates(site.name, spec.feedList) },
    openGraph: {
      type: 'website',
      url: spec.path,
      title: spec.title,
      description: spec.description,
      siteName: site.name,
      locale: site.language.replace('-', '_'),
    },
    twitter: { card: 'summary_large_image', title: spec.title, description: spec.description },
  };
}
