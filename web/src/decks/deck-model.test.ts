import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState } from '../url-state';
import { moved, rakorAgenda, slideOf, slidesForEachRegion, viewOfSlide } from './deck-model';

const words = { overview: 'Ringkasan', ranking: 'Peringkat', scorecard: 'Rapor target', trend: 'Tren', programmes: 'Program' };

describe('deck slides', () => {
  it('keeps a view’s exact state, but not its language', () => {
    const view = {
      ...DEFAULT_VIEW,
      page: 'tren' as const,
      region: '75',
      indicator: 'poverty_rate_p0',
      regions: ['75.01', '75.02'],
      lang: 'en' as const,
    };
    const slide = slideOf(view, 'trend', 'Persentase Penduduk Miskin');
    expect(slide).toMatchObject({ chart: 'trend', headline: null, notes: '' });
    expect(slide.view).not.toMatch(/bahasa/);
    expect(viewOfSlide(slide, 'en')).toEqual(view);
    expect(viewOfSlide(slide, 'id').lang).toBe('id');
  });

  it('makes one slide per kabupaten/kota from a template, the region and its peers following', () => {
    const template = slideOf(
      { ...DEFAULT_VIEW, page: 'tren', region: '75', parent: '75', regions: ['75', '75.01'], indicator: 'poverty_rate_p0' },
      'trend',
      'Tren P0 — Gorontalo',
    );
    const slides = slidesForEachRegion(template, [
      { code: '75.01', name: 'Kabupaten Boalemo' },
      { code: '75.71', name: 'Kota Gorontalo' },
    ]);
    expect(slides.map((s) => s.title)).toEqual(['Tren P0 — Kabupaten Boalemo', 'Tren P0 — Kota Gorontalo']);
    const second = parseViewState(slides[1]!.view);
    expect(second).toMatchObject({ page: 'tren', region: '75.71', parent: null, regions: [], indicator: 'poverty_rate_p0' });
  });

  it('moves a slide to a new place', () => {
    expect(moved(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moved(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moved(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('builds the rakor agenda of a province: overview, rankings, scorecard, trends, programmes', () => {
    const slides = rakorAgenda(
      { code: '75', name: 'Gorontalo' },
      'RPJMN-2025-2029',
      [
        { code: 'poverty_rate_p0', name: 'P0' },
        { code: 'unemployment_rate', name: 'TPT' },
      ],
      words,
    );
    expect(slides.map((s) => [parseViewState(s.view).page, s.chart])).toEqual([
      ['ringkasan', 'overview'],
      ['bandingkan', 'compare-ranked'],
      ['bandingkan', 'compare-ranked'],
      ['rapor', 'scorecard'],
      ['tren', 'trend'],
      ['tren', 'trend'],
      ['program', 'programmes'],
    ]);
    for (const s of slides) expect(parseViewState(s.view)).toMatchObject({ region: '75', document: 'RPJMN-2025-2029' });
    // Every slide names its page, the overview (the default, left out of links) too.
    for (const s of slides) expect(new URLSearchParams(s.view).get('hal')).toBe(parseViewState(s.view).page);
  });
});

describe('slide footer', () => {
  it('carries the source, date, unit and period', async () => {
    const { slideFooter } = await import('./slide-text');
    expect(
      slideFooter({
        footer: 'Sumber: BPS — Persentase Penduduk Miskin · Rilis 15 Januari 2026',
        subtitle: 'persen (%) · September 2025',
      }),
    ).toBe('Sumber: BPS — Persentase Penduduk Miskin · Rilis 15 Januari 2026 · persen (%) · September 2025');
  });
});
