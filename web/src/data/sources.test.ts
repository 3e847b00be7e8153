import { describe, expect, it } from 'vitest';
import { releaseText, shortUrl, sourceFooter, sourceLinks, summariseSources, withPublisher } from './sources';

const MIRROR = 'https://github.com/akbaralqahri/Kemiskinan-Indonesia/blob/e7cd3ab/data/processed/extracted_panel.json';
const SI_2026 = 'https://www.bps.go.id/id/publication/2026/02/27/a43f03f45543dc4e9942f44c/statistik-indonesia-2026.html';
const bps = (title: string, more: { url?: string; publisherUrl?: string | null; releaseDate?: string | null } = {}) => ({
  title,
  publisher: 'Badan Pusat Statistik (BPS)',
  url: more.url ?? 'https://bps.go.id',
  publisherUrl: more.publisherUrl ?? null,
  releaseDate: more.releaseDate ?? null,
});
// TPT of August 2025 as the demo data has it: a BPS publication released on 27 February 2026, copied from a mirror.
const tpt = {
  source: bps('Statistik Indonesia 2026 table 3.2.11 p.224', { url: MIRROR, publisherUrl: SI_2026, releaseDate: '2026-02-27' }),
  updatedAt: '2026-12-05T05:53:00Z',
};

describe('sourceFooter', () => {
  it('gives the publisher’s release date and page, and the mirror the figures were taken from', () => {
    expect(sourceFooter([tpt], 'id')).toBe(
      'Sumber: BPS — Statistik Indonesia 2026 table 3.2.11 p.224 · Rilis BPS: 27 Februari 2026 · bps.go.id/… · diambil dari github.com/akbaralqahri/…',
    );
    expect(sourceFooter([tpt], 'en')).toBe(
      'Source: BPS — Statistik Indonesia 2026 table 3.2.11 p.224 · BPS release: 27 February 2026 · bps.go.id/… · taken from github.com/akbaralqahri/…',
    );
  });
  it('says the release date is unknown where the source gives none, and labels the loaded date as such', () => {
    const items = [
      { source: bps('Tabel A https://x.y/z'), updatedAt: '2026-11-20T01:00:00Z' },
      { source: bps('Tabel A https://x.y/z'), updatedAt: '2026-11-23T13:40:35Z' },
      { source: bps('Tabel B'), updatedAt: '2026-11-01T00:00:00Z' },
    ];
    expect(sourceFooter(items, 'id')).toBe(
      'Sumber: BPS — Tabel A (+1 lainnya) · Tanggal rilis tidak diketahui · dimuat 23 November 2026 · diambil dari bps.go.id/…',
    );
    expect(sourceFooter(items, 'en')).toBe(
      'Source: BPS — Tabel A (+1 more) · Release date unknown · loaded 23 November 2026 · taken from bps.go.id/…',
    );
  });
  it('gives the newest release when several sources have one, and says when some do not', () => {
    const p0 = { source: bps('Tabel P0'), updatedAt: '2026-12-05T05:53:00Z' };
    expect(releaseText(summariseSources([tpt, p0]), 'id')).toBe(
      'Rilis BPS terbaru: 27 Februari 2026 (sebagian tanpa tanggal rilis) · dimuat 5 Desember 2026',
    );
  });
});

describe('source links', () => {
  it('link the publisher’s page with its release date, then the mirror as “diambil dari”', () => {
    expect(sourceLinks([tpt], 'id')).toEqual([
      { title: 'BPS — Statistik Indonesia 2026 table 3.2.11 p.224, rilis 27 Februari 2026', url: SI_2026 },
      { title: 'diambil dari github.com/akbaralqahri/…', url: MIRROR },
    ]);
    expect(sourceLinks([{ source: bps('Tabel P0'), updatedAt: '2026-12-05T05:53:00Z' }], 'en')).toEqual([
      { title: 'BPS — Tabel P0', url: 'https://bps.go.id' },
    ]);
    expect(shortUrl('not a link')).toBe('not a link');
  });
});

describe('a source without a publisher', () => {
  it('shows just its title, with no stray dash', () => {
    expect(withPublisher({ publisher: '', title: 'Perpres 12/2025 tentang RPJMN 2025–2029' })).toBe(
      'Perpres 12/2025 tentang RPJMN 2025–2029',
    );
    expect(withPublisher({ publisher: 'Badan Pusat Statistik (BPS)', title: 'Tabel P0' })).toBe('BPS — Tabel P0');
  });
});
