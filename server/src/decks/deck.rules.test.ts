import { describe, expect, it } from 'vitest';
import {
  checkChart,
  checkHeadline,
  checkId,
  checkNotes,
  checkSlideChanges,
  checkSlides,
  checkTitle,
  checkView,
  DECK_LIMITS,
} from './deck.rules.js';

const VIEW = 'hal=tren&wilayah=75&indikator=poverty_rate_p0&banding=75.01%2C75.02';
const slide = (over: Record<string, unknown> = {}) => ({ chart: 'trend', view: VIEW, title: 'Tren P0', ...over });

describe('a slide’s view', () => {
  it('is kept as the dashboard wrote it, without a leading ?', () => {
    expect(checkView(VIEW, 'View')).toBe(VIEW);
    expect(checkView(`?${VIEW}`, 'View')).toBe(VIEW);
    expect(checkView('hal=ringkasan', 'View')).toBe('hal=ringkasan');
    expect(checkView('hal=bandingkan&periode=&bahasa=en', 'View')).toBe('hal=bandingkan&periode=&bahasa=en');
  });

  it.each(CHART_PAGES_AND_OTHERS())('accepts page %s: %s', (page, accepted) => {
    const check = () => checkView(`hal=${page}&wilayah=75`, 'View');
    if (accepted) expect(check()).toBe(`hal=${page}&wilayah=75`);
    else expect(check).toThrow(/which has no chart: a slide shows one of ringkasan, bandingkan, tren, rapor, peta, program\.$/);
  });

  it('refuses what is not a bounded query string naming a chart page, with a sentence', () => {
    const refusal = (view: string) => {
      try {
        checkView(view, "Slide 2's view");
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(refusal(`hal=tren&x=${'a'.repeat(3000)}`)).toMatch(
      /^Slide 2's view is 3011 characters long, more than the limit of 2000: shorten it\.$/,
    );
    expect(refusal('wilayah=75')).toMatch(/names no page \(hal=…\)/);
    expect(refusal('hal=akun')).toMatch(/shows page “akun”, which has no chart/);
    expect(refusal('hal=tren\n&wilayah=75')).toMatch(/holds a control character/);
    expect(refusal('hal=tren&wilayah=%0A75')).toMatch(/value of “wilayah” that holds a control character once decoded/);
    expect(refusal('hal=tren&wilayah=%00')).toMatch(/control character once decoded/);
    expect(refusal('hal=tren&wilayah=%E0%A4%A')).toMatch(/not written as a query string writes it/);
    expect(refusal('hal=tren&wilayah=%ED%A0%80')).toMatch(/not written as a query string writes it/);
    expect(refusal('hal=tren&wilayah=<script>')).toMatch(/not written as a query string writes it/);
    expect(refusal('hal=tren&wilayah=75#x')).toMatch(/not written as a query string writes it/);
    expect(refusal('hal=tren&&wilayah=75')).toMatch(/has an empty part/);
    expect(refusal('hal=tren&')).toMatch(/has an empty part/);
    expect(refusal('hal=tren&wilayah')).toMatch(/has “wilayah”, which is not a key=value pair/);
    expect(refusal('hal=tren&wil ayah=75')).toMatch(/which is not a key=value pair/);
    expect(refusal('hal=tren&hal=peta')).toMatch(/gives “hal” twice/);
    expect(refusal('')).toMatch(/is empty/);
    expect(refusal('\ud800hal=tren')).toMatch(/broken character/);
  });
});

function CHART_PAGES_AND_OTHERS(): [string, boolean][] {
  return [
    ['ringkasan', true],
    ['bandingkan', true],
    ['tren', true],
    ['rapor', true],
    ['peta', true],
    ['program', true],
    ['akun', false],
    ['data', false],
    ['verifikasi', false],
    ['wilayah', false],
    ['TREN', false],
  ];
}

describe('titles, headlines, notes and charts', () => {
  it('trims a title to one line of 1–200 characters', () => {
    expect(checkTitle('  Rakor Gorontalo 2026 ', 'Title')).toBe('Rakor Gorontalo 2026');
    expect(checkTitle('x'.repeat(200), 'Title')).toHaveLength(200);
    expect(() => checkTitle('x'.repeat(201), "The deck's title")).toThrow(
      "The deck's title is 201 characters long, more than the limit of 200: shorten it.",
    );
    expect(() => checkTitle('   ', "The deck's title")).toThrow("The deck's title is empty: give it a title.");
    expect(() => checkTitle('Rakor\u0000', 'Title')).toThrow(/holds a control character/);
    expect(() => checkTitle('Rakor\u202eLine', 'Title')).not.toThrow();
    expect(() => checkTitle('a\u009bb', 'Title')).toThrow(/control character/);
  });

  it('reads a blank headline as the computed one, and keeps notes’ line breaks', () => {
    expect(checkHeadline(null, 'H')).toBeNull();
    expect(checkHeadline('  ', 'H')).toBeNull();
    expect(checkHeadline(' Boalemo paling jauh ', 'H')).toBe('Boalemo paling jauh');
    expect(() => checkHeadline('x'.repeat(501), 'H')).toThrow(/501 characters long, more than the limit of 500/);
    expect(() => checkHeadline('a\nb', 'H')).toThrow(/write it on one line/);
    expect(checkNotes('Poin 1\r\nPoin 2\n\tsub', 'N')).toBe('Poin 1\nPoin 2\n\tsub');
    expect(checkNotes(null, 'N')).toBe('');
    expect(() => checkNotes('x'.repeat(5001), 'N')).toThrow(/more than the limit of 5000/);
    expect(() => checkNotes('a\u0007b', 'N')).toThrow(/control character other than a line break or a tab/);
  });

  it('takes a chart id of lowercase letters, digits and -', () => {
    expect(checkChart('trend', 'Chart')).toBe('trend');
    expect(checkChart('slope-2', 'Chart')).toBe('slope-2');
    for (const bad of ['', 'Trend', '1trend', 'trend chart', 'a'.repeat(41), '../x']) {
      expect(() => checkChart(bad, 'Chart'), bad).toThrow(/is not a chart id/);
    }
  });
});

describe('slides sent at once and changes', () => {
  it('names the slide at fault, and takes at most a deck’s worth', () => {
    expect(checkSlides([slide(), slide({ headline: 'Judul', notes: 'Catatan' })])).toEqual([
      { chart: 'trend', view: VIEW, title: 'Tren P0', headline: null, notes: '' },
      { chart: 'trend', view: VIEW, title: 'Tren P0', headline: 'Judul', notes: 'Catatan' },
    ]);
    expect(() => checkSlides([slide(), slide({ view: 'hal=akun' })])).toThrow(/^Slide 2's view shows page “akun”/);
    expect(() => checkSlides(Array.from({ length: DECK_LIMITS.slidesPerDeck + 1 }, () => slide()))).toThrow(
      'A deck holds at most 100 slides; 101 were sent.',
    );
  });

  it('changes only what is given; an explicit null headline is the computed one again', () => {
    expect(checkSlideChanges({ headline: null })).toEqual({ headline: null });
    expect(checkSlideChanges({ title: 'Baru', notes: null })).toEqual({ title: 'Baru', notes: '' });
    expect(() => checkSlideChanges({})).toThrow(/Say what to change/);
    expect(() => checkSlideChanges({ title: null })).toThrow(/title is empty/);
    expect(() => checkSlideChanges({ view: 'hal=akun' })).toThrow(/has no chart/);
  });

  it('takes ids that are UUIDs only, without quoting more than a little of anything else', () => {
    expect(checkId('0E9A6B4C-1D2E-4F00-8A9B-0C1D2E3F4A5B', 'deck')).toBe('0e9a6b4c-1d2e-4f00-8a9b-0c1d2e3f4a5b');
    expect(() => checkId(`'; DROP TABLE deck; --${'x'.repeat(100)}`, 'slide')).toThrow(
      /^“'; DROP TABLE deck; --x{18}…” is not a slide id: ids are UUIDs, as the API returned them\.$/,
    );
  });
});
