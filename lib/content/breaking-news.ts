import { z } from 'zod';

/**
 * `content/breaking.yaml`: one banner at a time, above every page's header, until it expires. A file
 * of its own rather than a field on an article: the banner is the desk's call for the whole site, may
 * point at a live story, a section or a page, and one file cannot have two stories claiming it.
 */
export const breakingNewsSchema = z.strictObject({
  text: z.string().trim().min(1, 'expected non-empty text').max(160, 'expected at most 160 characters'),
  link: z
    .string()
    .trim()
    .max(400)
    .regex(/^\/(?!\/)/, 'expected a path on this site, such as /news/storm-arwen-live'),
  expires: z.string({ error: 'expected an ISO 8601 time such as 2026-12-01T18:00' }),
});

export interface BreakingNews {
  text: string;
  /** A path on this site, checked by the router like a link in a story. */
  link: string;
  /** ISO 8601 instant (UTC): the banner shows until then. */
  expires: string;
  /** Where it was written, for the link's check. */
  file: string;
  linkLine?: number;
}

/** The banner readers see now: none once it has expired. */
export function currentBreakingNews(breaking: BreakingNews | undefined, now: Date): BreakingNews | undefined {
  return breaking && now.getTime() < Date.parse(breaking.expires) ? breaking : undefined;
}

/** Whether a reload changed the banner, which is on every page. */
export function breakingNewsChanged(before: BreakingNews | undefined, after: BreakingNews | undefined): boolean {
  const shown = (b: BreakingNews | undefined) => (b ? [b.text, b.link, b.expires] : []);
  return JSON.stringify(shown(before)) !== JSON.stringify(shown(after));
}
