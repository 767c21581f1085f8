import { z } from 'zod';

/** `content/site.yaml`: the site's own name, address, language and time zone. */
export const siteConfigSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, '')),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 tag such as en-GB'),
  timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone such as Europe/London'),
  logo: z
    .string()
    .regex(/^\/(?!\/)[\w\-./]+\.(?:png|jpe?g|webp)$/i, 'expected a path under public/')
    .optional(),
  /** The newsroom's profiles elsewhere (schema.org sameAs). */
  sameAs: z.array(z.url({ protocol: /^https$/ })).max(20).optional(),
  /** How old a story is before it says so near its headline ("more than 1 year old"); 12 unless set. */
  ageNoticeMonths: z.number().int().min(1).max(1200).optional(),
  /** The newsroom's address for readers (contact page, structured data). */
  email: z.email().optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
