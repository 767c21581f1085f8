import type { ArticleSummary } from '@/lib/content/article-summary';

/** A display-ready article for component tests. */
export function makeSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    slug: 'carmaker-liverpool',
    href: '/business/carmaker-liverpool',
    title: 'Carmaker picks Liverpool',
    summary: 'A research hub for 400 engineers.',
    section: { slug: 'business', name: 'Business', href: '/business' },
    authors: [{ id: 'ada', name: 'Ada Byline', href: '/authors/ada' }],
    date: '2026-11-18T09:30:00.000Z',
    readingMinutes: 4,
    draft: false,
    opinion: false,
    sponsored: false,
    ...overrides,
  };
}
