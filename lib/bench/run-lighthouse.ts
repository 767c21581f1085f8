import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium';
import { median } from './median';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

// Our name for each score, and Lighthouse's id of its category.
const CATEGORIES = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
} as const;
const KEYS = Object.keys(CATEGORIES) as (keyof LighthouseScores)[];

/** The four scores, each from `value(key)`. */
const scoresBy = (value: (key: keyof LighthouseScores) => number) =>
  Object.fromEntries(KEYS.map((key) => [key, value(key)])) as unknown as LighthouseScores;

/**
 * Scores each page with Lighthouse's default (mobile) settings in one headless Chromium, 0 to 100:
 * the median of `runs` runs per category, since the performance score moves by several points from
 * one run to the next on a shared machine (Lighthouse's own advice is the median of five).
 */
export async function runLighthouse(
  urls: readonly string[],
  chromePath: string,
  runs = 1,
): Promise<Record<string, LighthouseScores & { runs: LighthouseScores[] }>> {
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  try {
    const scores: Record<string, LighthouseScores & { runs: LighthouseScores[] }> = {};
    for (const url of urls) {
      const each: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        const categories = result?.lhr.categories;
        each.push(scoresBy((key) => Math.round((categories?.[CATEGORIES[key]]?.score ?? 0) * 100)));
      }
      scores[url] = { ...scoresBy((key) => median(each.map((s) => s[key]))), runs: each };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
