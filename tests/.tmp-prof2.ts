import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '@/lib/content/parse-article';
const dir = '/tmp/arch2k/articles';
const files = readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.md')).slice(0, 1500).map(f => [f, readFileSync(path.join(dir, f), 'utf8')] as const);
const authors = new Set(readdirSync('/tmp/arch2k/authors').map(f => f.replace('.yaml','')));
const ctx = { timeZone: 'Europe/London', authorIds: authors, sectionSlugs: new Set(['news','business','technology','science','culture','sport']) };
for (let r = 0; r < 5; r++) { const t = performance.now(); for (const [f, s] of files) parseArticle(f, s, ctx); console.log(((performance.now()-t)/files.length).toFixed(2), 'ms'); }
