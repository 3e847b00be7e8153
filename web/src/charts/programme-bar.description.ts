import { formatPercent, formatRupiah, missingText } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type ChartDescription, ends, listOf, paragraph } from './chart-description';
import type { ProgrammeBarData, ProgrammeBarRow } from './programme-bar.option';

/** Regions named at each end in the summary; all of them are in the table. */
const AT_EACH_END = 3;

/**
 * The programme bars in words, from the same data. Budget: every region's pagu and realisasi (no total: the rows
 * are a region and the regions inside it). Absorption or coverage: the highest and lowest, and who has no figure.
 */
export function describeProgrammes(data: ProgrammeBarData, t: Translate): ChartDescription {
  const { lang, words } = data;
  const rupiah = (v: number | null) => (v === null ? missingText(lang) : formatRupiah(v, lang));
  const percent = (v: number | null) => (v === null ? missingText(lang) : formatPercent(v, 1, lang));
  if (data.measure === 'anggaran') {
    return {
      summary: `${listOf(
        data.rows.map((r) =>
          t('describeBudgetOf', { region: r.name, allocated: rupiah(r.budgetAllocated), spent: rupiah(r.budgetSpent) }),
        ),
      )}.`,
      table: {
        header: [t('region'), words.allocated, words.spent],
        rows: data.rows.map((r) => [r.name, rupiah(r.budgetAllocated), rupiah(r.budgetSpent)]),
      },
    };
  }
  const measureOf = (r: ProgrammeBarRow) => (data.measure === 'penyerapan' ? r.absorption : r.coverage);
  const withFigure = data.rows
    .filter((r) => measureOf(r) !== null)
    .sort((a, b) => measureOf(b)! - measureOf(a)! || a.name.localeCompare(b.name, 'id'));
  const missing = data.rows.filter((r) => measureOf(r) === null);
  const item = (r: ProgrammeBarRow) => `${r.name} ${percent(measureOf(r))}`;
  const { first, last } = ends(withFigure, AT_EACH_END);
  return {
    summary: paragraph([
      withFigure.length <= 2 * AT_EACH_END
        ? withFigure.length > 0 && t('describeOrder', { list: listOf(withFigure.map(item)) })
        : `${t('describeHighest', { list: listOf(first.map(item)) })} ${t('describeLowest', { list: listOf(last.map(item)) })}`,
      missing.length > 0 && t('describeMissing', { names: missing.map((r) => r.name).join(', ') }),
    ]),
    table: {
      header: [t('region'), data.measure === 'penyerapan' ? words.absorption : words.coverage],
      rows: data.rows.map((r) => [r.name, percent(measureOf(r))]),
    },
  };
}
