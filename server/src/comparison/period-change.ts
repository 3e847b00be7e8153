// The change between two chosen periods for every region of a level, ranked: the rules, apart from the database.
import type { Localized } from '../messages/language.js';
import { comparePeriods, frequencyOf, onOrAfter, type PeriodKey, parseStoredPeriod } from '../observations/periods.js';
import { breaksFor, type SeriesBreakRule } from '../observations/series.js';
import type { Direction } from '../targets/progress.js';

/** Where a region stands in the ranking of changes. */
export type ChangeStanding = 'RANKED' | 'EXCLUDED' | 'MISSING';

export interface ChangeInput {
  regionCode: string;
  fromValue: number | null;
  toValue: number | null;
}

export interface RankedChange extends ChangeInput {
  /** toValue − fromValue rounded to the indicator's decimals; null without both values. */
  change: number | null;
  /** 1 is the greatest improvement in the indicator's direction; ties share a rank; null unless RANKED. */
  rank: number | null;
  standing: ChangeStanding;
  /** The series breaks of this region that lie between the two periods (latest last): the values are not comparable. */
  seriesBreaks: SeriesBreakRule[];
}

/** Why a range is refused, in both languages; null when it is one a change can be computed over. */
export function rangeProblem(from: string, to: string): Localized | null {
  const a = parseStoredPeriod(from);
  const b = parseStoredPeriod(to);
  if (comparePeriods(a, b) >= 0) {
    return {
      en: `from “${from}” is not before to “${to}”: the change runs from the earlier period to the later one, swap them.`,
      id: `from “${from}” tidak lebih awal daripada to “${to}”: perubahan dihitung dari periode yang lebih awal ke yang lebih akhir, tukar keduanya.`,
    };
  }
  // An annual figure and a round are different series (see comparable.ts): their difference is not a change.
  if (frequencyOf(a) !== frequencyOf(b)) {
    return {
      en: `from “${from}” and to “${to}” are not of the same kind: compare a year with a year ("2019" → "2025") or a round with a round ("2019-03" → "2025-03").`,
      id: `from “${from}” dan to “${to}” tidak sejenis: bandingkan tahun dengan tahun ("2019" → "2025") atau putaran dengan putaran ("2019-03" → "2025-03").`,
    };
  }
  return null;
}

/** The breaks of one region's series (for one indicator) that start after `from` and no later than `to`. */
export function breaksBetween(
  rules: readonly SeriesBreakRule[],
  indicatorCode: string,
  regionCode: string,
  from: PeriodKey,
  to: PeriodKey,
): SeriesBreakRule[] {
  return breaksFor(rules, indicatorCode, regionCode)
    .filter((b) => !onOrAfter(from, b.at) && onOrAfter(to, b.at))
    .map(({ at: _at, ...rule }) => rule);
}

const roundTo = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};
// Region codes are digits and dots: code-unit order is their order.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks the regions by their change from `from` to `to`, best first in the indicator's direction (the largest fall
 * of poverty, the largest rise of IPM; NEUTRAL as the comparison ranks it, largest first). Ties share a rank
 * (1, 2, 2, 4). A region without both values is MISSING; one whose series breaks in between is marked with the
 * breaks, and with `excludeBreaks` left out of the ranking as EXCLUDED. Returned ranked first (by rank, then code),
 * then the excluded, then the missing, each by code.
 */
export function rankChanges(
  rows: readonly ChangeInput[],
  options: {
    indicatorCode: string;
    direction: Direction;
    decimals: number;
    from: string;
    to: string;
    breaks: readonly SeriesBreakRule[];
    excludeBreaks: boolean;
  },
): RankedChange[] {
  const from = parseStoredPeriod(options.from);
  const to = parseStoredPeriod(options.to);
  const all = rows.map((row): RankedChange => {
    const breaks = breaksBetween(options.breaks, options.indicatorCode, row.regionCode, from, to);
    const both = row.fromValue !== null && row.toValue !== null;
    const change = both ? roundTo(row.toValue! - row.fromValue!, options.decimals) : null;
    const standing: ChangeStanding = !both ? 'MISSING' : breaks.length && options.excludeBreaks ? 'EXCLUDED' : 'RANKED';
    return { ...row, change, rank: null, standing, seriesBreaks: breaks };
  });
  const better = options.direction === 'LOWER_IS_BETTER' ? (a: number, b: number) => a - b : (a: number, b: number) => b - a;
  const ranked = all
    .filter((r) => r.standing === 'RANKED')
    .sort((a, b) => better(a.change!, b.change!) || byCode(a.regionCode, b.regionCode));
  ranked.forEach((r, i) => {
    r.rank = i > 0 && ranked[i - 1]!.change === r.change ? ranked[i - 1]!.rank : i + 1;
  });
  const rest = (standing: ChangeStanding) =>
    all.filter((r) => r.standing === standing).sort((a, b) => byCode(a.regionCode, b.regionCode));
  return [...ranked, ...rest('EXCLUDED'), ...rest('MISSING')];
}
