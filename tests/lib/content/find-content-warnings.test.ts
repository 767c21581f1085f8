import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '@/lib/content/article';
import { findContentWarnings, LARGEST_SERVED_WIDTH } from '@/lib/content/find-content-warnings';
import { measureImages } from '@/lib/content/measure-images';
import { parseArticle } from '@/lib/content/parse-article';
import { articleText, context, validFrontMatter } from '../../support/content-context';

/** Parses a crafted article with the real parser, failing the test if it is not valid. */
function parse(name: string, frontMatter: string[]): ParsedArticle {
  const result = parseArticle(`content/articles/2026/${name}.md`, articleText(frontMatter), context);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.parsed!;
}

/** A PNG header with the given size, padded to `bytes`: image-size reads only the header. */
function png(width: number, height: number, bytes = 64): Buffer {
  const file = Buffer.alloc(Math.max(bytes, 33));
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(file, 0);
  file.writeUInt32BE(13, 8);
  file.write('IHDR', 12, 'ascii');
  file.writeUInt32BE(width, 16);
  file.writeUInt32BE(height, 20);
  file.set([8, 6, 0, 0, 0], 24);
  return file;
}

const tagged = [...validFrontMatter, 'tags: [housing]'];
const atTheLimits = [
  `title: ${'t'.repeat(110)}`,
  'date: 2026-11-18',
  'author: ada',
  'section: news',
  'tags: [housing]',
  `summary: ${'s'.repeat(160)}`,
];
const clean = () => [parse('clean', atTheLimits), parse('other', tagged)];

let publicDir: string;
beforeAll(async () => {
  publicDir = await mkdtemp(path.join(tmpdir(), 'public-'));
  await writeFile(path.join(publicDir, 'right.png'), png(3200, 1800, 1_000_000));
  await writeFile(path.join(publicDir, 'wide.png'), png(4000, 2250));
  await writeFile(path.join(publicDir, 'heavy.png'), png(1600, 900, 1_400_000));
  await writeFile(path.join(publicDir, 'narrow.png'), png(1000, 750));
  await writeFile(path.join(publicDir, 'discover.png'), png(1200, 675));
  await writeFile(path.join(publicDir, 'tiny.png'), png(599, 400));
});
afterAll(() => rm(publicDir, { recursive: true, force: true }));

async function withImage(src: string): Promise<ParsedArticle[]> {
  const articles = [
    parse('pictured', [...tagged, `image: /${src}`, 'imageAlt: A view']),
    parse('other', tagged),
  ];
  expect(await measureImages(articles, publicDir)).toEqual([]);
  return articles;
}

describe('findContentWarnings', () => {
  it('finds nothing in clean articles at the limits, or in a long summary the site took from the body', async () => {
    expect(findContentWarnings(clean())).toEqual([]);
    expect(findContentWarnings(await withImage('right.png'))).toEqual([]);
    const derived = parseArticle(
      'content/articles/2026/long-body.md',
      articleText(tagged, 'word '.repeat(100)),
      context,
    );
    expect(derived.ok && derived.parsed!.article.summary.length).toBeGreaterThan(160);
    expect(derived.ok && findContentWarnings([derived.parsed!, parse('other', tagged)])).toEqual([]);
  });

  it('warns about a title over 110 characters, with its line', () => {
    const long = parse('long-title', [
      'date: 2026-11-18',
      `title: ${'Headline '.repeat(14).trim()}`,
      'author: ada',
      'section: news',
      'tags: [housing]',
    ]);
    expect(findContentWarnings([long, parse('other', tagged)])).toEqual([
      {
        file: 'content/articles/2026/long-title.md',
        line: 3,
        field: 'title',
        code: 'title-too-long',
        message: 'title is 125 characters; search engines show about 110, so shorten it',
      },
    ]);
  });

  it('warns about a written summary over 160 characters', () => {
    const long = parse('long-summary', [...tagged, `summary: "${'é'.repeat(161)}"`]);
    expect(findContentWarnings([long, parse('other', tagged)])).toEqual([
      {
        file: 'content/articles/2026/long-summary.md',
        line: 7,
        field: 'summary',
        code: 'summary-too-long',
        message: 'summary is 161 characters; search results show about 160, so the end is cut off',
      },
    ]);
  });

  it('warns about a lead image more than twice as wide as the site serves', async () => {
    expect(findContentWarnings(await withImage('wide.png'))).toEqual([
      {
        file: 'content/articles/2026/pictured.md',
        line: 7,
        field: 'image',
        code: 'image-too-wide',
        message:
          'image is 4000 px wide; the site serves at most 1600 px, so 3200 px is enough (resize /wide.png)',
      },
    ]);
  });

  it('warns about a lead image under 1,200 px wide, Discover’s minimum, naming the file and its width', async () => {
    expect(findContentWarnings(await withImage('narrow.png'))).toEqual([
      {
        file: 'content/articles/2026/pictured.md',
        line: 7,
        field: 'image',
        code: 'image-too-narrow',
        message:
          'image /narrow.png is 1000 px wide; Google Discover shows large cards only for images at least 1200 px wide, so use a larger original',
      },
    ]);
    expect(findContentWarnings(await withImage('discover.png'))).toEqual([]);
  });

  it('stops the build for a lead image under 600 px wide', async () => {
    const articles = [parse('pictured', [...tagged, 'image: /tiny.png', 'imageAlt: A view'])];
    expect(await measureImages(articles, publicDir)).toEqual([
      {
        file: 'content/articles/2026/pictured.md',
        field: 'image',
        code: 'image-too-small',
        message:
          'expected a lead image at least 600 px wide (1200 px for Google Discover), found /tiny.png at 599×400 px',
      },
    ]);
  });

  it('warns about a lead image file over 1 MB', async () => {
    expect(findContentWarnings(await withImage('heavy.png'))).toEqual([
      {
        file: 'content/articles/2026/pictured.md',
        line: 7,
        field: 'image',
        code: 'image-too-heavy',
        message: 'image file is 1.4 MB; expected at most 1 MB (save /heavy.png smaller or as JPEG or WebP)',
      },
    ]);
  });

  it('warns about an article with no tags', () => {
    expect(findContentWarnings([parse('untagged', validFrontMatter), parse('other', tagged)])).toEqual([
      {
        file: 'content/articles/2026/untagged.md',
        line: undefined,
        field: 'tags',
        code: 'no-tags',
        message:
          'expected at least one tag, found none; tags link the story to tag pages and related stories',
      },
    ]);
    expect(findContentWarnings([parse('empty-tags', [...validFrontMatter, 'tags: []'])])[0]).toMatchObject({
      code: 'no-tags',
      line: 6,
    });
  });

  it('warns about a tag used once that looks like a typo of a more used tag, naming both', () => {
    const articles = [
      parse('a', tagged),
      parse('b', tagged),
      parse('typo', [...validFrontMatter, 'tags: [Hosuing, rail]']),
      parse('c', [...validFrontMatter, 'tags: [rail]']),
    ];
    expect(findContentWarnings(articles)).toEqual([
      {
        file: 'content/articles/2026/typo.md',
        line: 6,
        field: 'tags',
        code: 'tag-typo',
        message:
          'tag "Hosuing" is used by no other article and looks like a typo of "housing" (used by 2); expected "housing" unless this is a new tag',
      },
    ]);
  });

  it('knows the widest image size next.config.mjs serves', async () => {
    // The config is plain JavaScript without declarations: an object or, as Next allows, a function of the phase.
    const { default: exported } = (await import(path.resolve('next.config.mjs'))) as {
      default: NextConfig | ((phase: string) => NextConfig);
    };
    const config = typeof exported === 'function' ? exported('phase-production-build') : exported;
    expect(config.images?.deviceSizes?.length).toBeGreaterThan(0);
    expect(LARGEST_SERVED_WIDTH).toBe(Math.max(...(config.images?.deviceSizes ?? [])));
  });
});
