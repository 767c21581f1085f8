import { z } from 'zod';

/** An author file, `content/authors/<id>.yaml`; the id is the file name. */
export const authorSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.string().trim().min(1).max(120),
  bio: z.string().trim().min(1).max(1000),
  avatar: z
    .string()
    .regex(
      /^\/(?!\/)[\w\-./]+\.(?:jpe?g|png|webp|avif|svg)$/i,
      'expected a path under public/ such as /authors/id.png',
    )
    .optional(),
  /** Their profiles elsewhere (schema.org sameAs), shown on their page. */
  sameAs: z.array(z.url({ protocol: /^https$/ })).max(10).optional(),
  /** Shown on their page only when set. */
  email: z.email().optional(),
  /** A formal title when the role does not say it ("Senior reporter"); the role otherwise. */
  jobTitle: z.string().trim().min(1).max(120).optional(),
  /** What they know: "Covers energy, climate and universities; a former marine biologist." */
  expertise: z.string().trim().min(1).max(300).optional(),
});

export type Author = z.infer<typeof authorSchema> & { id: string };
