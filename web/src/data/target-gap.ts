import { formatNumber, isPercent, type Lang, type UnitInfo } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import type { Direction } from './types';

export interface TargetSpec {
  value: number | null;
  lowerBound: number | null;
  upperBound: number | null;
}

/** How far a value is from its target, in the indicator's unit. */
export interface TargetGap {
  /** |value − target| (for a range: to its nearer edge; 0 inside it), rounded to the indicator's decimals. */
  distance: number;
  /** Where the value lies against the target. */
  side: 'above' | 'below' | 'within';
  /**
   * How far the value still has to go, in the better direction: positive while the target is missed, 0 or negative
   * once it is met (by how much it is beaten). Sorting on it descending puts the furthest behind first.
   */
  shortfall: number;
}

const roundTo = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/**
 * The gap between a value and a target. A range counts as met from its edge on the way there (the upper edge when
 * lower is better, as the API's TargetProgress.goal), so the shortfall is measured to that edge.
 */
export function targetGap(value: number, target: TargetSpec, direction: Direction, decimals: number): TargetGap | null {
  const range = target.value === null;
  const lower = range ? target.lowerBound : target.value;
  const upper = range ? target.upperBound : target.value;
  if (lower === null || upper === null) return null;
  const side = value > upper ? 'above' : value < lower ? 'below' : 'within';
  const distance = roundTo(side === 'above' ? value - upper : side === 'below' ? lower - value : 0, decimals);
  let shortfall: number;
  if (direction === 'LOWER_IS_BETTER') shortfall = value - upper;
  else if (direction === 'HIGHER_IS_BETTER') shortfall = lower - value;
  // Neither way is better: only being off the target (outside the range) counts.
  else shortfall = distance;
  return { distance, side, shortfall: roundTo(shortfall, decimals) || 0 };
}

/** The distance in words of the indicator's unit: "11,87 poin" for a percentage, "12,30 ribu jiwa" for a count. */
export function formatDistance(distance: number, unit: UnitInfo, lang: Lang): string {
  const text = formatNumber(distance, unit.decimals, lang);
  const name = lang === 'id' ? unit.unitId : unit.unitEn;
  if (isPercent(unit) || /^(indeks|rasio|index|ratio)/i.test(name)) return `${text} ${lang === 'id' ? 'poin' : 'points'}`;
  return `${text} ${name}`;
}

/**
 * The gap as a sentence and what it asks for: "11,87 poin di atas target" with "perlu turun" for poverty, "dalam
 * rentang target" for a value inside a range, "target tercapai" once met.
 */
export function describeGap(
  gap: TargetGap,
  unit: UnitInfo,
  direction: Direction,
  lang: Lang,
  t: Translate,
): { text: string; need: string } {
  const text =
    gap.side === 'within'
      ? t('gapWithin')
      : t(gap.side === 'above' ? 'gapAbove' : 'gapBelow', { distance: formatDistance(gap.distance, unit, lang) });
  let need: string;
  if (gap.shortfall <= 0) need = t('gapMet');
  else if (direction === 'NEUTRAL') need = t(gap.side === 'above' ? 'gapNeedDown' : 'gapNeedUp');
  else need = t(direction === 'LOWER_IS_BETTER' ? 'gapNeedDown' : 'gapNeedUp');
  return { text, need };
}
