import { formatNumber, formatRupiah, type Lang } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';
import { extremes, sentence, tiedNames } from './words';

export interface ProgrammeHeadlineRow {
  regionCode: string;
  regionName: string;
  year: number;
  budgetAllocated: number | null;
  budgetSpent: number | null;
  /** Percent of the allocation spent. */
  absorption: number | null;
  /** Percent of the eligible who receive it. */
  coverage: number | null;
}

export interface ProgrammeHeadlineInput {
  /** One programme's figures in every year: the region's own and those of the regions directly under it. */
  rows: readonly ProgrammeHeadlineRow[];
  /** The year the chart shows. */
  year: number;
  measure: 'anggaran' | 'penyerapan' | 'cakupan';
  /** The region the page is about (its own row, if any, is not ranked among the regions under it). */
  regionCode: string;
  lang: Lang;
}

/**
 * A programme chart in one sentence, for the measure shown. Absorption or coverage: the region's own figure, and
 * the highest and lowest of the regions under it ("Penyerapan Sulawesi Tengah 87,3%; tertinggi Kota Palu 98,1%,
 * terendah Kabupaten Poso 70,2%"). Budget: the allocation, what was spent, and the change from the previous year
 * with an allocation ("Pagu Kabupaten Banggai Rp 32 miliar, naik dari Rp 16 miliar pada 2023"), and the largest
 * allocation under it. A figure that is not known is left out, never taken as zero.
 */
export function programmeHeadline(input: ProgrammeHeadlineInput, t: Translate): string | null {
  return input.measure === 'anggaran' ? budgetHeadline(input, t) : shareHeadline(input, t);
}

function shareHeadline({ rows, year, measure, regionCode, lang }: ProgrammeHeadlineInput, t: Translate): string | null {
  const pick = (r: ProgrammeHeadlineRow) => (measure === 'penyerapan' ? r.absorption : r.coverage);
  // As the chart and the table write it: one decimal.
  const percent = (v: number) => `${formatNumber(v, 1, lang)}%`;
  const measureWord = t(measure === 'penyerapan' ? 'headlineProgrammeAbsorption' : 'headlineProgrammeCoverage');
  const known = rows
    .filter((r) => r.year === year)
    .flatMap((r) => {
      const value = pick(r);
      return value === null ? [] : [{ ...r, value }];
    });
  const own = known.find((r) => r.regionCode === regionCode);
  const under = known.filter((r) => r.regionCode !== regionCode);
  const shareOf = (r: (typeof known)[number]) =>
    t('headlineProgrammeValue', { measure: measureWord, region: r.regionName, value: percent(r.value) });
  const ends = () => {
    const high = extremes(under, (r) => r.value, 'max');
    const low = extremes(under, (r) => r.value, 'min');
    const clause = (key: 'headlineHighest' | 'headlineLowest', group: typeof under) =>
      t(key, {
        names: tiedNames(
          group.map((r) => r.regionName),
          t,
        ),
        value: percent(group[0]!.value),
      });
    // All equal: one clause says it.
    return high[0]!.value === low[0]!.value
      ? clause('headlineHighest', high)
      : `${clause('headlineHighest', high)}, ${clause('headlineLowest', low)}`;
  };
  if (own) {
    if (under.length === 0) return shareOf(own);
    if (under.length === 1) return `${shareOf(own)}; ${under[0]!.regionName} ${percent(under[0]!.value)}`;
    return `${shareOf(own)}; ${ends()}`;
  }
  if (under.length === 0) return null;
  if (under.length === 1) return shareOf(under[0]!);
  return `${measureWord} ${ends()}`;
}

function budgetHeadline({ rows, year, regionCode, lang }: ProgrammeHeadlineInput, t: Translate): string | null {
  const rupiah = (v: number) => formatRupiah(v, lang);
  const allocated = rows
    .filter((r) => r.year === year)
    .flatMap((r) => (r.budgetAllocated === null ? [] : [{ ...r, allocated: r.budgetAllocated }]));
  const under = allocated.filter((r) => r.regionCode !== regionCode);
  const focus = allocated.find((r) => r.regionCode === regionCode) ?? (under.length === 1 ? under[0]! : null);
  const others = under.filter((r) => r !== focus);
  const named = (key: 'headlineBudgetLargest' | 'headlineBudgetSmallest', group: typeof others) =>
    t(key, {
      names: tiedNames(
        group.map((r) => r.regionName),
        t,
      ),
      value: rupiah(group[0]!.allocated),
    });
  if (!focus) {
    if (others.length === 0) return null;
    const largest = extremes(others, (r) => r.allocated, 'max');
    const smallest = extremes(others, (r) => r.allocated, 'min');
    const head = sentence(named('headlineBudgetLargest', largest));
    return largest[0]!.allocated === smallest[0]!.allocated ? head : `${head}, ${named('headlineBudgetSmallest', smallest)}`;
  }
  const parts = [t('headlineBudgetOf', { region: focus.regionName, allocated: rupiah(focus.allocated) })];
  if (focus.budgetSpent !== null) {
    const share = focus.absorption === null ? '' : ` (${formatNumber(focus.absorption, 1, lang)}%)`;
    parts.push(`${t('headlineBudgetSpent', { spent: rupiah(focus.budgetSpent) })}${share}`);
  }
  const earlier = rows
    .filter((r) => r.regionCode === focus.regionCode && r.year < year && r.budgetAllocated !== null)
    .sort((a, b) => b.year - a.year)[0];
  if (earlier) {
    const previous = earlier.budgetAllocated!;
    parts.push(
      previous === focus.allocated
        ? t('headlineBudgetSameAs', { year: earlier.year })
        : t(focus.allocated > previous ? 'headlineBudgetUpFrom' : 'headlineBudgetDownFrom', {
            previous: rupiah(previous),
            year: earlier.year,
          }),
    );
  }
  const head = parts.join(', ');
  if (!others.length) return head;
  return `${head}; ${named(
    'headlineBudgetLargest',
    extremes(others, (r) => r.allocated, 'max'),
  )}`;
}
