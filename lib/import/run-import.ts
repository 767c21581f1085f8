import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findTakenSlugs } from '../content/find-taken-slugs';
import { showPath } from '../content/file-stamps';
import { loadContent } from '../content/load-content';
import { convertBody } from './convert-body';
import { dateUndated } from './date-undated';
import type { Attachment } from './html-to-markdown';
import { createImageCopier } from './copy-images';
import { createFileWriter } from './file-writer';
import {
  formatImportMap,
  IMPORT_MAP_FILE,
  type ImportMap,
  mergeImportMap,
  parseImportMap,
} from './import-map';
import { formatManifest, MANIFEST_FILE, readManifest } from './import-manifest';
import type { ImportReport, ReportEntry } from './import-report';
import type { ImportProblem, SourceLocation, SourcePost } from './source-post';
import { type MapInput, suggestImportMap } from './suggest-import-map';
import { type Placement, placeStory } from './place-story';
import { writeStory } from './write-import';
import { readAuthors, readSections, writeTaxonomy } from './write-taxonomy';

/** A source opened for import: what the mapping file names, and its stories one at a time. */
export interface ImportSource {
  generator: string;
  /** The source as the editor named it, for the report. */
  name: string;
  siteTitle: string;
  /** The old site's address, when the source knows it: links to it are pointed at the new stories. */
  baseUrl?: string;
  mapInput: MapInput;
  /** A WordPress attachment by id, for galleries and captions. */
  resolveAttachment?: (id: string) => Attachment | undefined;
  /** Stories to import (posts and pages), for the progress bar. */
  total: number;
  problems: ImportProblem[];
  stories: () => AsyncIterable<
    SourcePost | { sourceId: string; type: string; reason: string; at: SourceLocation }
  >;
}

export interface ImportOptions {
  contentDir: string;
  publicDir: string;
  /** Where the old site's images are: a copy of wp-content/uploads, or a static site's asset folders. */
  uploadsDir?: string | readonly string[];
  dryRun?: boolean;
  force?: boolean;
  /** Dates a story that has none (dateUndated); the clock by default. */
  now?: Date;
  /** Called after each story, with how many are done. */
  onProgress?: (done: number) => void;
}

/**
 * Imports a source into a content folder and says what happened to each story: reads (or first writes)
 * the mapping file, writes each story through writeStory, then the sections and authors the stories
 * need and the manifest. Running it twice with the same source and map writes nothing the second time.
 */
export async function runImport(source: ImportSource, options: ImportOptions): Promise<ImportReport> {
  const { contentDir, publicDir } = options;
  const writer = createFileWriter(options.dryRun ?? false);
  const report: ImportReport = {
    source: source.name,
    generator: source.generator,
    dryRun: writer.dryRun,
    entries: [],
    skippedKinds: {},
    problems: [...source.problems],
    files: [],
    imagesCopied: 0,
  };
  const sectionsFile = path.join(contentDir, 'sections.yaml');
  const sectionsText = existsSync(sectionsFile) ? readFileSync(sectionsFile, 'utf8') : '';
  const sections = readSections(sectionsText);
  const existingAuthors = readAuthors(path.join(contentDir, 'authors'));
  const suggested = suggestImportMap(source.mapInput, { sections, authors: existingAuthors });
  const mapFile = path.join(contentDir, IMPORT_MAP_FILE);
  const map = readMap(suggested, mapFile, report);
  const mapText = formatImportMap(map, {
    categories: source.mapInput.categories,
    tags: source.mapInput.tags,
  });
  if (
    !existsSync(mapFile) ||
    (report.problems.some((p) => p.code === 'map-grew') && readFileSync(mapFile, 'utf8') !== mapText)
  ) {
    writer.writeFile(mapFile, mapText);
    report.files.push(showPath(mapFile));
  }
  const manifest = readManifest(contentDir);
  const manifestFile = path.join(contentDir, MANIFEST_FILE);
  let manifestText = formatManifest(manifest);
  let manifestChanged = false;
  const saveManifest = () => {
    const text = formatManifest(manifest);
    if (text === manifestText) return;
    manifestText = text;
    manifestChanged = true;
    writer.writeFile(manifestFile, text);
  };
  // loadContent's articles read their text when asked, so the existing archive is never held whole.
  const { articles } = await loadContent(contentDir);
  const images = createImageCopier({ uploadsDir: options.uploadsDir, publicDir, writer });
  const ctx = {
    contentDir,
    map,
    sections: [...sections.map((s) => s.slug), ...map.sections.keys()],
    fallbackAuthor: map.authors.values().next().value ?? 'newsroom',
    manifest,
    taken: findTakenSlugs(articles),
    writer,
    images,
    convert: convertBody,
    force: options.force ?? false,
    used: { sections: new Set<string>(), authors: new Set<string>() },
    placed: new Map<string, Placement>(),
    links: new Map<string, string>(),
    baseUrl: source.baseUrl,
    resolveAttachment: source.resolveAttachment,
  };
  const now = options.now ?? new Date();
  const dated = (story: SourcePost) => dateUndated(story, manifest, contentDir, now);
  for await (const story of source.stories())
    if (!('reason' in story)) ctx.placed.set(story.sourceId, placeStory(dated(story), ctx));
  let done = 0;
  for await (const story of source.stories()) {
    if ('reason' in story) {
      if (story.type === 'post' || story.type === 'page')
        report.entries.push({
          sourceId: story.sourceId,
          at: story.at,
          title: '',
          action: 'skipped',
          reason: story.reason,
          comments: 0,
          problems: [],
        });
      else report.skippedKinds[story.type] = (report.skippedKinds[story.type] ?? 0) + 1;
      continue;
    }
    report.entries.push(writeStory(dated(story), ctx));
    options.onProgress?.(++done);
    // Kept as it goes, so a run stopped half-way (a full disk, ^C) leaves no file the next run would not know.
    if (done % 250 === 0) saveManifest();
  }
  report.files.push(
    ...writeTaxonomy({
      contentDir,
      sectionsText,
      sections,
      existingAuthors,
      map,
      authors: source.mapInput.authors,
      siteTitle: source.siteTitle,
      used: ctx.used,
      writer,
    }),
  );
  saveManifest();
  if (manifestChanged) report.files.push(showPath(manifestFile));
  report.imagesCopied = images.copied();
  return report;
}

function readMap(suggested: ImportMap, mapFile: string, report: ImportReport): ImportMap {
  if (!existsSync(mapFile)) return suggested;
  const text = readFileSync(mapFile, 'utf8');
  const shown = showPath(mapFile);
  const parsed = parseImportMap(text, shown);
  const merged = mergeImportMap(suggested, parsed.map, text, shown);
  report.problems.push(...parsed.problems, ...merged.problems);
  if (merged.added > 0)
    report.problems.push({
      file: shown,
      severity: 'note',
      code: 'map-grew',
      message: `${merged.added} categories, tags, authors or pages are new since the mapping file was written; added with their suggestions`,
    });
  return merged.map;
}

export type { ReportEntry };
