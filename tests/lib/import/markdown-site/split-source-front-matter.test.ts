import { describe, expect, it } from 'vitest';
import { splitSourceFrontMatter } from '@/lib/import/markdown-site/split-source-front-matter';

describe('splitSourceFrontMatter', () => {
  it('reads TOML between +++ lines, with its dates as written', () => {
    expect(splitSourceFrontMatter('+++\ntitle = "Hi"\ndate = 2012-01-07T09:30:00Z\n+++\nBody')).toEqual({
      ok: true,
      data: { title: 'Hi', date: '2012-01-07T09:30:00Z' },
      body: 'Body',
      bodyLine: 5,
      language: 'toml',
    });
  });

  it('reads YAML, keeping dates as strings', () => {
    expect(splitSourceFrontMatter('---\ndate: 2012-01-07\n---\nB')).toMatchObject({
      ok: true,
      data: { date: '2012-01-07' },
      bodyLine: 4,
    });
  });

  it('refuses ---js front matter rather than running it', () => {
    const result = splitSourceFrontMatter('---js\n{ title: require("fs") }\n---\nB');
    expect(result).toMatchObject({ ok: false, line: 1 });
    expect(result.ok ? '' : result.message).toContain('front matter is never executed');
  });

  it('reads a JSON object at the start of the file (Hugo)', () => {
    expect(splitSourceFrontMatter('{\n  "title": "J",\n  "tags": ["a"]\n}\nBody')).toMatchObject({
      ok: true,
      data: { title: 'J', tags: ['a'] },
      body: 'Body',
      bodyLine: 5,
    });
  });

  it('gives the file line of a TOML error and of an unclosed block', () => {
    expect(splitSourceFrontMatter('+++\ntitle = "a"\ntitle = "b"\n+++\n')).toMatchObject({
      ok: false,
      line: 3,
    });
    expect(splitSourceFrontMatter('+++\ntitle = "a"\n')).toMatchObject({
      ok: false,
      line: 1,
      message: expect.stringContaining('closing "+++"'),
    });
  });

  it('gives the file line of a JSON error', () => {
    expect(splitSourceFrontMatter('{\n  "title": "a",\n  "x": nope\n}\n')).toMatchObject({
      ok: false,
      line: 3,
    });
  });

  it('reads a file without front matter as all body', () => {
    expect(splitSourceFrontMatter('# Title\n')).toEqual({
      ok: true,
      data: {},
      body: '# Title\n',
      bodyLine: 1,
    });
  });

  it('refuses front matter that is a list, not fields', () => {
    expect(splitSourceFrontMatter('---\n- a\n---\n')).toMatchObject({ ok: false, line: 2 });
  });
});
