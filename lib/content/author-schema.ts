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
});

export type Author = z.infer<typeof authorSchema> & { id: string };
