import { z } from 'zod';

/**
 * A topic's entry in `content/tags.yaml` (optional): the display name and description of a tag,
 * written as the tag (`electric-vehicles` or `Electric vehicles`: either finds it).
 */
export const topicSchema = z.strictObject({
  tag: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().min(1).max(300).optional(),
});

export type Topic = z.infer<typeof topicSchema> & { slug: string };

export const topicsFileSchema = z.array(topicSchema);
