import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import backticks from 'markdown-it/lib/rules_inline/backticks.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type { Delimiter } from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { AlignType, List, ListItem, Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Position } from 'unist';

// markdown-it tokenises CommonMark and GFM's tables, strikethrough and footnotes about fifteen times
// faster than micromark (0.13 against 1.9 ms a bench story, where micromark was half of every parse on
// a cold build). Its flat token stream is turned here into the mdast tree that the rest of the
// pipeline (mdast-util-to-hast, hast-util-raw, the sanitiser) has always read.
const tokenizer = new MarkdownIt('commonmark', { html: true })
  .enable(['table', 'strikethrough'])
  // The plugin's types name markdown-it's CommonJS build; the plugin itself takes either.
  .use(markdownItFootnote as unknown as PluginSimple);
// Depth is bounded before parsing and in the tree (check-nesting.ts); markdown-it would otherwise
// silently drop what is nested past its limit (20 in the CommonMark preset). Its Options type omits it.
(tokenizer.options as { maxNesting: number }).maxNesting = 10_000;
// `^[inline notes]` are not GFM. The plugin's tail moves definitions to the end and matches them
// by exact label; GFM matches labels regardless of case, and mdast-util-to-hast lists the notes, so
// definitions stay where they were written (footnote_reference_open) and are matched by key (below).
tokenizer.inline.ruler.disable('footnote_inline');
tokenizer.core.ruler.disable('footnote_tail');
// GFM strikes through with one tilde or two, the closing run as long as the opening one.
tokenizer.inline.ruler.at('strikethrough', tokenizeTildes);
tokenizer.inline.ruler2.at('strikethrough', pairTildes);
// A code span turns its line endings into spaces; the lines it spanned are kept, so a link after it
// is reported on its own line.
tokenizer.inline.ruler.at('backticks', (state, silent) => {
  const start = state.pos;
  if (!backticks(state, silent)) return false;
  const token = state.tokens[state.tokens.length - 1];
  if (!silent && token?.type === 'code_inline')
    token.meta = { lines: countNewlines(state.src.slice(start, state.pos)) };
  return true;
});
// URLs stay as written (escapes and entities decoded): mdast-util-to-hast encodes them, and the
// sanitiser, not the tokenizer, decides which protocols are allowed.
tokenizer.validateLink = () => true;
tokenizer.normalizeLink = (url) => url;
tokenizer.normalizeLinkText = (text) => text;

const autolinkLiterals = gfmAutolinkLiteralFromMarkdown().transforms ?? [];
// Every bare URL or address the transform links holds one of these in a single text node; it walks
// the whole tree with four patterns per text node, 18 % of a cold parse, for stories that have none.
const MAYBE_LINKED = /https?:\/\/|www\.|@/i;

/**
 * Reads GitHub-flavoured Markdown (with raw HTML) into an mdast tree: CommonMark, tables,
 * strikethrough, footnotes, task list items and bare URLs. Nodes carry their 1-based source line;
 * links and images also carry a column that no HTML element can have, so the references written in
 * Markdown are told apart from those in raw HTML (derive-body.ts). Iterative, so depth never
 * overflows the stack.
 * @example readMarkdown('Hello *world*').children[0] // { type: 'paragraph', children: [text, emphasis] }
 */
export function readMarkdown(markdown: string): Root {
  // The footnote plugin keys definitions `:label`; GFM labels match case- and space-insensitively.
  const refs = new Proxy({} as Record<string, number>, {
    get: (target, key) => (typeof key === 'string' ? target[normalizeLabel(key)] : undefined),
    set: (target, key, value: number) => {
      if (typeof key === 'string') target[normalizeLabel(key)] = value;
      return true;
    },
  });
  const tokens = tokenizer.parse(markdown, { footnotes: { refs } });
  const lineStarts = findLineStarts(markdown);
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1] as Parent;
  const push = (node: Nodes, line: number) => {
    node.position = at(line, lineStarts);
    (top().children as Nodes[]).push(node);
  };
  const open = (node: Nodes & Parent, line: number) => {
    push(node, line);
    stack.push(node);
  };
  let line = 1;
  let references = 0;
  const texts: Text[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.map) line = token.map[0] + 1;
    switch (token.type) {
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] }, line);
        break;
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) as 1, children: [] }, line);
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] }, line);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const list: List = { type: 'list', ordered, spread: !isTight(tokens, i), children: [] };
        if (ordered) list.start = Number(token.attrGet('start') ?? 1);
        open(list, line);
        break;
      }
      case 'list_item_open': {
        const list = top() as List;
        const item: ListItem = {
          type: 'listItem',
          spread: list.spread ?? false,
          checked: null,
          children: [],
        };
        open(item, line);
        break;
      }
      case 'table_open':
        open({ type: 'table', align: tableAlign(tokens, i), children: [] }, line);
        break;
      case 'tr_open':
        open({ type: 'tableRow', children: [] }, line);
        break;
      case 'th_open':
      case 'td_open':
        open({ type: 'tableCell', children: [] }, line);
        break;
      case 'footnote_reference_open': {
        const label = String((token.meta as { label?: string }).label ?? '');
        open({ type: 'footnoteDefinition', identifier: normalizeLabel(label), label, children: [] }, line);
        break;
      }
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
      case 'footnote_reference_close':
        close(stack);
        break;
      case 'list_item_close':
        readTaskItem(top() as ListItem);
        close(stack);
        break;
      case 'thead_open':
      case 'thead_close':
      case 'tbody_open':
      case 'tbody_close':
        break;
      case 'hr':
        push({ type: 'thematicBreak' }, line);
        break;
      case 'fence': {
        const info = tokenizer.utils.unescapeAll(token.info).trim();
        const space = info.search(/\s/);
        const lang = space < 0 ? info : info.slice(0, space);
        const meta = space < 0 ? '' : info.slice(space).trim();
        push(
          { type: 'code', lang: lang || null, meta: meta || null, value: withoutFinalNewline(token.content) },
          line,
        );
        break;
      }
      case 'code_block':
        push({ type: 'code', lang: null, meta: null, value: withoutFinalNewline(token.content) }, line);
        break;
      case 'html_block':
        push({ type: 'html', value: token.content.replace(/\n+$/, '') }, line);
        break;
      case 'inline':
        line = readInline(token.children ?? [], top(), line);
        break;
      default:
        throw new Error(`readMarkdown: no mdast node for markdown-it token ${token.type}`);
    }
  }
  if (texts.some((text) => MAYBE_LINKED.test(text.value)))
    for (const transform of autolinkLiterals) transform(root);
  return root;

  function readInline(children: Token[], parent: Parent, startLine: number): number {
    const inline: Parent[] = [parent];
    let current = startLine;
    const into = () => inline[inline.length - 1] as Parent;
    const add = (node: PhrasingContent) => {
      node.position ??= at(current, lineStarts);
      const siblings = into().children as PhrasingContent[];
      const last = siblings[siblings.length - 1];
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else {
        siblings.push(node);
        if (node.type === 'text') texts.push(node);
      }
    };
    const enter = (node: PhrasingContent & Parent) => {
      add(node);
      inline.push(node);
    };
    for (let i = 0; i < children.length; i++) {
      const token = children[i] as Token;
      switch (token.type) {
        case 'text':
          add({ type: 'text', value: token.content });
          break;
        case 'softbreak':
          add({ type: 'text', value: '\n' });
          current++;
          break;
        case 'hardbreak':
          add({ type: 'break' });
          current++;
          break;
        case 'code_inline':
          add({ type: 'inlineCode', value: token.content });
          current += (token.meta as { lines?: number } | null)?.lines ?? 0;
          break;
        case 'html_inline':
          add({ type: 'html', value: token.content });
          current += countNewlines(token.content);
          break;
        case 'em_open':
          enter({ type: 'emphasis', children: [] });
          break;
        case 'strong_open':
          enter({ type: 'strong', children: [] });
          break;
        case 's_open':
          enter({ type: 'delete', children: [] });
          break;
        case 'link_open': {
          enter({
            type: 'link',
            url: token.attrGet('href') ?? '',
            title: token.attrGet('title') ?? null,
            children: [],
            position: markdownAt(current, ++references, lineStarts),
          });
          break;
        }
        case 'em_close':
        case 'strong_close':
        case 's_close':
        case 'link_close':
          inline.pop();
          break;
        case 'image':
          add({
            type: 'image',
            url: token.attrGet('src') ?? '',
            title: token.attrGet('title') ?? null,
            alt: altText(token.children ?? []),
            position: markdownAt(current, ++references, lineStarts),
          });
          current += countBreaks(token.children ?? []);
          break;
        case 'footnote_ref': {
          const label = String((token.meta as { label?: string }).label ?? '');
          add({ type: 'footnoteReference', identifier: normalizeLabel(label), label });
          break;
        }
        default:
          throw new Error(`readMarkdown: no mdast node for markdown-it inline token ${token.type}`);
      }
    }
    return current;
  }
}

function close(stack: Parent[]) {
  if (stack.length > 1) stack.pop();
}

// hast-util-raw places the elements it parses from raw HTML only from a start with an offset.
function at(line: number, lineStarts: readonly number[]): Position {
  const point = { line, column: 1, offset: lineStarts[line - 1] ?? 0 };
  return { start: point, end: point };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// Columns past any real line's length: HTML elements, placed by their true columns, never share them.
const MARKDOWN_COLUMN = 1_000_000_000;
function markdownAt(line: number, n: number, lineStarts: readonly number[]): Position {
  const point = { line, column: MARKDOWN_COLUMN + n, offset: lineStarts[line - 1] ?? 0 };
  return { start: point, end: point };
}

/** markdown-it hides a tight list's paragraphs; a list is loose (spread) when they are shown. */
function isTight(tokens: Token[], openIndex: number): boolean {
  const level = (tokens[openIndex] as Token).level;
  for (let i = openIndex + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level === level && token.type.endsWith('_list_close')) return true;
    if (token.type === 'paragraph_open' && token.level === level + 2) return token.hidden;
  }
  return true;
}

function tableAlign(tokens: Token[], openIndex: number): AlignType[] {
  const align: AlignType[] = [];
  for (let i = openIndex + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'tr_close') break;
    if (token.type !== 'th_open') continue;
    const style = token.attrGet('style') ?? '';
    const found = /text-align:(left|right|center)/.exec(style);
    align.push((found?.[1] as AlignType | undefined) ?? null);
  }
  return align;
}

const TASK = /^\[([ \t]|x|X)\](?=[ \t]|$)/;

/** GFM task list items: `[ ]` or `[x]` opening an item's first paragraph. */
function readTaskItem(item: ListItem) {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const head = (first as Paragraph).children[0];
  if (head?.type !== 'text') return;
  const found = TASK.exec(head.value);
  if (!found) return;
  const rest = head.value.slice(found[0].length).replace(/^[ \t]+/, '');
  // A checkbox with nothing after it on its line is text, as GitHub shows it.
  if (!rest && (first as Paragraph).children.length === 1) return;
  item.checked = found[1] === 'x' || found[1] === 'X';
  if (rest) (head as Text).value = rest;
  else (first as Paragraph).children.shift();
}

function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase();
}

function altText(children: Token[]): string {
  let alt = '';
  for (const token of children) {
    if (token.type === 'text' || token.type === 'code_inline') alt += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') alt += '\n';
    else if (token.type === 'image') alt += altText(token.children ?? []);
  }
  return alt;
}

function countBreaks(children: Token[]): number {
  return children.filter((token) => token.type === 'softbreak' || token.type === 'hardbreak').length;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function withoutFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

const TILDE = 0x7e;
// Distinct markers keep markdown-it's balance_pairs from closing `~` with `~~`.
const ONE_TILDE = TILDE;
const TWO_TILDES = TILDE * 0x100 + TILDE;

function tokenizeTildes(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  if (scanned.length <= 2)
    state.delimiters.push({
      marker: scanned.length === 1 ? ONE_TILDE : TWO_TILDES,
      length: 0, // no "rule of 3", which is for emphasis
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  state.pos += scanned.length;
  return true;
}

function pairTildes(state: StateInline): boolean {
  const mark = (delimiters: Delimiter[]) => {
    for (const start of delimiters) {
      if ((start.marker !== ONE_TILDE && start.marker !== TWO_TILDES) || start.end === -1) continue;
      const end = delimiters[start.end];
      const opening = state.tokens[start.token];
      const closing = end && state.tokens[end.token];
      if (!opening || !closing) continue;
      Object.assign(opening, { type: 's_open', tag: 's', nesting: 1, content: '' });
      Object.assign(closing, { type: 's_close', tag: 's', nesting: -1, content: '' });
    }
  };
  mark(state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) mark(meta.delimiters);
  return false;
}
