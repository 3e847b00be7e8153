import { formatPercent, missingText } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { type Award, awardStandings } from './activity-model';
import type { ActivityRankingNode } from './activity-queries';

// The rakor's three awards for a provincial aid programme side by side: best realisation, on-time distribution and
// data response. Ties share a rank and are named together; a figure that is missing says so, never 0.

const TITLE_KEY = {
  REALISATION: 'activityRealisation',
  ON_TIME: 'activityOnTime',
  DATA_RESPONSE: 'activityDataResponse',
} as const;

export function AwardRankings({ rows, title }: { rows: readonly ActivityRankingNode[]; title: string }) {
  const { t, lang } = useI18n();
  const standings = awardStandings(rows);
  const missing = (text: string) => <span className="missing">{text}</span>;
  const percent = (v: number | null) => (v === null ? missingText(lang) : formatPercent(v, 1, lang));

  const figure = (award: Award, r: ActivityRankingNode) =>
    award === 'REALISATION' ? r.realisation : award === 'ON_TIME' ? r.onTime : r.dataResponse;
  const detail = (award: Award, r: ActivityRankingNode) => {
    if (award === 'REALISATION') return r.realisation === null ? missing(t('activityNoBudget')) : null;
    if (award === 'ON_TIME')
      return r.stagesDue === 0
        ? missing(t('activityNoStagesDue'))
        : t('activityStagesDetail', { onTime: r.stagesOnTime, due: r.stagesDue });
    if (r.reportsDue === 0) return missing(t('activityNoReportsDue'));
    return (
      <>
        {r.reportsReceived > 0 && t('activityReportsDetail', { good: r.reportsOnTimeComplete, due: r.reportsDue })}
        {r.reportsReceived > 0 && r.reportsMissing > 0 && '; '}
        {r.reportsMissing > 0 && <strong>{t('activityReportsMissing', { count: r.reportsMissing })}</strong>}
      </>
    );
  };

  return (
    <section aria-label={title} data-testid="activity-awards">
      <h3>{title}</h3>
      <div className="award-grid">
        {standings.map((s) => (
          <div className="table-wrap" key={s.award} data-testid={`award-${s.award}`}>
            <table className="data-table">
              <caption>
                {t(TITLE_KEY[s.award])}
                <div className="award-best">
                  {s.winners.length === 0
                    ? missing(t('activityAwardNone'))
                    : t('activityAwardBest', { names: s.winners.join(', ') }) +
                      (s.winners.length > 1 ? ` (${t('activityAwardTied')})` : '')}
                </div>
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('rank')}
                  </th>
                  <th scope="col">{t('region')}</th>
                  <th scope="col" className="num">
                    %
                  </th>
                  <th scope="col">{t('activityAwardDetail')}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map(({ row, rank, tied }) => (
                  <tr key={row.regionCode} className={rank === 1 ? 'selected' : undefined}>
                    <td className="num">
                      {rank === null ? '–' : tied ? `${rank}=` : rank}
                      {tied && <span className="sr-only"> ({t('activityAwardTied')})</span>}
                    </td>
                    <th scope="row">{row.regionName}</th>
                    <td className="num">
                      {figure(s.award, row) === null ? missing(percent(null)) : percent(figure(s.award, row))}
                    </td>
                    <td>{detail(s.award, row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
      <p className="muted">{t('activityDataResponseRule')}</p>
    </section>
  );
}
