// How a shortcode is written: WordPress's shortcode grammar, and which bracketed words are one.

/** One shortcode as written: `[caption id="a" width="300"]…[/caption]`. */
export interface Shortcode {
  name: string;
  /** Named attributes by lower-case name; positional values (`[youtube URL]`) under "0", "1"… */
  attributes: Record<string, string>;
  /** The tag as written, for reports. */
  tag: string;
}

// Names WordPress core and the plugins newsrooms used most register; other names are shortcodes only
// when they look like one (attributes, a closing tag, `_` or `-` in the name), so `[sic]` stays text.
const KNOWN = new Set(
  (
    'caption wp_caption gallery embed video audio playlist youtube vimeo tweet twitter instagram ' +
    'soundcloud spotify googlemaps dailymotion ted scribd slideshare wpvideo polldaddy crowdsignal ' +
    'contact-form contact-form-7 wpforms gravityform gravityforms ninja_form mc4wp_form ' +
    'footnote efn_note ref button row column columns one_half one_third two_third tabs tab accordion toggle'
  ).split(' '),
);
const BUILDER_PREFIX = /^(vc|et_pb|fusion|su|av|ux|tve|cs|mk|dt|rev)_/;
const OPENER = /\[(\[?)([A-Za-z][\w-]*)(?=[\s\]/=])([^\]\n]*?)(\/?)\](\]?)/g;

/** Reads a shortcode's attributes the way WordPress's `shortcode_parse_atts` does. */
export function parseShortcodeAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const normalised = source.replace(/[\u201c\u201d\u2033]/g, '"').replace(/[\u2018\u2019\u2032]/g, "'");
  const pattern =
    /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|(\S+)/g;
  let position = 0;
  for (const match of normalised.matchAll(pattern)) {
    const name = match[1] ?? match[3] ?? match[5];
    const value = match[2] ?? match[4] ?? match[6] ?? match[7] ?? match[8] ?? '';
    if (name) attributes[name.toLowerCase()] = value;
    else attributes[String(position++)] = value;
  }
  return attributes;
}

/** The names used in closing tags (`[/name]`) anywhere in a body: such a name is a shortcode. */
export function closingNames(html: string): Set<string> {
  return new Set([...html.matchAll(/\[\/([A-Za-z][\w-]*)\]/g)].map((m) => (m[1] ?? '').toLowerCase()));
}

function isKnown(name: string): boolean {
  const lower = name.toLowerCase();
  return KNOWN.has(lower) || BUILDER_PREFIX.test(lower);
}

function looksLikeShortcode(name: string, attributes: string, selfClosing: boolean, closers: Set<string>) {
  const lower = name.toLowerCase();
  return (
    isKnown(lower) ||
    /[_-]/.test(lower) ||
    closers.has(lower) ||
    selfClosing ||
    /^=|[\w-]\s*=\s*["'\w]/.test(attributes)
  );
}

/** A shortcode's opening tag found in a text, with where it starts and ends. */
export interface Found {
  index: number;
  end: number;
  escaped: boolean;
  shortcode: Shortcode;
  selfClosing: boolean;
}

/** The first shortcode opening tag (or `[[escaped]]` tag) in a text, if any. */
export function findOpener(value: string, closers: Set<string>): Found | undefined {
  for (const match of value.matchAll(OPENER)) {
    const [tag, open = '', name = '', attributes = '', slash = '', close = ''] = match;
    // `[text](url)` and `[text][ref]` are Markdown links someone pasted, not shortcodes; but a
    // shortcode is often followed straight away by its closing tag or another shortcode.
    const next = value.slice(match.index + tag.length, match.index + tag.length + 2);
    if (next.startsWith('(') || (next.startsWith('[') && next !== '[/' && !isKnown(name))) continue;
    if (!looksLikeShortcode(name, attributes, slash === '/', closers)) continue;
    const escaped = open === '[' && close === ']';
    const start = match.index + (open && !escaped ? 1 : 0);
    const end = match.index + tag.length - (close && !escaped ? 1 : 0);
    const written = value.slice(start, end);
    const attributeText = attributes.replace(/^=/, '');
    return {
      index: start,
      end,
      escaped,
      selfClosing: slash === '/',
      shortcode: {
        name: name.toLowerCase(),
        attributes: parseShortcodeAttributes(attributeText),
        tag: escaped ? written.slice(1, -1) : written,
      },
    };
  }
  return undefined;
}
