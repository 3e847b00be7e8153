import { describe, expect, it } from 'vitest';
import { type CountRow, FigureBook, type ProfileRegion, profileOf } from './profile.js';

const region = (code: string, parentCode: string | null, level: string, existsSince: number | null = null): ProfileRegion => ({
  code,
  name: `Wilayah ${code}`,
  level,
  parentCode,
  existsSince,
  validUntil: null,
});
const regions = [
  region('ID', null, 'NATIONAL'),
  region('91', 'ID', 'PROVINCE'),
  region('93', 'ID', 'PROVINCE', 2022),
  region('91.01', '91', 'REGENCY_CITY'),
  region('93.01', '93', 'REGENCY_CITY'),
];
const count = (regionCode: string, year: number, categoryCode: string, value: number): CountRow => ({
  regionCode,
  year,
  categoryCode,
  value,
  sourceId: 1,
});
const categories = [
  { code: 'A', nameId: 'Satu', nameEn: 'One', abbreviation: null },
  { code: 'B', nameId: 'Dua', nameEn: 'Two', abbreviation: null },
];

describe('category profiles', () => {
  it('does not count a region in a year before it was formed: its territory is in its parent’s figure', () => {
    const book = new FigureBook(regions, [
      count('91.01', 2021, 'A', 5),
      count('91.01', 2022, 'A', 4),
      count('93.01', 2022, 'A', 2),
    ]);
    expect(profileOf(book, regions[0]!, 2021, categories)).toMatchObject({ complete: true, total: 5, childrenCount: 1 });
    expect(profileOf(book, regions[0]!, 2022, categories)).toMatchObject({
      complete: true,
      total: 6,
      childrenCount: 2,
      change: 1,
    });
  });

  it('sums categories across regions and gives shares of the total', () => {
    const book = new FigureBook(regions, [
      count('91.01', 2022, 'A', 3),
      count('91.01', 2022, 'B', 1),
      count('93.01', 2022, 'B', 4),
    ]);
    const p = profileOf(book, regions[0]!, 2022, categories);
    expect(p.categories.map((c) => [c.code, c.value, c.share])).toEqual([
      ['A', 3, 37.5],
      ['B', 5, 62.5],
    ]);
    expect(p).toMatchObject({ total: 8, previousTotal: null, change: null, noChangeReasonEn: 'No figures for 2021.' });
  });

  it('marks a figure that does not report every category as partial, names the missing ones and gives no change', () => {
    const book = new FigureBook(
      regions,
      [count('91.01', 2021, 'A', 3), count('91.01', 2021, 'B', 2), count('91.01', 2022, 'A', 4)],
      ['A', 'B'],
    );
    const kabupaten = profileOf(book, regions[3]!, 2022, categories);
    expect(kabupaten).toMatchObject({
      origin: 'STORED',
      complete: false,
      total: 4,
      change: null,
      missingCategoryCodes: ['B'],
      noChangeReasonEn: 'Not every category is reported (a partial sum).',
    });
    expect(profileOf(book, regions[3]!, 2021, categories)).toMatchObject({ complete: true, missingCategoryCodes: [] });
    // The province's sum inherits the gap.
    expect(profileOf(book, regions[1]!, 2022, categories)).toMatchObject({
      origin: 'SUMMED',
      complete: false,
      missingCategoryCodes: ['B'],
    });
  });
});
