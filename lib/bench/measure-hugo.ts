import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { FEED_SIZE } from '../feeds/build-feed';
import { PAGE_SIZE } from '../lists/paginate';
import { measureProcess } from './measure-process';

const HUGO = process.env.HUGO_PATH ?? '/usr/bin/hugo';

export type HugoFigures =
  | {
      wallMs: number;
      /** Article pages Hugo wrote: always the archive's article count, or measureHugo throws. */
      pages: number;
      peakRssBytes: number;
    }
  | { skipped: string };

export interface HugoOptions {
  /** Where Hugo writes the site; kept. By default a temporary folder, removed afterwards. */
  publicDir?: string;
  /** Hugo's output; by default in the temporary folder, and quoted when the build fails. */
  logFile?: string;
  /** The binary; HUGO_PATH or Debian's /usr/bin/hugo. */
  hugo?: string;
  /** How many articles the folder holds, to skip an archive Hugo could not build in this memory. */
  articles?: number;
  /** The machine's memory; os.totalmem() by default. */
  memoryBytes?: number;
}

// Hugo holds every page in memory: it peaked at 14.7 GB for 100,000 generated articles here.
const HUGO_BYTES_PER_ARTICLE = 150_000;

/** An article as Hugo reads it: the folder of its section, its file name, its text. */
export interface HugoArticle {
  section: string;
  file: string;
  text: string;
}

/**
 * Builds the same articles as a plain Hugo site with minimal templates (article, lists paginated as
 * ours are, tags and authors, feeds, sitemap), written to disk as a real build, and times `hugo`:
 * the reference a static generator sets for our `npm run build` on this machine in this run. Hugo
 * renders every page; our build prerenders the newest and renders the rest on first request.
 * Debian's binary, installed like nginx and redis-server, not an npm package: those (hugo-bin,
 * hugo-extended) fetch a release from GitHub in an install script, which this project's npm does not
 * run (see allowScripts in package.json), and the bench must run offline.
 */
export async function measureHugo(contentDir: string, options: HugoOptions = {}): Promise<HugoFigures> {
  const hugo = options.hugo ?? HUGO;
  if (!existsSync(hugo)) return { skipped: `${hugo} is not installed (apt-get install hugo)` };
  const memory = options.memoryBytes ?? os.totalmem();
  const needs = (options.articles ?? 0) * HUGO_BYTES_PER_ARTICLE;
  if (needs > memory)
    return {
      skipped: `Hugo would need about ${Math.round(needs / 2 ** 30)} GB for ${options.articles?.toLocaleString('en-GB')} articles (it peaked at 14.7 GB for 100,000 here), more than this machine's ${Math.round(memory / 2 ** 30)} GB`,
    };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-hugo-'));
  const publicDir = options.publicDir ?? path.join(dir, 'public');
  const logFile = options.logFile ?? path.join(dir, 'hugo.log');
  try {
    const site = path.join(dir, 'site');
    const expected = await writeHugoSite(contentDir, site);
    const run = await measureProcess(
      hugo,
      // To disk, as a real build: Hugo's --renderToMemory would leave out the writes ours pays for.
      [
        '--quiet',
        '--minify=false',
        '--source',
        site,
        '--destination',
        publicDir,
        '--cacheDir',
        path.join(dir, 'cache'),
      ],
      { cwd: site, env: hugoEnv(dir), logFile },
    );
    if (run.exitCode !== 0) {
      const output = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`hugo failed (exit ${run.exitCode}):\n${output.slice(-2000)}`);
    }
    const rendered = await findArticlePages(publicDir, new Set(expected.map((a) => a.section)));
    const problem = compareRendered(expected, rendered);
    if (problem) throw new Error(`hugo did not render the archive's articles: ${problem}`);
    return { wallMs: run.wallMs, pages: rendered.length, peakRssBytes: run.peakRssBytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Only what Hugo needs: a HUGO_* variable in the caller's environment would change its configuration,
// and a proxy that refuses makes any fetch fail at once rather than reach the network.
function hugoEnv(dir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '',
    // Next.js's types require it of every environment; Hugo reads HUGO_ENVIRONMENT, not this.
    NODE_ENV: 'production',
    // Go lets its heap grow to twice what it holds: at 100,000 articles Hugo peaked at 20 GB of this
    // machine's 24. A soft limit of half the machine makes it collect sooner rather than be killed.
    GOMEMLIMIT: `${Math.floor(os.totalmem() / 2 / 2 ** 20)}MiB`,
  };
}

/** Writes the Hugo site (config, layouts, sections, authors, articles) into `site`; returns the articles. */
async function writeHugoSite(contentDir: string, site: string): Promise<HugoArticle[]> {
  const siteYaml = yaml.load(await readFile(path.join(contentDir, 'site.yaml'), 'utf8')) as SiteYaml;
  const sections = yaml.load(await readFile(path.join(contentDir, 'sections.yaml'), 'utf8')) as SectionYaml[];
  const files: { path: string; text: string }[] = [
    { path: 'hugo.toml', text: hugoConfig(siteYaml) },
    ...Object.entries(LAYOUTS).map(([file, text]) => ({ path: `layouts/${file}`, text })),
    ...sections.map((s) => ({
      path: `content/${s.slug}/_index.md`,
      text: frontMatter({ title: s.name, description: s.description, weight: s.order }),
    })),
  ];
  // An author's page takes its name from a term page, as our /authors/<id> page does from the YAML file.
  for (const file of await readdir(path.join(contentDir, 'authors')).catch(() => [])) {
    if (!file.endsWith('.yaml')) continue;
    const author = yaml.load(await readFile(path.join(contentDir, 'authors', file), 'utf8')) as AuthorYaml;
    files.push({
      path: `content/authors/${file.slice(0, -'.yaml'.length)}/_index.md`,
      text: frontMatter({ title: author.name, description: author.role }),
    });
  }
  for (const file of files) {
    await mkdir(path.dirname(path.join(site, file.path)), { recursive: true });
    await writeFile(path.join(site, file.path), file.text);
  }
  return writeArticles(path.join(contentDir, 'articles'), path.join(site, 'content'));
}

interface SiteYaml {
  name: string;
  url: string;
  language: string;
  timeZone: string;
}
interface SectionYaml {
  slug: string;
  name: string;
  description: string;
  order: number;
}
interface AuthorYaml {
  name: string;
  role: string;
}

// Hugo takes a page's section from its folder, where we read the `section` field: each article goes
// into the folder of its section, once, whatever year folder it was in.
async function writeArticles(articlesDir: string, hugoContent: string): Promise<HugoArticle[]> {
  const sources = (await readdir(articlesDir, { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  const written = new Set<string>();
  const articles: HugoArticle[] = [];
  // In batches: one promise per file at 100,000 articles would open too many files at once.
  for (let i = 0; i < sources.length; i += 256) {
    const batch = await Promise.all(
      sources.slice(i, i + 256).map(async (source) => {
        const article = toHugoArticle(
          path.basename(source),
          await readFile(path.join(articlesDir, source), 'utf8'),
        );
        const target = `${article.section}/${article.file}`;
        if (written.has(target)) throw new Error(`two articles would be ${target} in the Hugo site`);
        written.add(target);
        await mkdir(path.join(hugoContent, article.section), { recursive: true });
        await writeFile(path.join(hugoContent, target), article.text);
        return article;
      }),
    );
    articles.push(...batch);
  }
  return articles;
}

/**
 * An article's file as Hugo needs it to read what we read. The body is untouched; of the front matter,
 * dates gain their seconds (Hugo parses `2024-03-14T09:30` as no date at all, without a warning, and
 * would date the story in year 1), `updated` becomes Hugo's `lastmod` and `author` the `authors`
 * taxonomy. Throws when there is no `section`, which Hugo could not place.
 * @example toHugoArticle('a-1.md', '---\ndate: 2024-03-14T09:30\nsection: news\n---\n\nText.\n').text // '---\ndate: 2024-03-14T09:30:00\n…'
 */
export function toHugoArticle(file: string, text: string): HugoArticle {
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) : -1;
  if (end < 0) throw new Error(`${file} has no front matter`);
  const lines = text
    .slice(4, end)
    .split('\n')
    .map((line) =>
      line
        .replace(/^(date|updated):\s*(\d{4}-\d\d-\d\dT\d\d:\d\d)\s*$/, '$1: $2:00')
        .replace(/^updated:/, 'lastmod:')
        .replace(/^author:/, 'authors:'),
    );
  const section = lines.map((line) => /^section:\s*["']?([a-z0-9-]+)["']?\s*$/.exec(line)?.[1]).find(Boolean);
  if (!section) throw new Error(`${file} has no section in its front matter`);
  return { section, file, text: `---\n${lines.join('\n')}${text.slice(end)}` };
}

/** `section/slug` of every article page in Hugo's output: `<section>/<slug>/index.html`, lists aside. */
async function findArticlePages(publicDir: string, sections: ReadonlySet<string>): Promise<string[]> {
  const pages: string[] = [];
  for (const section of sections) {
    const entries = await readdir(path.join(publicDir, section), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      // `page/` holds the section's further list pages.
      if (!entry.isDirectory() || entry.name === 'page') continue;
      if (existsSync(path.join(publicDir, section, entry.name, 'index.html')))
        pages.push(`${section}/${entry.name}`);
    }
  }
  return pages;
}

/** What differs between the articles given to Hugo and the pages it wrote, or undefined when nothing does. */
export function compareRendered(
  expected: readonly HugoArticle[],
  rendered: readonly string[],
): string | undefined {
  const want = new Set(expected.map((a) => `${a.section}/${a.file.replace(/\.md$/, '')}`));
  const got = new Set(rendered);
  const missing = [...want].filter((page) => !got.has(page));
  const extra = [...got].filter((page) => !want.has(page));
  if (missing.length === 0 && extra.length === 0 && rendered.length === expected.length) return undefined;
  return [
    `${expected.length} articles, ${rendered.length} article pages`,
    missing.length > 0 ? `missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}` : '',
    extra.length > 0 ? `unexpected ${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ' …' : ''}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

// JSON strings are YAML strings.
function frontMatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

// Lists and feeds the sizes ours have. No theme or module, so Hugo has nothing to download; the
// security policy refuses remote resources and commands should a template ever ask for them.
function hugoConfig(site: SiteYaml): string {
  return `baseURL = ${JSON.stringify(site.url.endsWith('/') ? site.url : `${site.url}/`)}
languageCode = ${JSON.stringify(site.language)}
title = ${JSON.stringify(site.name)}
timeZone = ${JSON.stringify(site.timeZone)}
paginate = ${PAGE_SIZE}
rssLimit = ${FEED_SIZE}
enableGitInfo = false
disableHugoGeneratorInject = true

[taxonomies]
tag = "tags"
author = "authors"

[security]
enableInlineShortcodes = false
[security.exec]
allow = ["none"]
osEnv = ["(?i)^(PATH|HOME)$"]
[security.http]
urls = ["none"]
`;
}

// The least a news site's pages carry: title, date, authors, section, tags and the body; lists of
// headlines with summaries and a pager.
const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="/">{{ site.Title }}</a>
<nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Title }}</footer>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a>
· <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006, 15:04" }}</time>
{{ if gt .Lastmod .Date }}· updated <time datetime="{{ .Lastmod.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Lastmod.Format "2 January 2006, 15:04" }}</time>{{ end }}</p>
<p>By {{ range $i, $author := .GetTerms "authors" }}{{ if $i }} and {{ end }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ with .Description }}<p>{{ . }}</p>{{ end }}
{{ partial "headlines.html" (.Paginate .Pages) }}{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ partial "headlines.html" (.Paginate site.RegularPages) }}{{ end }}
`,
  'partials/headlines.html': `<ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>
{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}
{{ with .Summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ol>
<nav>{{ with .Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} Page {{ .PageNumber }} of {{ .TotalPages }} {{ with .Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>
`,
};
