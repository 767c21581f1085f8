import type { Root } from 'hast';

/** Classic-editor footnotes: a `<sup>` link to a note further down becomes a Markdown footnote. */
export function convertNoteLists(_tree: Root): void {}
