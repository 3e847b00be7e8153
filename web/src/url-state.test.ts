import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, nextViewState, parseViewState, viewStateToSearch } from './url-state';

describe('view state in the URL', () => {
  it('reads every field', () => {
    const v = parseViewState(
      '?hal=bandingkan&wilayah=75.02&induk=75&indikator=poverty_rate_p0&periode=2025&dari=2023&banding=75,ID&dokumen=RKP-2026&tampilan=tabel&warna=status&bahasa=en',
    );
    expect(v).toEqual({
      page: 'bandingkan',
      region: '75.02',
      parent: '75',
      indicator: 'poverty_rate_p0',
      period: '2025',
      from: '2023',
      regions: ['75', 'ID'],
      document: 'RKP-2026',
      view: 'tabel',
      colour: 'status',
      lang: 'en',
    });
  });
  it('writes a view back to the same query string, leaving defaults out', () => {
    const search = 'hal=bandingkan&wilayah=75.02&induk=75&indikator=poverty_rate_p0&periode=2025&tampilan=tabel&bahasa=en';
    expect(viewStateToSearch(parseViewState(`?${search}`))).toBe(search);
    expect(viewStateToSearch(DEFAULT_VIEW)).toBe('');
  });
  it('falls back to defaults for malformed values', () => {
    const v = parseViewState('?hal=nope&wilayah=<script>&periode=March&bahasa=fr&banding=75,xx,75');
    expect(v.page).toBe('ringkasan');
    expect(v.region).toBe('ID');
    expect(v.period).toBeNull();
    expect(v.lang).toBe('id');
    expect(v.regions).toEqual(['75']);
  });
  it('keeps region, indicator, document and language across pages, not one page’s own controls', () => {
    const compare = parseViewState('?hal=bandingkan&wilayah=75&indikator=gini_ratio&periode=2024-03&tampilan=tabel&bahasa=en');
    const next = nextViewState(compare, { page: 'peta' });
    expect(next).toMatchObject({
      page: 'peta',
      region: '75',
      indicator: 'gini_ratio',
      lang: 'en',
      period: null,
      view: 'peringkat',
    });
  });
});
