import { convertKnownTag } from './convert-known-tag';
import { findClose } from './remembered-find';
import { shown, type Scan, type TagFamily } from './tag-scan';
import { readTagArgs } from './template-blocks';

const IMPORT = /^import\s+(?:[\s\S]*?\sfrom\s+)?["'][^"'\n]+["'];?[ \t]*$/m;
const EXPORT = /^export\s[\s\S]*?(?:;[ \t]*$|\n[ \t]*\n)/m;
const IMAGE_IMPORT = /^import\s+(\w+)\s+from\s+["']([^"']+\.(?:avif|gif|jpe?g|png|svg|webp))["']/gim;

/**
 * What each default import of an image in an MDX file stands for, so `<Image src={cover} />` can
 * become the picture's path.
 * @example readMdxImports("import cover from './cover.jpg';").get('cover') // './cover.jpg'
 */
export function readMdxImports(markdown: string): Map<string, string> {
  return new Map([...markdown.matchAll(IMAGE_IMPORT)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/**
 * MDX in Astro bodies: `import` and `export` lines dropped (a note), `{/* comments *\/}` dropped,
 * components (`<YouTube id="…" />`, `<Image src={cover} alt="…" />`) converted as convertKnownTag
 * does; any other component's tags are removed, keeping its children, as `unknown-component`.
 */
export const mdxSyntax: TagFamily = {
  start: /^import\s|^export\s|\{\/\*|<\/?[A-Z]/,
  read(scan, index) {
    const { text } = scan;
    if (text.startsWith('{/*', index)) return scan.find(/\*\/\}/, index)?.end;
    if (/^(?:import|export)\s/.test(text.slice(index, index + 7))) {
      const statement = findClose(text, text.startsWith('import', index) ? IMPORT : EXPORT, index);
      if (!statement || statement.start !== index) return undefined;
      scan.report(
        index,
        'note',
        'mdx-statement-removed',
        `${shown(text.slice(index, statement.end))} was removed: the site's Markdown runs no code`,
      );
      return statement.end;
    }
    return readComponent(scan, index);
  },
};

function readComponent(scan: Scan, index: number): number | undefined {
  const { text } = scan;
  const end = tagEnd(text, index);
  if (end === undefined) return undefined;
  const raw = text.slice(index, end);
  if (raw.startsWith('</')) return end;
  const name = /^<([A-Z][\w.]*)/.exec(raw)?.[1] ?? '';
  const args = readTagArgs(raw.slice(name.length + 1).replace(/\/?>$/, ''));
  for (const [key, value] of Object.entries(args.named)) {
    const expression = /^\{\s*(\w+)\s*\}$/.exec(value)?.[1];
    if (expression) args.named[key] = scan.ctx.imports.get(expression) ?? value;
    else if (/^\{\s*(["'`])(.*)\1\s*\}$/.test(value))
      args.named[key] = value.slice(1, -1).trim().slice(1, -1);
  }
  if (convertKnownTag(scan, index, raw, name, args, 'component')) {
    if (raw.endsWith('/>')) return end;
    return scan.find(new RegExp(`</${name}\\s*>`), end)?.end ?? end;
  }
  const paired = !raw.endsWith('/>') && scan.find(new RegExp(`</${name}\\s*>`), end);
  scan.report(
    index,
    'fix',
    'unknown-component',
    `expected Markdown or a component the importer converts (YouTube, Vimeo, Tweet, Instagram, Image, Figure), found ${shown(raw)}; ${paired ? 'its tags were removed and the text between them kept' : 'it was removed'}: add by hand what it showed`,
  );
  return end;
}

// The `>` that ends a JSX tag, past quoted values and `{…}` expressions.
function tagEnd(text: string, index: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let at = index + 1; at < text.length; at += 1) {
    const char = text[at];
    if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '>' && depth === 0) return at + 1;
    else if (char === '<' && depth === 0) return undefined;
  }
  return undefined;
}
