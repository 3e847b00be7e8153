import type { Direction } from '../../data/types';
import { formatValue, type Lang, type UnitInfo } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';
import { extremes, peersWord, tiedNames } from './words';

export interface RankingRow {
  code: string;
  name: string;
  /** Null: no value in the period (not ranked, not counted). */
  value: number | null;
  /** 1 is best in the indicator's direction (the API's rank; ties share one). */
  rank: number | null;
}

export interface RankingHeadlineInput {
  rows: readonly RankingRow[];
  /** The chosen region (or its province among the provinces); null when none is marked. */
  highlight: string | null;
  /** Level of the regions ranked: "PROVINCE", "REGENCY_CITY". */
  level: string | null;
  unit: UnitInfo;
  direction: Direction;
  lang: Lang;
}

/**
 * A ranking in one sentence: the chosen region's rank, and the best and the worst in the indicator's direction
 * ("Gorontalo peringkat 30 dari 38 provinsi (12,62%); terbaik Bali 3,42%, terburuk Papua Tengah 29,45%"). Regions
 * without a value are neither ranked nor counted; an indicator without a better direction says highest and lowest.
 */
export function rankingHeadline(input: RankingHeadlineInput, t: Translate): string | null {
  const { unit, lang } = input;
  const ranked = input.rows.filter((r): r is RankingRow & { value: number } => r.value !== null);
  if (!ranked.length) return null;
  const value = (v: number) => formatValue(v, unit, lang);
  const peers = peersWord(input.level, t);
  if (ranked.length === 1) return t('headlineOnlyOne', { region: ranked[0]!.name, value: value(ranked[0]!.value) });

  const low = extremes(ranked, (r) => r.value, 'min');
  const high = extremes(ranked, (r) => r.value, 'max');
  const neutral = input.direction === 'NEUTRAL';
  const [best, worst] = input.direction === 'HIGHER_IS_BETTER' || neutral ? [high, low] : [low, high];
  const ends = [
    { rows: best, key: neutral ? ('headlineHighest' as const) : ('headlineBest' as const) },
    { rows: worst, key: neutral ? ('headlineLowest' as const) : ('headlineWorst' as const) },
  ];
  const highlighted = ranked.find((r) => r.code === input.highlight && r.rank !== null);
  // The chosen region at an end is already said by its rank.
  const clauses = ends
    .filter((end) => !highlighted || !end.rows.includes(highlighted))
    .map((end) =>
      t(end.key, {
        names: tiedNames(
          end.rows.map((r) => r.name),
          t,
        ),
        value: value(end.rows[0]!.value),
      }),
    );
  const head = highlighted
    ? t('headlineRanked', {
        region: highlighted.name,
        rank: highlighted.rank!,
        count: ranked.length,
        peers,
        value: value(highlighted.value),
      })
    : t('headlineAmong', { count: ranked.length, peers });
  if (!clauses.length) return head;
  return `${head}${highlighted ? '; ' : ': '}${clauses.join(', ')}`;
}
