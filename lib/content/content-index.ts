import type { RelatedScore } from '../related/rank-related';
import type { Article } from './article';
import type { Author } from './author-schema';
import type { BreakingNews } from './breaking-news';
import type { Section } from './section-schema';
import type { Series } from './series-schema';
import type { Topic } from './topic-schema';
import type { ContentProblem } from './problem';
import type { SiteConfig } from './site-config-schema';
import type { StandingPage } from './parse-page';
import type { TreeStore } from './tree-store';
import type { LiveDesk } from '../live/live-desk';

/** Every article and lookup the site needs, built once per process. Lists are newest first. */
export interface ContentIndex {
  site: SiteConfig;
  /** In their configured order. */
  sections: Section[];
  authors: Map<string, Author>;
  /** Every article, drafts and scheduled ones included: queries decide what a reader may see. */
  articles: Article[];
  bySlug: Map<string, Article>;
  bySection: Map<string, Article[]>;
  byTag: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  /** Stories by their old addresses' keys (aliases.ts), removed ones included: the router's redirects. */
  aliases: Map<string, Article>;
  /** The articles most like one article, best first, ranked on first request (see rank-related.ts). */
  relatedTo: (slug: string) => RelatedScore[];
  /**
   * Ranks the archive for relatedTo in slices, leaving the event loop free between them (the server
   * does this as it starts). Without it, the first relatedTo ranks the archive at once.
   */
  prepareRelated: () => Promise<void>;
  /**
   * The start of an article's body as plain text, for the search index: read from where its tree is
   * stored, so the index never holds the archive's text (150 MB at 100,000 stories).
   */
  bodyStart: (slug: string) => string;
  /** `content/breaking.yaml`'s banner, expired or not: currentBreakingNews says whether it shows. */
  breaking?: BreakingNews;
  /** Story threads (`content/series.yaml`), by id. */
  series: Map<string, Series>;
  /** Topics' display names and descriptions (`content/tags.yaml`), by tag slug. */
  topics: Map<string, Topic>;
  /** Standing pages (`content/pages/<slug>.md`), by slug. */
  pages: Map<string, StandingPage>;
  /** Every file under public/, as a site path (`/images/x.jpg`), so the router knows what exists. */
  publicFiles: ReadonlySet<string>;
  /** Where each article's body tree is kept, by `article.bodyKey`. */
  trees: TreeStore;
  /** Live stories' updates, read from content/live/ as they land (set once the index is loaded). */
  live?: LiveDesk;
  /**
   * The files it was read from (paths, sizes and times, with public/, the site's address and the
   * parser; see index-snapshot.ts): two indexes with one signature hold the same content. Absent for
   * an index not loaded from a folder.
   */
  signature?: string;
  /** In `next dev` only: problems of the articles left out of the preview. */
  skipped?: ContentProblem[];
}
