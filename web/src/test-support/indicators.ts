import type { IndicatorInfo } from '../data/types';

/** P0 as the catalogue describes it. */
export const P0: IndicatorInfo = {
  code: 'poverty_rate_p0',
  nameId: 'Persentase Penduduk Miskin (P0)',
  nameEn: 'Poverty rate (P0)',
  unitId: 'persen',
  unitEn: 'percent',
  decimals: 2,
  direction: 'LOWER_IS_BETTER',
  periodicity: 'SEMIANNUAL',
  periodMonths: [3, 9],
  levels: ['NATIONAL', 'PROVINCE', 'REGENCY_CITY'],
  topic: 'kemiskinan',
  source: 'BPS',
  coverage: { observations: 100, periods: ['2024-03', '2024-09', '2025-03'] },
  seriesBreaks: [],
};
