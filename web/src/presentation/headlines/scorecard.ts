import type { TargetGap, TargetSpec } from '../../data/target-gap';
import type { Direction, ProgressStatus } from '../../data/types';
import { formatTarget, formatValue, type Lang, type UnitInfo } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';
import { extremes, lowerFirst, peersWord, tiedNames } from './words';

export interface ScorecardHeadlineRow {
  name: string;
  status: ProgressStatus;
  /** Null: no value (counted as without status, never named as furthest). */
  value: number | null;
  gap: TargetGap | null;
}

export interface ScorecardHeadlineInput {
  indicatorName: string;
  /** The regions under the parent, not the parent itself. */
  rows: readonly ScorecardHeadlineRow[];
  target: (TargetSpec & { year: number }) | null;
  level: string | null;
  unit: UnitInfo;
  direction: Direction;
  lang: Lang;
}

/** The statuses a headline counts, worst first: the room hears first how many are behind. */
const COUNTED: ProgressStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'ACHIEVED'];

/**
 * One column of a scorecard in one sentence: how many regions have the worst status there is, and who is furthest
 * behind ("Persentase Penduduk Miskin (P0): 12 dari 13 kabupaten/kota tidak sesuai jalur; terjauh Kabupaten Tojo Una
 * Una 14,67%"). Regions without a value are left out of the count; ties for furthest are named together.
 */
export function scorecardHeadline(input: ScorecardHeadlineInput, t: Translate): string | null {
  const { unit, lang } = input;
  const scored = input.rows.filter((r) => r.status !== 'NO_DATA' && r.value !== null);
  if (!scored.length || !input.target) return null;
  const peers = peersWord(input.level, t);
  const target = `${formatTarget(input.target, unit, lang)} (${input.target.year})`;
  const achieved = scored.filter((r) => r.status === 'ACHIEVED').length;
  if (achieved === scored.length)
    return t('headlineScorecardAllMet', { indicator: input.indicatorName, count: scored.length, peers, target });
  // A headline must fit two lines of a slide: the worst status's count and who is furthest; the rest is on the table.
  const worstStatus = COUNTED.find((status) => scored.some((r) => r.status === status))!;
  const head = t('headlineScorecardCount', {
    indicator: input.indicatorName,
    n: scored.filter((r) => r.status === worstStatus).length,
    count: scored.length,
    peers,
    status: lowerFirst(t(`status${worstStatus}`)),
  });
  const behind = scored.filter((r): r is ScorecardHeadlineRow & { gap: TargetGap } => !!r.gap && r.gap.shortfall > 0);
  if (!behind.length) return head;
  const worst = extremes(behind, (r) => r.gap.shortfall, 'max');
  return `${head}; ${t('headlineScorecardFurthest', {
    names: tiedNames(
      worst.map((r) => r.name),
      t,
    ),
    value: formatValue(worst[0]!.value!, unit, lang),
  })}`;
}
