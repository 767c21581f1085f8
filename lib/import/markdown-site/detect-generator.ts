import type { ImportProblem } from '../source-post';
import { dataLanguageOf, parseData } from './parse-data-file';
import type { Generator, SiteFile, SiteSettings } from './site-types';

export interface Detected {
  generator: Generator;
  settings: SiteSettings;
  problems: ImportProblem[];
}

const HUGO_CONFIGS = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config/_default/hugo.toml',
  'config/_default/config.toml',
];
const ELEVENTY_CONFIGS = /^(?:\.eleventy\.(?:c|m)?js|eleventy\.config\.(?:c|m)?[jt]s)$/;
const ASTRO_CONFIG = /^astro\.config\.(?:c|m)?[jt]s$/;
const DEFAULTS: Record<Generator, SiteSettings> = {
  hugo: { basePath: '', contentDir: 'content', permalinks: {} },
  zola: { basePath: '', contentDir: 'content', permalinks: {} },
  jekyll: { basePath: '', contentDir: '.', permalinks: { '*': 'date' } },
  eleventy: { basePath: '', contentDir: '.', permalinks: {}, dataDir: '_data' },
  astro: { basePath: '', contentDir: 'src', permalinks: {} },
  unknown: { basePath: '', contentDir: '.', permalinks: {} },
};

/**
 * Says which generator built a site from its config file (`hugo.toml`, a `config.toml` with Hugo's
 * `baseURL` or Zola's `base_url`, `_config.yml`, `.eleventy.js`, `astro.config.mjs`), and reads the
 * settings that decide its addresses. A config that does not parse is a problem with its line.
 * @example detectGenerator([{ path: '_config.yml', text: 'permalink: pretty' }]).settings.permalinks // { '*': 'pretty' }
 */
export function detectGenerator(files: SiteFile[]): Detected {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const problems: ImportProblem[] = [];
  const read = (path: string): Record<string, unknown> => {
    const language = dataLanguageOf(path);
    const text = byPath.get(path)?.text;
    if (!language || text === undefined) return {};
    const parsed = parseData(language, text);
    if (parsed.ok) return isRecord(parsed.value) ? parsed.value : {};
    problems.push({
      severity: 'fix',
      code: 'config-syntax',
      file: path,
      line: parsed.line,
      message: `expected the site's config to parse: ${parsed.message}; its defaults were used`,
    });
    return {};
  };
  const done = (generator: Generator, settings: Partial<SiteSettings> = {}): Detected => ({
    generator,
    settings: { ...DEFAULTS[generator], ...settings },
    problems,
  });
  const hugoConfig = HUGO_CONFIGS.find((path) => byPath.has(path));
  if (hugoConfig) return done('hugo', hugoSettings(read(hugoConfig)));
  const astro = files.find((file) => ASTRO_CONFIG.test(file.path));
  if (astro) return done('astro', { basePath: basePathOf(quoted(astro.text, 'base') ?? '') });
  const eleventy = files.find((file) => ELEVENTY_CONFIGS.test(file.path));
  if (eleventy) {
    const input = quoted(eleventy.text, 'input')?.replace(/^\.\/|\/$/g, '') ?? '.';
    const data = quoted(eleventy.text, 'data') ?? '_data';
    const pathPrefix = quoted(eleventy.text, 'pathPrefix') ?? '';
    return done('eleventy', {
      contentDir: input,
      dataDir: input === '.' ? data : `${input}/${data}`,
      basePath: basePathOf(pathPrefix),
    });
  }
  const jekyllConfig = ['_config.yml', '_config.yaml'].find((path) => byPath.has(path));
  if (jekyllConfig) return done('jekyll', jekyllSettings(read(jekyllConfig)));
  const configToml = ['config.toml', 'config.yaml', 'config.yml', 'config.json'].find((path) =>
    byPath.has(path),
  );
  if (configToml) {
    const config = read(configToml);
    if (typeof config.base_url === 'string') return done('zola', { basePath: basePathOf(config.base_url) });
    if (
      ['baseURL', 'baseurl', 'languageCode', 'permalinks', 'theme', 'contentDir'].some((key) => key in config)
    )
      return done('hugo', hugoSettings(config));
  }
  if (files.some((file) => file.path.startsWith('_posts/'))) return done('jekyll');
  return done('unknown');
}

function hugoSettings(config: Record<string, unknown>): Partial<SiteSettings> {
  const base = config.baseURL ?? config.baseurl;
  const permalinks = isRecord(config.permalinks) ? config.permalinks : {};
  // Hugo 0.120 nests them by page kind: [permalinks.page] posts = "…".
  const pagePermalinks = isRecord(permalinks.page) ? permalinks.page : permalinks;
  return {
    basePath: basePathOf(typeof base === 'string' ? base : ''),
    contentDir: typeof config.contentDir === 'string' ? config.contentDir.replace(/\/$/, '') : 'content',
    permalinks: strings(pagePermalinks),
    ...(typeof config.timeZone === 'string' && { timeZone: config.timeZone }),
  };
}

function jekyllSettings(config: Record<string, unknown>): Partial<SiteSettings> {
  return {
    basePath: basePathOf(typeof config.baseurl === 'string' ? config.baseurl : ''),
    permalinks: { '*': typeof config.permalink === 'string' ? config.permalink : 'date' },
    ...(typeof config.timezone === 'string' && { timeZone: config.timezone }),
  };
}

/** The path part of a base URL, without its trailing slash: `https://x.example/blog/` → `/blog`. */
function basePathOf(base: string): string {
  const url = /^[a-z]+:\/\/[^/]*(\/.*)?$/i.exec(base);
  const path = url ? (url[1] ?? '') : base;
  const trimmed = path.replace(/\/+$/, '');
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}

// JavaScript configs are never run: the few settings we need are read as quoted strings.
function quoted(text: string | undefined, key: string): string | undefined {
  return new RegExp(`\\b${key}\\s*:\\s*["'\`]([^"'\`]*)["'\`]`).exec(text ?? '')?.[1];
}

function strings(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
