import { formatPercent, missingText } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type ActivityRankingData, type ActivityRankingRow, rankingMeasures } from './activity-ranking.option';
import { type ChartDescription, listOf, paragraph } from './chart-description';

/** Kabupaten/kota named in the summary from the top; all of them are in the table. */
const NAMED = 5;

/** The ranking in words: the first few with their figure, and who has none. */
export function describeActivityRanking(data: ActivityRankingData, t: Translate): ChartDescription {
  const { lang, words } = data;
  const percent = (v: number | null) => (v === null ? missingText(lang) : formatPercent(v, 1, lang));
  const [measure] = rankingMeasures(data.orderBy);
  const ranked = (r: ActivityRankingRow) => r[measure!];
  const withFigure = data.rows.filter((r) => r.rank !== null);
  const missing = data.rows.filter((r) => r.rank === null);
  return {
    summary: paragraph([
      withFigure.length > 0 &&
        t('activityRankingDescribe', {
          measure: words[measure!],
          list: listOf(withFigure.slice(0, NAMED).map((r) => `${r.rank}. ${r.regionName} ${percent(ranked(r))}`)),
        }),
      missing.length > 0 && t('describeMissing', { names: missing.map((r) => r.regionName).join(', ') }),
    ]),
    table: {
      header: [t('rank'), t('region'), words.realisation, words.onTime, words.dataResponse],
      rows: data.rows.map((r) => [
        r.rank === null ? '–' : String(r.rank),
        r.regionName,
        percent(r.realisation),
        percent(r.onTime),
        percent(r.dataResponse),
      ]),
    },
  };
}
