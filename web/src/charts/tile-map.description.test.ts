import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { MISSING_FILL, STATUS_STYLE } from './palette';
import { describeTileMap } from './tile-map.description';
import type { Tile } from './tile-map.option';

const tile = (code: string, name: string, fill: string | null, detail: string, highlighted = false): Tile => ({
  code,
  name,
  short: name.slice(0, 4),
  col: 0,
  row: 0,
  valueText: '',
  fill,
  detail,
  highlighted,
});

describe('describeTileMap', () => {
  it('counts the provinces of each value group in the legend’s order, those without data last', () => {
    const legend = [
      { label: '3,42–5,19%', fill: '#deebf7' },
      { label: '9,00–20,33%', fill: '#08519c' },
      { label: 'belum ada data', fill: MISSING_FILL },
    ];
    const tiles = [
      tile('51', 'Bali', '#deebf7', '3,42% (Maret 2025) · #1'),
      tile('94', 'Papua', '#08519c', '20,33% (Maret 2025) · #38'),
      tile('75', 'Gorontalo', '#08519c', '14,01% (Maret 2025) · #33', true),
      tile('95', 'Papua Selatan', null, 'belum ada data (Maret 2025)'),
    ];
    const { summary, table } = describeTileMap({ tiles, legend }, translator('id'));
    expect(summary).toBe(
      '3,42–5,19%: 1 provinsi; 9,00–20,33%: 2 provinsi; belum ada data: 1 provinsi. ' +
        'Disorot: Gorontalo, 14,01% (Maret 2025) · #33.',
    );
    expect(table.header).toEqual(['Provinsi', 'Nilai']);
    expect(table.rows.map((r) => r[0])).toEqual(['Bali', 'Gorontalo', 'Papua', 'Papua Selatan']);
    expect(table.rows[3]).toEqual(['Papua Selatan', 'belum ada data (Maret 2025)']);
  });

  it('counts target statuses, leaving out those no province has', () => {
    const legend = (['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'] as const).map((s) => ({
      label: `${STATUS_STYLE[s].icon} ${s}`,
      fill: STATUS_STYLE[s].colour,
    }));
    const tiles = [
      tile('51', 'Bali', STATUS_STYLE.ACHIEVED.colour, '3,42% · ✓ Achieved'),
      tile('94', 'Papua', STATUS_STYLE.OFF_TRACK.colour, '20,33% · ✗ Off track'),
      tile('75', 'Gorontalo', STATUS_STYLE.OFF_TRACK.colour, '14,01% · ✗ Off track'),
    ];
    expect(describeTileMap({ tiles, legend }, translator('en')).summary).toBe(
      '✓ ACHIEVED: 1 province; ✗ OFF_TRACK: 2 provinces.',
    );
  });
});
