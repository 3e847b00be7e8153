import { describe, expect, it } from 'vitest';
import type { ProgressStatus } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { PROVINCE_CODES } from '../../pages/map/tile-positions';
import { P0 } from '../../test-support/indicators';
import { type MapHeadlineInput, mapHeadline } from './tile-map';

const id = translator('id');
const en = translator('en');

// Status of the provinces' P0 against the RPJMN target 2029 (demo data, September 2025, as the API scores it).
const STATUS: [ProgressStatus, string[]][] = [
  ['ACHIEVED', ['21', '31', '51', '63']],
  ['AT_RISK', ['32', '36', '61', '82', '95']],
  // biome-ignore format: one line per status
  ['OFF_TRACK', ['11', '12', '14', '15', '16', '17', '18', '19', '33', '34', '35', '52', '53', '62', '71', '72', '73', '74', '75', '76', '81', '91', '92', '93', '94', '96']],
  ['ON_TRACK', ['13', '64', '65']],
];
const NAMES: Record<string, string> = { '75': 'Gorontalo', '51': 'Bali', '94': 'Papua Tengah', '95': 'Papua Pegunungan' };
const provinces = PROVINCE_CODES.map((code) => ({ code, name: NAMES[code] ?? `Provinsi ${code}` }));
const statuses = new Map(STATUS.flatMap(([status, codes]) => codes.map((code) => [code, status] as const)));
const input = (over: Partial<MapHeadlineInput> = {}): MapHeadlineInput => ({
  mode: 'status',
  provinces,
  values: [],
  statuses,
  highlight: '75',
  unit: P0,
  direction: P0.direction,
  lang: 'id',
  ...over,
});

describe('tile map headline', () => {
  it('coloured by status: the chosen province, then how many are in each status, worst first', () => {
    expect(provinces).toHaveLength(38);
    expect(mapHeadline(input(), id)).toBe(
      'Gorontalo tidak sesuai jalur; dari 38 provinsi: 26 tidak sesuai jalur, 5 berisiko, 3 sesuai jalur, 4 tercapai',
    );
    expect(mapHeadline(input({ lang: 'en' }), en)).toBe(
      'Gorontalo is off track; of 38 provinces: 26 off track, 5 at risk, 3 on track, 4 achieved',
    );
  });
  it('counts a province without a status as such, and says no status of the chosen one it does not have', () => {
    const some = new Map(statuses);
    some.delete('75');
    some.delete('94');
    expect(mapHeadline(input({ statuses: some }), id)).toBe(
      'Dari 38 provinsi: 24 tidak sesuai jalur, 5 berisiko, 3 sesuai jalur, 4 tercapai, 2 tanpa status',
    );
    expect(mapHeadline(input({ highlight: null, lang: 'en' }), en)).toBe(
      'Of 38 provinces: 26 off track, 5 at risk, 3 on track, 4 achieved',
    );
    expect(mapHeadline(input({ highlight: '51' }), id)).toBe(
      'Bali sudah mencapai target; dari 38 provinsi: 26 tidak sesuai jalur, 5 berisiko, 3 sesuai jalur, 4 tercapai',
    );
  });
  it('says nothing when no province is scored', () => {
    expect(mapHeadline(input({ statuses: new Map() }), id)).toBeNull();
  });
  it('coloured by value: the ranking of the provinces', () => {
    const values = [
      { code: '51', name: 'Bali', value: 3.42, rank: 1 },
      { code: '75', name: 'Gorontalo', value: 12.62, rank: 30 },
      { code: '94', name: 'Papua Tengah', value: 29.45, rank: 38 },
    ];
    expect(mapHeadline(input({ mode: 'nilai', values }), id)).toBe(
      'Gorontalo peringkat 30 dari 3 provinsi (12,62%); terbaik Bali 3,42%, terburuk Papua Tengah 29,45%',
    );
    expect(mapHeadline(input({ mode: 'nilai', values: [] }), id)).toBeNull();
  });
});
