import { formatNumber, formatPercent, formatSigned, missingText } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type CategoryProfileData, categoryProfileRows } from './category-profile.option';
import type { ChartDescription } from './chart-description';

/** Categories named as the largest in the summary; all of them are in the table. */
const TOP = 3;

/** A region's profile in words: its total, the largest categories with their shares, and the change when computed. */
export function describeCategoryProfile(
  data: CategoryProfileData & { regionName: string; total: number | null; change: number | null },
  t: Translate,
): ChartDescription {
  const { lang } = data;
  const count = (v: number | null) => (v === null ? missingText(lang) : formatNumber(v, 0, lang));
  const rows = categoryProfileRows(data.rows);
  const top = rows
    .filter((r) => r.value !== null)
    .slice(0, TOP)
    .map((r) => `${r.name} ${count(r.value)} (${formatPercent(r.share, 1, lang)})`)
    .join('; ');
  return {
    summary: t('ppksDescription', {
      region: data.regionName,
      year: data.year,
      total: count(data.total),
      top: top || missingText(lang),
      change:
        data.change === null
          ? t('ppksDescriptionNoChange')
          : t('ppksDescriptionChange', { previous: data.previousYear, change: formatSigned(data.change, 0, lang) }),
    }),
    table: {
      header: [
        t('ppksCategory'),
        String(data.year),
        t('ppksShare'),
        String(data.previousYear),
        t('ppksChange', { previous: data.previousYear }),
      ],
      rows: rows.map((r) => [
        r.name,
        count(r.value),
        r.share === null ? '–' : formatPercent(r.share, 1, lang),
        count(r.previousValue),
        r.change === null ? '–' : formatSigned(r.change, 0, lang),
      ]),
    },
  };
}
