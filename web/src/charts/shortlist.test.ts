import { describe, expect, it } from 'vitest';
import { shortlist } from './shortlist';

describe('shortlist', () => {
  const provinces = Array.from({ length: 38 }, (_, i) => ({ code: String(11 + i), rank: i + 1 }));

  it('keeps the first and last ten of 38, in order (the chosen region among them is not repeated)', () => {
    const kept = shortlist(provinces, (r) => r.code === '40', 10);
    expect(kept).toHaveLength(20);
    expect(kept.map((r) => r.rank).slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(kept.map((r) => r.rank).slice(-10)).toEqual([29, 30, 31, 32, 33, 34, 35, 36, 37, 38]);
  });

  it('adds the chosen region when it stands in the middle', () => {
    const kept = shortlist(provinces, (r) => r.rank === 19, 10);
    expect(kept.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 19, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38]);
  });

  it('keeps a province’s kabupaten/kota whole', () => {
    expect(shortlist(provinces.slice(0, 21), () => false, 10)).toHaveLength(21);
  });
});

describe('a ranking on a slide', () => {
  it('keeps the ends and the chosen province, each named with its rank, and leaves out those without a value', async () => {
    const { rankedBarOption } = await import('./ranked-bar.option');
    const rows = Array.from({ length: 38 }, (_, i) => ({
      code: String(11 + i),
      name: `Provinsi ${i + 1}`,
      value: i === 37 ? null : 3 + i,
      rank: i === 37 ? null : i + 1,
    }));
    const option = rankedBarOption(
      {
        rows,
        highlight: '30',
        decimals: 2,
        percent: true,
        lang: 'id',
        national: null,
        parent: null,
        target: null,
        missingLabel: 'belum ada data',
        shortlist: 5,
      },
      { title: 'P0', subtitle: 'persen', footer: 'Sumber: BPS' },
    ) as { yAxis: { data: string[] } };
    const names = option.yAxis.data;
    expect(names).toHaveLength(11);
    expect(names).toContain('▶ 20. Provinsi 20');
    expect(names.some((n) => n.includes('belum ada data'))).toBe(false);
  });
});
