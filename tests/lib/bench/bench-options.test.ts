import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '@/lib/bench/bench-options';

describe('parseBenchArgs', () => {
  it('defaults to 1,000 and 10,000 articles, three runs, with Lighthouse', () => {
    expect(parseBenchArgs([])).toMatchObject({
      ok: true,
      value: { sizes: [1000, 10000], runs: 3, lighthouse: true, connections: 32 },
    });
  });

  it('reads sizes, runs and switches, and --full adds 100,000', () => {
    const parsed = parseBenchArgs([
      '--sizes',
      '1000,250',
      '--full',
      '--runs',
      '5',
      '--no-lighthouse',
      '--out',
      'x.json',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      value: { sizes: [250, 1000, 100000], runs: 5, lighthouse: false, out: 'x.json' },
    });
  });

  it('refuses unknown flags and bad numbers, naming what it found', () => {
    expect(parseBenchArgs(['--size', '10'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown flag "--size"'),
    });
    expect(parseBenchArgs(['--sizes', '10,x'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('found "10,x"'),
    });
    expect(parseBenchArgs(['--runs', '0'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('--runs as a positive whole number'),
    });
  });

  it('reuses a kept folder for exactly one size', () => {
    expect(parseBenchArgs(['--sizes', '1000000', '--reuse', '/tmp/kept'])).toMatchObject({
      ok: true,
      value: { sizes: [1_000_000], reuse: '/tmp/kept' },
    });
    expect(parseBenchArgs(['--sizes', '1000,10000', '--reuse', '/tmp/kept'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('exactly one size'),
    });
    expect(parseBenchArgs(['--sizes', '1000', '--reuse'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('with a folder'),
    });
  });
});
