import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** The one place ids get a prefix, so they cannot clobber DOM globals (`id="location"`). */
export const ID_PREFIX = 'user-content-';

/** Raw HTML elements editors may use beyond Markdown; the README lists them. */
export const EDITOR_ELEMENTS = ['figure', 'figcaption', 'abbr', 'mark', 'small', 'cite'];

/**
 * GitHub's allow-list (which has sub, sup, kbd, details), plus the few elements editors may write as
 * raw HTML for news copy (figure, figcaption, abbr with a title, mark, small, cite), and
 * with ids allowed only when they already carry our prefix: mdast-util-to-hast and slugHeadings
 * (shape-tree.ts) add it before sanitising, so links to footnotes and headings keep working
 * without JavaScript.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), ...EDITOR_ELEMENTS],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id'),
      ['id', new RegExp(`^${ID_PREFIX}`)],
    ],
  },
};
