import { StatusBadge } from '../../app/ui';
import type { IndicatorInfo } from '../../data/types';
import { formatChange, formatPeriod, formatTarget, formatValue } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { type CardData, cardChange, KEY_INDICATORS } from './overview-model';

/**
 * The overview as a slide: one row per key indicator — latest value and period, change since the previous comparable
 * period, target, status — in type a room can read. The cards' sparklines, ranks and sources are the dashboard's (the
 * slide's footer names the sources; the ranking slides show the ranks).
 */
export function OverviewSlide({
  cards,
  indicators,
}: {
  cards: Map<string, CardData>;
  indicators: (code: string) => IndicatorInfo | undefined;
}) {
  const { t, lang, indicatorName } = useI18n();
  return (
    <table className="overview-slide" data-testid="overview-slide">
      <thead>
        <tr>
          <th scope="col">{t('indicator')}</th>
          <th scope="col" className="num">
            {t('latestValue')}
          </th>
          <th scope="col" className="num">
            {t('change')}
          </th>
          <th scope="col" className="num">
            {t('target')}
          </th>
          <th scope="col">{t('status')}</th>
        </tr>
      </thead>
      <tbody>
        {KEY_INDICATORS.map((code) => {
          const indicator = indicators(code);
          const card = cards.get(code);
          if (!indicator || !card) return null;
          const change = cardChange(card.series, indicator.direction, indicator.decimals);
          const target = card.progress?.target ?? null;
          return (
            <tr key={code}>
              <th scope="row">{indicatorName(indicator)}</th>
              <td className="num">
                {change ? (
                  <>
                    <strong>{formatValue(change.latest.value, indicator, lang)}</strong>
                    <span className="overview-slide-period">{formatPeriod(change.latest.period, lang)}</span>
                  </>
                ) : (
                  <span className="missing">{t('noData')}</span>
                )}
              </td>
              <td className={`num change change-${change?.verdict ?? 'none'}`}>
                {change?.change != null ? formatChange(change.change, indicator, lang) : '–'}
              </td>
              <td className="num">
                {target
                  ? `${formatTarget({ value: target.value, lowerBound: target.lowerBound, upperBound: target.upperBound }, indicator, lang)} (${target.year})`
                  : '–'}
              </td>
              <td>{card.progress && target ? <StatusBadge status={card.progress.status} compact /> : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
