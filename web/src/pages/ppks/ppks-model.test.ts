import { describe, expect, it } from 'vitest';
import { categoryBars, chooseBreakdownIndicator, chooseProfileYear, countStatusKey, sourcesText } from './ppks-model';

describe('the PPKS page model', () => {
  it('names a count’s verification status as other values name theirs', () => {
    expect(countStatusKey('VERIFIED')).toBe('verVERIFIED');
    expect(countStatusKey('UNVERIFIED')).toBe('verUNVERIFIED');
    expect(countStatusKey('RETURNED')).toBe('verRETURNED');
    expect(countStatusKey(null)).toBeNull();
    expect(countStatusKey('SOMETHING_NEW')).toBeNull();
  });

  it('shows PPKS unless the URL names PSKS', () => {
    expect(chooseBreakdownIndicator(null)).toBe('jumlah_pmks');
    expect(chooseBreakdownIndicator('jumlah_psks')).toBe('jumlah_psks');
    expect(chooseBreakdownIndicator('poverty_rate_p0')).toBe('jumlah_pmks');
  });

  it('takes the year in the URL when it has counts, else the latest', () => {
    expect(chooseProfileYear(2023, [2024, 2023])).toBe(2023);
    expect(chooseProfileYear(2019, [2024, 2023])).toBe(2024);
    expect(chooseProfileYear(null, [])).toBeNull();
  });

  it('names categories in the page’s language', () => {
    const c = { code: 'PPKS24', nameId: 'Fakir Miskin', nameEn: 'The poor', value: 5, previousValue: 4, change: 1, share: 100 };
    expect(categoryBars([c], 'id')[0]!.name).toBe('Fakir Miskin');
    expect(categoryBars([c], 'en')[0]!.name).toBe('The poor');
  });

  it('writes every source with its publisher and release date', () => {
    expect(
      sourcesText(
        [
          { title: 'Rekap PPKS 2024', publisher: 'Dinas Sosial Provinsi Gorontalo', releasedOn: '2025-01-15' },
          { title: 'Pendataan PSKS', publisher: '', releasedOn: null },
        ],
        'id',
      ),
    ).toBe('Rekap PPKS 2024, Dinas Sosial Provinsi Gorontalo (rilis 15 Januari 2025); Pendataan PSKS');
  });
});
