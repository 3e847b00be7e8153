import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useLinkHandler } from '../../app/App';
import { LoadFailed, Notice, StatusBadge } from '../../app/ui';
import { markFirstChart } from '../../charts/first-chart';
import { describeSeriesLine } from '../../charts/trend.description';
import { levelOfCode, useCatalogue, useRegion } from '../../data/catalogue';
import { SourceNote } from '../../data/SourceNote';
import { releaseText, summariseSources } from '../../data/sources';
import { documentLabel, targetCaption } from '../../data/targets';
import type { IndicatorInfo, ProgressInfo } from '../../data/types';
import { formatChange, formatNumber, formatPeriod, formatTarget, formatValue, isPercent } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { SlideSection } from '../../presentation/SlideSection';
import { hrefFor, useViewState } from '../../url-state';
import { OverviewSlide } from './OverviewSlide';
import {
  cardChange,
  KEY_INDICATORS,
  type OverviewSeries,
  overviewCards,
  overviewVariables,
  type PeerInfo,
} from './overview-model';
import { OVERVIEW } from './overview-queries';
import { RegionsBelow } from './RegionsBelow';
import { sparkline } from './sparkline';

export function OverviewPage() {
  const [view] = useViewState();
  const { t, lang } = useI18n();
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const { region } = useRegion(view.region);
  const result = useQuery(OVERVIEW, {
    variables: overviewVariables(view.region, view.document, catalogue?.documents ?? null),
  });
  const data = result.data;
  const document = catalogue?.document(view.document);
  // Until the catalogue confirms the document, a failure may be the one the catalogue is about to correct.
  const error = catalogueError ?? (catalogue ? result.error : undefined);
  const cards = useMemo(() => (data ? overviewCards(data, view.region) : null), [data, view.region]);

  const cardsShown = Boolean(!error && cards && !result.loading && catalogue);
  // The overview's charts are the cards' sparklines (SVG): committed now, painted with this frame.
  useEffect(() => {
    if (cardsShown) markFirstChart('overview:sparklines');
  }, [cardsShown]);

  // The newest figure of each card: when its publisher released it (or, where the source does not say, that the
  // release date is unknown and when it was loaded here).
  const release = useMemo(() => (data ? summariseSources(data.seriesGrid.flatMap((s) => s.points.slice(-1))) : null), [data]);

  // The cards are a slide of their own in a deck (the rakor agenda opens with them).
  const sectionLabels = useMemo(
    () => ({
      title: t('overviewTitle', { region: region?.name ?? view.region }),
      subtitle: document ? documentLabel(document) : view.document,
      footer: release?.latestUpdate ? releaseText(release, lang) : '',
    }),
    [t, region?.name, view.region, document, view.document, release, lang],
  );

  return (
    <section className="page" aria-labelledby="overview-heading">
      <div className="page-head">
        <h2 id="overview-heading">{t('overviewTitle', { region: region?.name ?? view.region })}</h2>
        {release?.latestUpdate && (
          <span className="as-of" data-testid="overview-release">
            {releaseText(release, lang)}
          </span>
        )}
      </div>
      <p className="muted intro">{t('overviewIntro', { doc: document ? documentLabel(document) : view.document })}</p>
      {error && <LoadFailed error={error} retry={[refetchCatalogue, result.refetch]} />}
      {!error && !cardsShown && <Notice kind="loading">{t('loadingData')}</Notice>}
      {cardsShown && cards && catalogue && (
        <SlideSection
          id="overview"
          labels={sectionLabels}
          layoutWidth={1000}
          slide={<OverviewSlide cards={cards} indicators={(code) => catalogue.indicator(code)} />}
        >
          <div className="cards" data-testid="overview-cards">
            {KEY_INDICATORS.map((code) => {
              const indicator = catalogue.indicator(code);
              const card = cards.get(code);
              if (!indicator || !card) return null;
              return (
                <IndicatorCard
                  key={code}
                  indicator={indicator}
                  series={card.series}
                  progress={card.progress}
                  peers={card.peers}
                  documentKind={document?.kind ?? view.document}
                  regionName={region?.name ?? view.region}
                />
              );
            })}
          </div>
        </SlideSection>
      )}
      {cardsShown && catalogue && region && levelOfCode(view.region) === 'PROVINCE' && (
        <RegionsBelow province={region} catalogue={catalogue} document={document} />
      )}
    </section>
  );
}

const SPARK_W = 200;
const SPARK_H = 60;

function IndicatorCard({
  indicator,
  series,
  progress,
  peers,
  documentKind,
  regionName,
}: {
  indicator: IndicatorInfo;
  series: OverviewSeries | null;
  progress: ProgressInfo | null;
  peers: PeerInfo | null;
  documentKind: string;
  regionName: string;
}) {
  const [view] = useViewState();
  const { t, lang, indicatorName, peersOf } = useI18n();
  const onLink = useLinkHandler();
  const points = series?.points ?? [];
  const change = cardChange(series, indicator.direction, indicator.decimals);
  const name = indicatorName(indicator);
  const level = levelOfCode(view.region);
  const trendPatch = { page: 'tren' as const, indicator: indicator.code };

  if (!change) {
    const published = indicator.levels.includes(level);
    return (
      <article className="card card-empty" aria-labelledby={`card-${indicator.code}`} data-indicator={indicator.code}>
        <h3 id={`card-${indicator.code}`}>{name}</h3>
        <p className="card-value missing">{t('noData')}</p>
        <p className="muted">
          {published
            ? t('noDataFor', { indicator: name, region: regionName })
            : t('notPublishedAtLevel', { level: t(`level${level}` as 'levelPROVINCE').toLowerCase() })}
        </p>
      </article>
    );
  }
  const spark = sparkline(points, indicator.periodMonths, SPARK_W, SPARK_H);
  const rankRow = peers?.rows.find((r) => r.regionCode === view.region);
  const arrow = change.change === null ? '' : change.change > 0 ? '▲' : change.change < 0 ? '▼' : '■';
  const verdictText =
    change.verdict === 'better'
      ? t('improved')
      : change.verdict === 'worse'
        ? t('worsened')
        : change.verdict === 'same'
          ? t('unchanged')
          : null;
  const target = progress?.target ?? null;
  const first = points[0]!;
  return (
    <article className="card" aria-labelledby={`card-${indicator.code}`} data-indicator={indicator.code}>
      <div className="card-head">
        <h3 id={`card-${indicator.code}`}>{name}</h3>
        {target && progress ? (
          <StatusBadge status={progress.status} />
        ) : (
          <span className="no-target">– {t('noTargetBadge')}</span>
        )}
      </div>
      <div className="card-main">
        <div>
          <p className="card-value" data-testid="card-value">
            {isPercent(indicator)
              ? formatValue(change.latest.value, indicator, lang)
              : formatNumber(change.latest.value, indicator.decimals, lang)}
            {!isPercent(indicator) && !/^(indeks|rasio)/.test(indicator.unitId) && (
              <span className="card-unit"> {lang === 'id' ? indicator.unitId : indicator.unitEn}</span>
            )}
          </p>
          <p className="card-period">
            <strong>{formatPeriod(change.latest.period, lang)}</strong>
          </p>
        </div>
        <div className="card-spark">
          <svg
            className="sparkline"
            viewBox={`0 0 ${SPARK_W} ${SPARK_H}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={describeSeriesLine(name, points, indicator, lang, t)}
          >
            {spark.paths.map((d) => (
              <path key={d} d={d} fill="none" stroke="#0072B2" strokeWidth="3" vectorEffect="non-scaling-stroke" />
            ))}
            {spark.dots.map((p) => (
              <circle key={`${p.x}-${p.y}`} cx={p.x} cy={p.y} r="3" fill="#0072B2" />
            ))}
            {spark.last && <circle cx={spark.last.x} cy={spark.last.y} r="5" fill="#D55E00" stroke="#fff" strokeWidth="1.5" />}
          </svg>
          <p className="spark-axis" aria-hidden="true">
            <span>{first.period.slice(0, 4)}</span>
            <span>{change.latest.period.slice(0, 4)}</span>
          </p>
        </div>
      </div>
      {change.previousPeriod && (
        <p className="card-change">
          {change.change === null ? (
            <span>{t('notComparable')}</span>
          ) : (
            <span className={`change change-${change.verdict ?? 'none'}`}>
              <span aria-hidden="true">{arrow} </span>
              {t('changeSince', {
                change: formatChange(change.change, indicator, lang),
                period: formatPeriod(change.previousPeriod, lang),
              })}
              {verdictText && ` (${verdictText})`}
            </span>
          )}
        </p>
      )}
      <dl className="card-facts">
        <dt>{t('target')}</dt>
        <dd>
          {target ? (
            <>
              {targetCaption(t, {
                doc: documentKind,
                year: target.year,
                targetRegionCode: progress?.targetRegionCode,
                regionCode: view.region,
              })}
              :{' '}
              <strong>
                {formatTarget(
                  { value: target.value, lowerBound: target.lowerBound, upperBound: target.upperBound },
                  indicator,
                  lang,
                )}
              </strong>
              {progress?.projectedValue != null &&
                ` · ${t('projectedIn', { year: target.year, value: formatValue(progress.projectedValue, indicator, lang) })}`}
            </>
          ) : (
            <span className="muted">{t('noTargetShort', { doc: documentKind })}</span>
          )}
        </dd>
        <dt>{t('rank')}</dt>
        <dd>
          {view.region === 'ID' ? (
            <span className="muted">{t('rankNational')}</span>
          ) : rankRow && peers ? (
            <>
              <strong>{t('rankAmong', { rank: rankRow.rank, count: peers.summary.count, peers: peersOf(level) })}</strong>{' '}
              <span className="muted">({formatPeriod(peers.period, lang)})</span>
            </>
          ) : (
            <span className="muted">–</span>
          )}
        </dd>
        {peers?.nationalValue != null && view.region !== 'ID' && (
          <>
            <dt>{t('national')}</dt>
            <dd>
              {formatValue(peers.nationalValue, indicator, lang)}{' '}
              <span className="muted">({formatPeriod(peers.nationalPeriod, lang)})</span>
            </dd>
          </>
        )}
      </dl>
      <p className="card-source">
        <SourceNote items={[change.latest]} lang={lang} fallback={indicator.source} />
      </p>
      <a className="card-link" href={hrefFor(view, trendPatch)} onClick={(e) => onLink(e, trendPatch)}>
        {t('openTrend')} →
      </a>
    </article>
  );
}
