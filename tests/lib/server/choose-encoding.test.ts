import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '@/lib/server/choose-encoding.mjs';

describe('chooseEncoding', () => {
  it('prefers brotli over gzip when both are equally welcome', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, br')).toBe('br');
  });

  it('follows q-values', () => {
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0.2, br;q=0.8')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
  });

  it('reads gzip alone, x-gzip and the wildcard', () => {
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('x-gzip')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
  });

  it('sends identity when nothing it can make is accepted', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('deflate, zstd')).toBe('identity');
  });

  it('treats a q-value that is not a number as a refusal', () => {
    expect(chooseEncoding('br;q=abc, gzip;q=0.1')).toBe('gzip');
  });
});
