import { convertKnownTag, inlinePostLink } from './convert-known-tag';
import { shown, type Scan, type TagFamily } from './tag-scan';
import { blockIn, readTagArgs } from './template-blocks';

const KNOWN =
  'highlight, raw, comment, post_url, link, and includes or tags for youtube, vimeo, twitter, instagram, figure or image';
const URL_VARIABLE = /^(?:site\.(?:baseurl|url|base_url)|base_path|site\.github\.url)$/;
const URL_FILTERS = /^(?:relative_url|absolute_url|url|prepend:\s*site\.(?:baseurl|url)|safe)$/;

/**
 * Liquid and Nunjucks in Jekyll and Eleventy bodies: `{% highlight %}` to fenced code, `{% raw %}`
 * kept literally, comments dropped, `{% post_url %}`/`{% link %}` to the target's old address,
 * `{{ site.baseurl }}` and URL filters reduced to the path, embeds and figures (see
 * convertKnownTag); any other tag or output is removed and reported as `liquid-tag`.
 */
export const liquidTags: TagFamily = {
  start: /\{%|\{\{|\{#/,
  read(scan, index) {
    const { text } = scan;
    const kind = text.slice(index, index + 2);
    const mark = kind === '{%' ? '%}' : kind === '{{' ? '}}' : '#}';
    const close = scan.find(mark, index + 2)?.start;
    if (close === undefined) return undefined;
    const end = close + 2;
    const raw = text.slice(index, end);
    const inner = text
      .slice(index + 2, close)
      .replace(/^-|-$/g, '')
      .trim();
    if (kind === '{#') return end;
    if (kind === '{{') return readOutput(scan, index, end, raw, inner);
    const name = /^\w+/.exec(inner)?.[0] ?? '';
    const rest = inner.slice(name.length).trim();
    const block = (closer: string) => scan.find(new RegExp(`\\{%-?\\s*${closer}\\s*-?%\\}`), end);
    if (name === 'raw' || name === 'comment') {
      const closed = block(`end${name}`);
      if (!closed) return end;
      if (name === 'raw') scan.inline(text.slice(end, closed.start));
      return closed.end;
    }
    if (name === 'highlight') {
      const closed = block('endhighlight');
      if (!closed) return end;
      const language = readTagArgs(rest).positional[0] ?? '';
      scan.block(blockIn(scan.ctx.html).code(language, text.slice(end, closed.start)));
      scan.report(index, 'note', 'liquid-tag-converted', `${shown(raw)} became a fenced code block`);
      return closed.end;
    }
    if (name === 'post_url' || name === 'link') {
      inlinePostLink(scan, index, raw, rest.replace(/^["']|["']$/g, ''), 'liquid-tag-converted');
      return end;
    }
    const included =
      name === 'include' || name === 'include_relative' ? (/^\S+/.exec(rest)?.[0] ?? '') : name;
    const args = readTagArgs(name === included ? rest : rest.slice(included.length));
    if (convertKnownTag(scan, index, raw, included, args, 'liquid-tag')) return end;
    if (name.startsWith('end') || ['else', 'elsif', 'when'].includes(name)) return end;
    scan.report(
      index,
      'fix',
      'liquid-tag',
      `expected a tag the importer converts (${KNOWN}), found ${shown(raw)}; it was removed${/^(?:if|unless|for|case|capture)$/.test(name) ? ', with its closing tag, and the text between kept' : ''}: add by hand what it showed`,
    );
    return end;
  },
};

function readOutput(scan: Scan, index: number, end: number, raw: string, inner: string): number {
  const [value = '', ...filters] = inner.split('|').map((part) => part.trim());
  const literal = /^(["'])(.*)\1$/.exec(value)?.[2];
  if (URL_VARIABLE.test(value) && filters.length === 0) {
    scan.report(
      index,
      'note',
      'liquid-tag-converted',
      `${shown(raw)} was removed: links now start at the site's root`,
    );
    return end;
  }
  if (literal !== undefined && filters.length > 0 && filters.every((filter) => URL_FILTERS.test(filter))) {
    scan.inline(literal);
    scan.report(index, 'note', 'liquid-tag-converted', `${shown(raw)} became ${literal}`);
    return end;
  }
  scan.report(
    index,
    'fix',
    'liquid-tag',
    `expected no Liquid output in the text (the site does not run templates), found ${shown(raw)}; it was removed: write what it showed`,
  );
  return end;
}
