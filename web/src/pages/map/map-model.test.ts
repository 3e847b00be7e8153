import { describe, expect, it } from 'vitest';
import { STATUS_STYLE } from '../../charts/palette';
import { buildTiles } from './map-model';

const input = {
  values: [
    { regionCode: '75', name: 'Gorontalo', value: 12.62, rank: 30 },
    { regionCode: '51', name: 'Bali', value: 3.42, rank: 1 },
  ],
  statuses: [{ regionCode: '51', status: 'ACHIEVED' as const }],
  names: new Map([['75', 'Gorontalo']]),
  highlight: '75',
  format: (v: number) => `${v}%`,
  statusLabel: (s: string) => s,
  missingLabel: 'belum ada data',
  periodLabel: 'September 2025',
};

describe('buildTiles', () => {
  it('gives every province a tile; a province without a value is missing, not zero', () => {
    const { tiles } = buildTiles(input, 'nilai');
    expect(tiles).toHaveLength(38);
    const aceh = tiles.find((t) => t.code === '11')!;
    expect(aceh.fill).toBeNull();
    expect(aceh.valueText).toBe('–');
    expect(tiles.find((t) => t.code === '75')).toMatchObject({ valueText: '12.62%', highlighted: true });
  });
  it('colours by status with the status symbol in the text', () => {
    const { tiles, legend } = buildTiles(input, 'status');
    const bali = tiles.find((t) => t.code === '51')!;
    expect(bali.fill).toBe(STATUS_STYLE.ACHIEVED.colour);
    expect(bali.valueText).toBe('✓ 3.42%');
    expect(legend).toHaveLength(5);
  });
});
