import type { Direction, ProgressStatus } from '../../data/types';
import type { Lang, UnitInfo } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';
import { type RankingRow, rankingHeadline } from './ranking';
import { lowerFirst } from './words';

export interface MapHeadlineInput {
  /** Coloured by value (the provinces ranked) or by the status against the document's target. */
  mode: 'nilai' | 'status';
  /** Every province on the map, with a tile each. */
  provinces: readonly { code: string; name: string }[];
  /** The provinces' values with their ranks (those without a value are missing here). */
  values: readonly RankingRow[];
  /** Each province's status; a province without one has no status (NO_DATA). */
  statuses: ReadonlyMap<string, ProgressStatus>;
  /** The chosen region's province; null for Indonesia. */
  highlight: string | null;
  unit: UnitInfo;
  direction: Direction;
  lang: Lang;
}

/** Worst first: a Bappeda head asks how many are off track before how many are done. */
const COUNT_ORDER: ProgressStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'ACHIEVED', 'NO_DATA'];

/**
 * The tile map in one sentence: coloured by value, the ranking's (the chosen province's rank, the best and the
 * worst); coloured by status, the chosen province's status and how many provinces are in each ("Gorontalo tidak
 * sesuai jalur; dari 38 provinsi: 26 tidak sesuai jalur, 5 berisiko, 3 sesuai jalur, 4 tercapai").
 */
export function mapHeadline(input: MapHeadlineInput, t: Translate): string | null {
  if (input.mode === 'nilai') {
    return rankingHeadline(
      {
        rows: input.values,
        highlight: input.highlight,
        level: 'PROVINCE',
        unit: input.unit,
        direction: input.direction,
        lang: input.lang,
      },
      t,
    );
  }
  const statusOf = (code: string) => input.statuses.get(code) ?? 'NO_DATA';
  const counts = new Map<ProgressStatus, number>();
  for (const p of input.provinces) counts.set(statusOf(p.code), (counts.get(statusOf(p.code)) ?? 0) + 1);
  // Nothing scored: a sentence of "38 tanpa status" would only repeat that the map is grey.
  if (!input.provinces.length || counts.get('NO_DATA') === input.provinces.length) return null;
  const list = COUNT_ORDER.filter((s) => counts.get(s))
    .map((s) => t('headlineStatusCount', { n: counts.get(s)!, status: lowerFirst(t(`status${s}`)) }))
    .join(', ');
  const among = `${t('headlineAmong', { count: input.provinces.length, peers: t('headlinePeersPROVINCE') })}: ${list}`;
  const chosen = input.provinces.find((p) => p.code === input.highlight);
  const status = chosen ? statusOf(chosen.code) : 'NO_DATA';
  if (!chosen || status === 'NO_DATA') return among;
  const head =
    status === 'ACHIEVED'
      ? t('headlineStatusAchieved', { region: chosen.name })
      : t('headlineStatusOf', { region: chosen.name, status: lowerFirst(t(`status${status}`)) });
  return `${head}; ${lowerFirst(among)}`;
}
