import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** The one place ids get a prefix, so they cannot clobber DOM globals (`id="location"`). */
export const ID_PREFIX = 'user-content-';

/**
 * GitHub's allow-list, plus the few elements editors may write as raw HTML (figure, figcaption), and
 * with ids allowed only when they already carry our prefix: remark-rehype and rehype-slug add it
 * before sanitising, so links to footnotes and headings keep working without JavaScript.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id'), ['id', new RegExp(`^${ID_PREFIX}`)]],
  },
};
