import { z } from 'zod';

/** A story thread in `content/series.yaml`: its id is its address, `/series/<id>`. */
export const seriesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens'),
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(300),
  image: z
    .string()
    .regex(/^\/(?!\/)[\w\-./]+\.(?:png|jpe?g|webp)$/i, 'expected a path under public/')
    .optional(),
});

/** With its image's size, read when the content is loaded. */
export type Series = z.infer<typeof seriesSchema> & { width?: number; height?: number };

/** `content/series.yaml`: a list of series (the file is optional). */
export const seriesFileSchema = z.array(seriesSchema);

