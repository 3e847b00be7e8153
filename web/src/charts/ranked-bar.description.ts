import { formatPeriod, formatValue, type Lang, missingText, type UnitInfo } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type ChartDescription, ends, listOf, paragraph } from './chart-description';
import { type RankedBarRow, sortRanked } from './ranked-bar.option';

export interface RankingDescriptionInput {
  /** The rows the bars are drawn from (rank 1 = best in the indicator's direction). */
  rows: readonly RankedBarRow[];
  unit: UnitInfo;
  lang: Lang;
  highlight: string | null;
  national: { value: number | null; period: string | null } | null;
  parent: { name: string; value: number | null; period: string | null } | null;
  /** The target line's label as the chart writes it, e.g. "Target RPJMN 2029: 4,50%". */
  target: string | null;
}

/** Regions listed by name in the summary at each end of the ranking; all of them are in the table. */
const AT_EACH_END = 3;

/** The ranked bars in words: best and worst with their values, the highlighted region's place, the lines drawn. */
export function describeRanking(input: RankingDescriptionInput, t: Translate): ChartDescription {
  const { unit, lang } = input;
  const rows = sortRanked(input.rows);
  const ranked = rows.filter((r): r is RankedBarRow & { value: number } => r.value !== null);
  const missing = rows.filter((r) => r.value === null);
  const item = (r: RankedBarRow & { value: number }) => `${r.rank ?? '–'}. ${r.name} ${formatValue(r.value, unit, lang)}`;
  const { first, last } = ends(ranked, AT_EACH_END);
  const highlighted = ranked.find((r) => r.code === input.highlight);
  const national = input.national;
  const parent = input.parent;
  const summary = paragraph([
    ranked.length <= 2 * AT_EACH_END
      ? ranked.length > 0 && t('describeOrder', { list: listOf(ranked.map(item)) })
      : `${t('describeBest', { list: listOf(first.map(item)) })} ${t('describeWorst', { list: listOf(last.map(item)) })}`,
    highlighted &&
      t('describeRanked', {
        region: highlighted.name,
        value: formatValue(highlighted.value, unit, lang),
        rank: highlighted.rank ?? '–',
        count: ranked.length,
      }),
    national?.value != null &&
      `${t('nationalValue', { value: formatValue(national.value, unit, lang), period: formatPeriod(national.period, lang) })}.`,
    parent?.value != null &&
      `${t('parentValue', { name: parent.name, value: formatValue(parent.value, unit, lang), period: formatPeriod(parent.period, lang) })}.`,
    input.target && `${input.target}.`,
    missing.length > 0 && t('describeMissing', { names: missing.map((r) => r.name).join(', ') }),
  ]);
  return {
    summary,
    table: {
      header: [t('region'), t('rank'), t('value')],
      rows: rows.map((r) => [
        r.name,
        r.rank === null ? '–' : String(r.rank),
        r.value === null ? missingText(lang) : formatValue(r.value, unit, lang),
      ]),
    },
  };
}
