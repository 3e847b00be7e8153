import { useQuery } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import { IndicatorSelect } from '../../app/filters';
import { RegionSearch } from '../../app/RegionSearch';
import { LoadFailed, Notice, StatusBadge } from '../../app/ui';
import { ChartFrame } from '../../charts/ChartFrame';
import { useFitHeight } from '../../charts/fit-height';
import { describeTrend } from '../../charts/trend.description';
import { lineColours } from '../../charts/trend-layout';
import { indicatorsWithData, useCatalogue } from '../../data/catalogue';
import { sourceLinks } from '../../data/sources';
import { documentLabel, targetCaption } from '../../data/targets';
import { formatChange, formatPeriod, formatTarget, formatValue, unitLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { trendHeadline } from '../../presentation/headlines/trend';
import { MAX_TREND_REGIONS, useViewState } from '../../url-state';
import { peerParent } from '../compare/compare-model';
import { PARENT } from '../compare/compare-queries';
import { TargetDispute } from './TargetDispute';
import {
  defaultTrendRegions,
  peersName,
  targetProgressByRegion,
  trendChart,
  trendRoles,
  trendVariables,
  withAllPeers,
  withoutPeers,
} from './trend-model';
import { TREND } from './trend-queries';

/** The chart fills the window below the controls, so the target at its bottom is on the first screen. */
const CHART_HEIGHT = { min: 360, max: 680, margin: 12 };

export function TrendPage() {
  const [view, navigate] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const indicatorCode = view.indicator ?? 'poverty_rate_p0';
  const regionsParam = view.regions.join(',');
  const regionCodes = useMemo(
    () => (regionsParam ? regionsParam.split(',') : defaultTrendRegions(view.region)),
    [regionsParam, view.region],
  );
  const indicator = catalogue?.indicator(indicatorCode);
  const document = catalogue?.document(view.document);
  const chartBox = useRef<HTMLDivElement>(null);
  const height = useFitHeight(chartBox, CHART_HEIGHT);
  const roles = useMemo(() => trendRoles(regionCodes), [regionCodes]);
  const colours = useMemo(() => lineColours(regionCodes.map((code) => ({ code, role: roles.get(code) }))), [regionCodes, roles]);
  const peerCodes = regionCodes.filter((code) => roles.get(code) === 'peer');
  // One click adds the chosen region's peers: a province's (or a kabupaten/kota's) kabupaten/kota, or the provinces.
  const peerParentCode = peerParent(regionCodes[0] ?? view.region);
  const peerParentQuery = useQuery(PARENT, { variables: { code: peerParentCode } });
  const peerParentRegion = peerParentQuery.data?.region ?? null;
  const allPeers = (peerParentRegion?.children ?? []).map((c) => c.code);
  const missingPeers = allPeers.filter((code) => !regionCodes.includes(code));

  // Whether to ask for progress depends on the document's targets: the catalogue comes first.
  const result = useQuery(TREND, {
    variables: trendVariables(catalogue?.documents ?? [], view.document, indicatorCode, regionCodes),
    skip: !catalogue,
  });
  const data = result.data;
  const progressByRegion = useMemo(() => targetProgressByRegion(data?.scorecard?.cells), [data]);

  const chart = useMemo(
    () =>
      data && indicator
        ? trendChart({
            series: data.series,
            progressByRegion,
            indicator,
            documentKind: document?.kind ?? view.document,
            lang,
            t,
            height,
          })
        : null,
    [data, indicator, document, view.document, lang, t, progressByRegion, height],
  );
  const headline = useMemo(
    () => (data && indicator ? trendHeadline({ series: data.series, progressByRegion, indicator, lang }, t) : null),
    [data, indicator, progressByRegion, lang, t],
  );

  const indicatorOptions = catalogue ? indicatorsWithData(catalogue.indicators) : [];
  const error = catalogueError ?? result.error;
  const names = new Map((data?.series ?? []).map((s) => [s.regionCode, s.region.name]));

  return (
    <section className="page" aria-labelledby="trend-heading">
      <div className="page-head">
        <h2 id="trend-heading">{t('pageTrend')}</h2>
        {/* Beside the heading, not in a row of their own: the chart must start high enough for its target to be on a
            1280×720 screen. */}
        <div className="trend-actions">
          {regionCodes.length < MAX_TREND_REGIONS ? (
            <RegionSearch
              id="trend-add-region"
              label={t('addRegion')}
              exclude={regionCodes}
              onPick={(r) => navigate({ regions: [...regionCodes, r.code] })}
            />
          ) : (
            <p className="muted">{t('maxRegions', { n: MAX_TREND_REGIONS })}</p>
          )}
          {peerParentRegion && missingPeers.length > 0 && (
            <button
              type="button"
              className="button-secondary"
              data-testid="trend-add-all"
              onClick={() => navigate({ regions: withAllPeers(regionCodes, allPeers, MAX_TREND_REGIONS) })}
            >
              +{' '}
              {peerParentRegion.code === 'ID'
                ? t('trendAddAllProvinces', { n: allPeers.length })
                : t('trendAddAllChildren', { name: peerParentRegion.name, n: allPeers.length })}
            </button>
          )}
        </div>
      </div>
      <div className="controls">
        <IndicatorSelect
          id="trend-indicator"
          value={indicatorCode}
          indicators={indicatorOptions}
          onChange={(v) => navigate({ indicator: v })}
        />
        <div className="field chips-field">
          <span className="context-label">{t('trendRegions')}</span>
          <ul className="chips">
            {regionCodes
              .filter((code) => roles.get(code) !== 'peer')
              .map((code) => (
                <li key={code} className="chip" style={{ borderColor: colours.get(code) }}>
                  <span className="chip-swatch" style={{ background: colours.get(code) }} aria-hidden="true" />
                  {names.get(code) ?? code}
                  {regionCodes.length > 1 && (
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('removeRegion', { name: names.get(code) ?? code })}
                      onClick={() => navigate({ regions: regionCodes.filter((c) => c !== code) })}
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            {peerCodes.length > 0 && (
              <li className="chip chip-peers" style={{ borderColor: colours.get(peerCodes[0]!) }}>
                <span className="chip-swatch" style={{ background: colours.get(peerCodes[0]!) }} aria-hidden="true" />
                {peersName(peerCodes, t)}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('removeRegion', { name: peersName(peerCodes, t) })}
                  onClick={() => navigate({ regions: withoutPeers(regionCodes) })}
                >
                  ×
                </button>
              </li>
            )}
          </ul>
        </div>
      </div>
      {error && <LoadFailed error={error} retry={[refetchCatalogue, result.refetch]} />}
      {!error && (result.loading || !catalogue) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error && !result.loading && data && indicator && !chart && (
        <Notice kind="empty">
          {t('noDataFor', { indicator: indicatorName(indicator), region: [...names.values()].join(', ') })}
        </Notice>
      )}
      {!error && !result.loading && chart && indicator && (
        <>
          <div ref={chartBox}>
            <ChartFrame
              id="trend"
              labels={chart.labels}
              headline={headline}
              option={chart.option}
              height={height}
              csv={{
                header: [t('region'), 'kode_wilayah', t('period'), t('value'), t('seriesBreak'), t('source'), t('dataAsOf')],
                rows: chart.csvRows,
              }}
              sources={sourceLinks(chart.allPoints, lang)}
              description={describeTrend(
                {
                  series: chart.series,
                  unit: indicator,
                  lang,
                  target: chart.targetLabel,
                  progress: progressByRegion.get(chart.series[0]?.regionCode ?? ''),
                },
                t,
              )}
            />
          </div>
          <p className="muted intro">
            {t('trendIntro')}
            {peerCodes.length > 0 && ` ${t('trendPeersHint')}`}
          </p>
          <div className="table-wrap progress-table">
            <table className="data-table" data-testid="trend-progress">
              <caption>
                {t('target')} {document ? documentLabel(document) : view.document} · {indicatorName(indicator)} ·{' '}
                {unitLabel(indicator, lang)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('region')}</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    {t('latestValue')}
                  </th>
                  <th scope="col" className="num">
                    {t('target')}
                  </th>
                  <th scope="col" className="num">
                    {t('requiredPerYear')}
                  </th>
                  <th scope="col" className="num">
                    {t('actualPerYear')}
                  </th>
                  <th scope="col" className="num">
                    {t('projection')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {regionCodes.map((code) => {
                  const p = progressByRegion.get(code);
                  const name = names.get(code) ?? code;
                  return (
                    <tr key={code}>
                      <th scope="row">
                        <span className="chip-swatch inline" style={{ background: colours.get(code) }} aria-hidden="true" />
                        {name}
                      </th>
                      <td>
                        {p ? (
                          <StatusBadge status={p.status} compact />
                        ) : (
                          <span className="missing">{t('noTargetRegion', { doc: document?.kind ?? view.document })}</span>
                        )}
                      </td>
                      <td className="num">
                        {p?.latest ? (
                          <>
                            {formatValue(p.latest.value, indicator, lang)}{' '}
                            <span className="muted">({formatPeriod(p.latest.period, lang)})</span>
                          </>
                        ) : (
                          <span className="missing">{t('noData')}</span>
                        )}
                      </td>
                      <td className="num">
                        {p?.target ? (
                          <>
                            <strong>
                              {formatTarget(
                                { value: p.target.value, lowerBound: p.target.lowerBound, upperBound: p.target.upperBound },
                                indicator,
                                lang,
                              )}
                            </strong>
                            <span className="muted cell-note">
                              {targetCaption(t, {
                                doc: document?.kind ?? view.document,
                                year: p.target.year,
                                targetRegionCode: p.targetRegionCode,
                                regionCode: code,
                              })}
                            </span>
                            {/* Once, on the row of the region whose target it is (a parent's target applies to rows below it). */}
                            {p.targetRegionCode && (p.targetRegionCode === code || !regionCodes.includes(p.targetRegionCode)) && (
                              <TargetDispute
                                target={{ ...p.target, documentCode: p.documentCode, regionCode: p.targetRegionCode }}
                                indicatorCode={indicatorCode}
                                indicatorName={indicatorName(indicator)}
                                regionName={names.get(p.targetRegionCode) ?? p.targetRegionCode}
                                documentName={document ? documentLabel(document) : p.documentCode}
                                formatted={formatTarget(
                                  { value: p.target.value, lowerBound: p.target.lowerBound, upperBound: p.target.upperBound },
                                  indicator,
                                  lang,
                                )}
                              />
                            )}
                          </>
                        ) : (
                          '–'
                        )}
                      </td>
                      <td className="num">{formatChange(p?.requiredChangePerYear, indicator, lang)}</td>
                      <td className="num">{formatChange(p?.actualChangePerYear, indicator, lang)}</td>
                      <td className="num">
                        {p?.projectedValue != null && p.target
                          ? `${formatValue(p.projectedValue, indicator, lang)} (${p.target.year})`
                          : '–'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {chart.breaks.length > 0 && (
            <div className="breaks">
              <h3>{t('breaksTitle')}</h3>
              <ul>
                {chart.breaks.map((b) => (
                  <li key={`${b.region}-${b.period}`}>
                    <strong>{b.region}</strong> — {t('breakAt', { period: formatPeriod(b.period, lang), reason: b.reason })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <details className="data-details">
            <summary>{t('dataTable')}</summary>
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('period')}</th>
                    {chart.series.map((s) => (
                      <th key={s.regionCode} scope="col" className="num">
                        {s.region.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {chart.periodList.map((period) => (
                    <tr key={period}>
                      <th scope="row">{formatPeriod(period, lang)}</th>
                      {chart.series.map((s) => {
                        const p = s.points.find((x) => x.period === period);
                        return (
                          <td key={s.regionCode} className="num">
                            {p ? (
                              <>
                                {p.breakBefore && <span title={t('seriesBreak')}>⟂ </span>}
                                {formatValue(p.value, indicator, lang)}
                              </>
                            ) : (
                              <span className="missing">–</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
