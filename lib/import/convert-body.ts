import { type Attachment, type ConvertedBody, htmlToMarkdown } from './html-to-markdown';
import { rewriteMarkdownImages } from './rewrite-markdown-images';
import type { SourceLocation, SourcePost } from './source-post';

export type { ConvertedBody } from './html-to-markdown';

export interface ConvertOptions {
  at: SourceLocation;
  /** The new path of an image of the old site, or undefined when it could not be brought across. */
  resolveImage?: (src: string) => string | undefined;
  /** A WordPress attachment by id (`[gallery ids=…]`, `[caption id="attachment_…"]`). */
  resolveAttachment?: (id: string) => Attachment | undefined;
}

/**
 * A source body as this site's Markdown: HTML (WordPress) through htmlToMarkdown; Markdown (static
 * sites, already converted by their reader) as it is, its images pointed at their copies.
 */
export function convertBody(body: SourcePost['body'], options: ConvertOptions): ConvertedBody {
  if (body.format === 'markdown')
    return rewriteMarkdownImages(body.text, options.resolveImage ?? (() => undefined), options.at);
  return htmlToMarkdown(body.text, options);
}
