import { describe, expect, it } from 'vitest';
import { parseRevalidateRequest } from '@/lib/revalidate/parse-revalidate-request';

describe('parseRevalidateRequest', () => {
  it('reads a list of slugs or "all"', () => {
    expect(parseRevalidateRequest('{"slugs": ["northern-rail-fares-freeze", " council-budget "]}')).toEqual({
      ok: true,
      value: { slugs: ['northern-rail-fares-freeze', 'council-budget'] },
    });
    expect(parseRevalidateRequest('{"all": true}')).toEqual({ ok: true, value: { all: true } });
  });

  it('says what was expected when the body is empty or not JSON', () => {
    expect(parseRevalidateRequest('')).toEqual({
      ok: false,
      message:
        'expected a JSON body like {"slugs": ["northern-rail-fares-freeze"]} or {"all": true}, found an empty body',
    });
    expect(parseRevalidateRequest('slugs=a')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/found text that is not JSON$/),
    });
  });

  it('refuses a request that names nothing to revalidate', () => {
    for (const body of ['{}', '{"slugs": []}', '{"all": false}']) {
      expect(parseRevalidateRequest(body)).toMatchObject({
        ok: false,
        message: expect.stringContaining('expected "slugs" with at least one slug, or "all": true'),
      });
    }
  });

  it('names the field that has the wrong shape', () => {
    expect(parseRevalidateRequest('{"slugs": "one"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"slugs": '),
    });
    expect(parseRevalidateRequest('{"slugs": ["ok", ""]}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"slugs.1": '),
    });
    expect(parseRevalidateRequest('{"all": true, "paths": ["/"]}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('paths'),
    });
    expect(parseRevalidateRequest('[1]')).toMatchObject({ ok: false });
  });
});
