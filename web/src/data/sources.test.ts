import { describe, expect, it } from 'vitest';
import { sourceFooter, withPublisher } from './sources';

const bps = (title: string) => ({ title, publisher: 'Badan Pusat Statistik (BPS)', url: 'https://bps.go.id' });

describe('sourceFooter', () => {
  it('names the source and the latest "data per" date', () => {
    const items = [
      { source: bps('Tabel A https://x.y/z'), updatedAt: '2026-11-20T01:00:00Z' },
      { source: bps('Tabel A https://x.y/z'), updatedAt: '2026-11-23T13:40:35Z' },
      { source: bps('Tabel B'), updatedAt: '2026-11-01T00:00:00Z' },
    ];
    expect(sourceFooter(items, 'id')).toBe('Sumber: BPS — Tabel A (+1 lainnya) · Data per 23 November 2026');
    expect(sourceFooter(items, 'en')).toBe('Source: BPS — Tabel A (+1 more) · Data as of 23 November 2026');
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
