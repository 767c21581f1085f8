import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/split-front-matter';

describe('splitFrontMatter', () => {
  it.each(['js', 'javascript', 'coffee'])('never executes ---%s front matter', (language) => {
    const globals = globalThis as { pwned?: boolean };
    const result = splitFrontMatter(`---${language}\n{ title: (globalThis.pwned = true) }\n---\nbody`);
    expect(globals.pwned).toBeUndefined();
    expect(result).toMatchObject({ ok: false, code: 'front-matter-engine' });
  });

  it('keeps dates as strings so they can be validated', () => {
    const result = splitFrontMatter('---\ndate: 2024-02-30\n---\nbody');
    expect(result.ok && result.data).toEqual({ date: '2024-02-30' });
  });

  it('refuses YAML aliases of lists, which could expand without bound', () => {
    const bomb = ['---', 'a: &a [x, x, x]', 'b: &b [*a, *a, *a]', 'c: [*b, *b, *b]', '---', 'body'].join(
      '\n',
    );
    expect(splitFrontMatter(bomb)).toMatchObject({
      ok: false,
      code: 'yaml-syntax',
      message: 'expected valid YAML: expected no YAML aliases (*name) of lists or maps',
    });
  });

  it('refuses deeply nested values', () => {
    expect(splitFrontMatter(`---\nx: ${'['.repeat(20)}${']'.repeat(20)}\n---\n`)).toMatchObject({
      ok: false,
      code: 'yaml-syntax',
    });
  });

  it('does not let __proto__ keys pollute objects', () => {
    const result = splitFrontMatter('---\n__proto__: { polluted: true }\ntitle: T\n---\n');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
  });
});
