import type { DocumentInfo } from '../data/types';

const t = (
  indicatorCode: string,
  year: number,
  value: number | null,
  lowerBound: number | null = null,
  upperBound: number | null = null,
) => ({
  indicatorCode,
  regionCode: 'ID',
  year,
  value,
  lowerBound,
  upperBound,
  baselineYear: null,
  baselineValue: null,
  note: null,
});

/** The demo data set's planning documents, as the API returns them. */
export const DOCUMENTS: DocumentInfo[] = [
  {
    code: 'RKP-2025',
    title: 'Rencana Kerja Pemerintah 2025',
    kind: 'RKP',
    startYear: 2025,
    endYear: 2025,
    regionCode: 'ID',
    legalBasis: null,
    targets: [t('gini_ratio', 2025, null, 0.379, 0.382), t('poverty_rate_p0', 2025, null, 7, 8)],
  },
  {
    code: 'RPJMN-2025-2029',
    title: 'Rencana Pembangunan Jangka Menengah Nasional 2025–2029',
    kind: 'RPJMN',
    startYear: 2025,
    endYear: 2029,
    regionCode: 'ID',
    legalBasis: 'Perpres 12/2025',
    targets: [
      t('extreme_poverty_rate', 2026, null, 0, 0.5),
      t('human_capital_index', 2029, 0.59),
      t('poverty_rate_p0', 2027, 6),
      t('poverty_rate_p0', 2029, 4.5),
      { ...t('poverty_rate_p0', 2029, 9), regionCode: '75' },
    ],
  },
];
