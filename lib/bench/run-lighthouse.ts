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

const CATEGORIES = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
} as const;

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
        const score = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
        each.push(mapCategories(score));
      }
      scores[url] = { ...mapCategories((_, key) => median(each.map((s) => s[key]))), runs: each };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** The four scores, each from `score(lighthouseCategoryId, ourKey)`. */
function mapCategories(score: (id: string, key: keyof LighthouseScores) => number): LighthouseScores {
  const entries = Object.entries(CATEGORIES).map(([key, id]) => [
    key,
    score(id, key as keyof LighthouseScores),
  ]);
  return Object.fromEntries(entries) as LighthouseScores;
}
