import { createReadStream } from 'node:fs';
import { Parser } from 'htmlparser2';

/** A `<category>` on an item: `domain` is `category` or `post_tag` (or a custom taxonomy). */
export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

/** One `<item>` of the export as written: its simple fields by element name, its terms, meta and comments. */
export interface WxrItem {
  line: number;
  /** Child elements with text only, by qualified name: `title`, `wp:post_id`, `content:encoded`… */
  fields: Record<string, string>;
  /** The line each field starts on, for report lines inside a body. */
  fieldLines: Record<string, number>;
  terms: WxrItemTerm[];
  /** `wp:postmeta` pairs; a key may repeat (`_wp_old_slug`). */
  meta: { key: string; value: string }[];
  /** Approved comments (spam and the moderation queue are left out of the count). */
  comments: number;
}

/** What the export holds, in the order it holds it. */
export type WxrRecord =
  | { type: 'channel'; fields: Record<string, string> }
  | { type: 'author' | 'category' | 'tag' | 'term'; line: number; fields: Record<string, string> }
  | { type: 'item'; item: WxrItem };

const CHANNEL_RECORDS: Record<string, 'author' | 'category' | 'tag' | 'term'> = {
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  'wp:term': 'term',
};

/**
 * Streams a WordPress export (WXR 1.1/1.2) record by record, each with its line, holding one item at a
 * time. htmlparser2 rather than a strict XML parser: exports are often not well-formed (stray `&`,
 * control characters, a truncated tail), and WordPress itself reads them leniently; in xmlMode it keeps
 * case, decodes XML entities once and reads CDATA (so `]]]]><![CDATA[>` splits join up).
 */
export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const out: WxrRecord[] = [];
  const lines = createLineCounter();
  const parser: Parser = new Parser(
    createHandlers(out, (): number => lines.lineAt(parser.startIndex)),
    {
      xmlMode: true,
      decodeEntities: true,
    },
  );
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<string>) {
    lines.feed(chunk);
    parser.write(chunk);
    yield* out.splice(0);
  }
  parser.end();
  yield* out.splice(0);
}

function createHandlers(out: WxrRecord[], lineNow: () => number) {
  const stack: string[] = [];
  const channel: Record<string, string> = {};
  let text = '';
  let item: WxrItem | undefined;
  let record:
    | {
        type: 'author' | 'category' | 'tag' | 'term';
        tag: string;
        line: number;
        fields: Record<string, string>;
      }
    | undefined;
  let term: { domain: string; nicename: string } | undefined;
  let meta: Record<string, string> = {};
  let comment: Record<string, string> = {};
  let channelSent = false;
  const sendChannel = () => {
    if (!channelSent) out.push({ type: 'channel', fields: { ...channel } });
    channelSent = true;
  };
  return {
    onopentag(name: string, attribs: Record<string, string>) {
      const line = lineNow();
      stack.push(name);
      text = '';
      if (name === 'item') {
        sendChannel();
        item = { line, fields: {}, fieldLines: {}, terms: [], meta: [], comments: 0 };
      } else if (item && name === 'category')
        term = { domain: attribs.domain ?? 'category', nicename: attribs.nicename ?? '' };
      else if (item && name === 'wp:postmeta') meta = {};
      else if (item && name === 'wp:comment') comment = {};
      else if (item && stack.at(-2) === 'item') item.fieldLines[name] = line;
      else if (!item && !record && CHANNEL_RECORDS[name])
        record = { type: CHANNEL_RECORDS[name], tag: name, line, fields: {} };
    },
    ontext(data: string) {
      text += data;
    },
    onclosetag(name: string) {
      stack.pop();
      text = detach(text);
      const parent = stack.at(-1);
      if (item) {
        if (name === 'item') {
          out.push({ type: 'item', item });
          item = undefined;
        } else if (name === 'category' && term) {
          item.terms.push({ ...term, name: text });
          term = undefined;
        } else if (parent === 'wp:postmeta') meta[name] = text;
        else if (name === 'wp:postmeta')
          item.meta.push({ key: meta['wp:meta_key'] ?? '', value: meta['wp:meta_value'] ?? '' });
        else if (parent === 'wp:comment') comment[name] = text;
        else if (name === 'wp:comment') item.comments += comment['wp:comment_approved'] === '1' ? 1 : 0;
        else if (parent === 'item') item.fields[name] = text;
      } else if (record) {
        if (name === record.tag) {
          out.push({ type: record.type, line: record.line, fields: record.fields });
          record = undefined;
        } else record.fields[name] = text;
      } else if (parent === 'channel') channel[name] = text;
      else if (name === 'channel') sendChannel();
      text = '';
    },
  };
}

// The parser's text is a slice of the 256 KB chunk it came in, and V8 keeps the whole chunk alive for
// as long as any slice of it lives: a title kept for the report would keep its chunk. Short values are
// copied out (measured: 10,000 posts ran out of a 96 MB heap without this, and import in it with it);
// long ones (bodies) are let go with their item.
function detach(text: string): string {
  return text.length > 0 && text.length < 4096 ? Buffer.from(text, 'utf8').toString('utf8') : text;
}

/** Turns the parser's character offsets into 1-based lines, counting each character once. */
function createLineCounter() {
  const chunks: { start: number; text: string }[] = [];
  let end = 0;
  let cursor = 0;
  let line = 1;
  return {
    feed(text: string) {
      chunks.push({ start: end, text });
      end += text.length;
      while (chunks.length > 1 && (chunks[0]?.start ?? 0) + (chunks[0]?.text.length ?? 0) <= cursor)
        chunks.shift();
    },
    lineAt(index: number): number {
      if (index <= cursor) return line;
      for (const chunk of chunks) {
        const chunkEnd = chunk.start + chunk.text.length;
        if (chunkEnd <= cursor) continue;
        const to = Math.min(index, chunkEnd) - chunk.start;
        for (let i = Math.max(cursor, chunk.start) - chunk.start; i < to; i++)
          if (chunk.text.charCodeAt(i) === 10) line++;
        if (index <= chunkEnd) break;
      }
      cursor = index;
      return line;
    },
  };
}
