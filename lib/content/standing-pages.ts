import type { ContentIndex } from './content-index';
import type { ContentProblem } from './problem';

/**
 * The pages readers and Google's news surfaces look for on a news site (Google's transparency
 * guidance names most of them), each a Markdown file in content/pages/ an editor edits, at
 * `/<slug>`; and the schema.org property of NewsMediaOrganization that points at it. The masthead is
 * generated from the authors, with content/pages/masthead.md (optional) before them.
 */
export const STANDING_PAGES = [
  { slug: 'about', name: 'About us', property: undefined },
  { slug: 'contact', name: 'Contact us', property: 'actionableFeedbackPolicy' },
  { slug: 'corrections-policy', name: 'Corrections policy', property: 'correctionsPolicy' },
  { slug: 'ethics-policy', name: 'Ethics policy', property: 'ethicsPolicy' },
  { slug: 'ownership-and-funding', name: 'Ownership and funding', property: 'ownershipFundingInfo' },
  { slug: 'masthead', name: 'Masthead', property: 'masthead' },
] as const;

export type StandingPageSlug = (typeof STANDING_PAGES)[number]['slug'];

/** Whether a standing page is served: it has its file, or it is the masthead (made from the authors). */
export function hasStandingPage(index: Pick<ContentIndex, 'pages'>, slug: StandingPageSlug): boolean {
  return slug === 'masthead' || index.pages.has(slug);
}

/** A warning for each standing page without its file (the masthead's is optional). */
export function missingStandingPages(index: Pick<ContentIndex, 'pages'>): ContentProblem[] {
  return STANDING_PAGES.filter((page) => !hasStandingPage(index, page.slug)).map((page) => ({
    file: `content/pages/${page.slug}.md`,
    field: 'file',
    code: 'missing-page',
    message: `expected the ${page.name.toLowerCase()} page that readers and search engines look for on a news site; write it (front matter title and description, then Markdown)`,
  }));
}
