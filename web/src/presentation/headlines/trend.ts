import { parentCodeOf } from '../../data/catalogue';
import { type TargetGap, targetGap } from '../../data/target-gap';
import type { Direction, ProgressInfo, SeriesInfo } from '../../data/types';
import { formatNumber, formatPeriod, formatTarget, formatValue, type Lang, type UnitInfo } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';
import { amount, lowerFirst, roundTo, tiedNames } from './words';

export interface TrendHeadlineInput {
  /** The chart's series, the chosen region first; series without values are left out (as trendChart does). */
  series: readonly Pick<SeriesInfo, 'regionCode' | 'region' | 'points'>[];
  /** Progress of the regions measured against a target of the document. */
  progressByRegion: ReadonlyMap<string, ProgressInfo>;
  indicator: UnitInfo & { direction: Direction };
  lang: Lang;
}

/**
 * What a trend chart says in one sentence. With several regions compared (besides the regions above the chosen
 * one, which are drawn for reference), the one furthest from its target, with the change per year it needs against
 * its trend; with one region, its status, latest value and projection, or without a target its latest value and
 * the change from a year before. Null when there is nothing to say.
 */
export function trendHeadline(input: TrendHeadlineInput, t: Translate): string | null {
  const series = input.series.filter((s) => s.points.length > 0);
  const primary = series[0];
  if (!primary) return null;
  const above = new Set<string>();
  for (let code = parentCodeOf(primary.regionCode); code; code = parentCodeOf(code)) above.add(code);
  const compared = series.filter((s) => !above.has(s.regionCode));
  if (compared.length >= 2) {
    const furthest = furthestHeadline(compared, input, t);
    if (furthest) return furthest;
  }
  return regionHeadline(primary, input, t);
}

interface Measured {
  name: string;
  progress: ProgressInfo & { latest: NonNullable<ProgressInfo['latest']>; target: NonNullable<ProgressInfo['target']> };
  gap: TargetGap;
}

function furthestHeadline(compared: TrendHeadlineInput['series'], input: TrendHeadlineInput, t: Translate): string | null {
  const { indicator, lang } = input;
  const measured: Measured[] = [];
  for (const s of compared) {
    const p = input.progressByRegion.get(s.regionCode);
    if (!p?.latest || !p.target) continue;
    const gap = targetGap(p.latest.value, p.target, indicator.direction, indicator.decimals);
    if (gap) measured.push({ name: s.region.name, progress: { ...p, latest: p.latest, target: p.target }, gap });
  }
  if (!measured.length) return null;
  const behind = measured.filter((m) => m.gap.shortfall > 0);
  if (!behind.length) {
    return measured.length === compared.length
      ? t('headlineTrendAllMet')
      : t('headlineTrendSomeMet', { n: measured.length, of: compared.length });
  }
  const worst = Math.max(...behind.map((m) => m.gap.shortfall));
  const first = behind.find((m) => m.gap.shortfall === worst)!;
  // Regions equally far behind are named together; their paces differ, so none is given rather than one picked.
  const tied = behind.filter((m) => m.gap.shortfall === worst && m.progress.latest.value === first.progress.latest.value);
  const head = t('headlineTrendFurthest', {
    region: tiedNames(
      tied.map((m) => m.name),
      t,
    ),
    value: formatValue(first.progress.latest.value, indicator, lang),
    target: formatTarget(first.progress.target, indicator, lang),
  });
  if (tied.length > 1) return head;
  const pace = paceClauses(first.progress, indicator, lang, t);
  return pace.length ? `${head}; ${pace.join(', ')}` : head;
}

/** "perlu turun 2,97 poin per tahun", "tren turun 0,42": what is needed a year, and what the recent trend does. */
function paceClauses(progress: ProgressInfo, unit: UnitInfo, lang: Lang, t: Translate): string[] {
  const clauses: string[] = [];
  const required = progress.requiredChangePerYear == null ? null : roundTo(progress.requiredChangePerYear, unit.decimals);
  if (required !== null && required !== 0) {
    clauses.push(t(required < 0 ? 'headlineNeedDown' : 'headlineNeedUp', { amount: amount(required, unit, lang) }));
  }
  const actual = progress.actualChangePerYear == null ? null : roundTo(progress.actualChangePerYear, unit.decimals);
  if (actual !== null) {
    // Only beside what is needed: alone, a bare trend says nothing about the target.
    if (clauses.length) {
      clauses.push(
        actual === 0
          ? t('headlineTrendFlat')
          : t(actual < 0 ? 'headlineTrendDown' : 'headlineTrendUp', {
              // The unit was said with what is needed.
              amount: formatNumber(Math.abs(actual), unit.decimals, lang),
            }),
      );
    }
  }
  return clauses;
}

function regionHeadline(
  s: TrendHeadlineInput['series'][number],
  { progressByRegion, indicator, lang }: TrendHeadlineInput,
  t: Translate,
): string | null {
  const p = progressByRegion.get(s.regionCode);
  if (p?.latest && p.target && p.status !== 'NO_DATA') {
    const vars = {
      region: s.region.name,
      target: formatTarget(p.target, indicator, lang),
      year: p.target.year,
      value: formatValue(p.latest.value, indicator, lang),
      period: formatPeriod(p.latest.period, lang),
    };
    if (p.status === 'ACHIEVED') return t('headlineTrendAchieved', vars);
    const head = t('headlineTrendStatus', { ...vars, status: lowerFirst(t(`status${p.status}`)) });
    return p.projectedValue == null
      ? head
      : `${head}, ${t('headlineProjection', { value: formatValue(p.projectedValue, indicator, lang) })}`;
  }
  return latestHeadline(s, indicator, lang, t);
}

/** "Gorontalo: 72,62 pada 2025, naik 0,61 poin dari 2024": the latest value, and the change from a year before. */
function latestHeadline(s: TrendHeadlineInput['series'][number], unit: UnitInfo, lang: Lang, t: Translate): string | null {
  const points = [...s.points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const latest = points[points.length - 1];
  if (!latest) return null;
  const head = t('headlineLatest', {
    region: s.region.name,
    value: formatValue(latest.value, unit, lang),
    period: formatPeriod(latest.period, lang),
  });
  // A year before, the same round: rounds of a year differ by season (TPT in February and August), years do not.
  const yearBefore = `${Number(latest.period.slice(0, 4)) - 1}${latest.period.slice(4)}`;
  const before = points.find((p) => p.period === yearBefore);
  if (!before) return head;
  const broken = points.some((p) => p.period > yearBefore && p.period <= latest.period && p.breakBefore);
  if (broken) return head;
  const change = roundTo(latest.value - before.value, unit.decimals);
  const period = formatPeriod(before.period, lang);
  const since =
    change === 0
      ? t('headlineSinceSame', { period })
      : t(change < 0 ? 'headlineSinceDown' : 'headlineSinceUp', { amount: amount(change, unit, lang), period });
  return `${head}, ${since}`;
}
