import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLinkHandler } from '../../app/App';
import { IndicatorSelect, PeriodSelect } from '../../app/filters';
import { LoadFailed, Notice, Segmented, StatusBadge } from '../../app/ui';
import { ChartFrame } from '../../charts/ChartFrame';
import { describeTileMap } from '../../charts/tile-map.description';
import { tileMapHeight, tileMapOption } from '../../charts/tile-map.option';
import { indicatorsWithData, useCatalogue } from '../../data/catalogue';
import { sourceFooter, sourceLinks } from '../../data/sources';
import { targetFor } from '../../data/targets';
import { formatNumber, formatPeriod, formatTarget, isPercent, unitLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { mapHeadline } from '../../presentation/headlines/tile-map';
import { hrefFor, type MapColour, useViewState } from '../../url-state';
import { periodsOf, provinceOf } from '../compare/compare-model';
import { buildTiles } from './map-model';
import { MAP, PERIODS } from './map-queries';
import { PROVINCE_CODES, TILE_COLUMNS, TILE_ROWS } from './tile-positions';

export function MapPage() {
  const [view, navigate] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const onLink = useLinkHandler();
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const indicatorCode = view.indicator ?? 'poverty_rate_p0';
  const indicator = catalogue?.indicator(indicatorCode);
  const applied = catalogue ? targetFor(catalogue.documents, view.document, indicatorCode, 'ID') : null;
  const withStatus = view.colour === 'status' && applied !== null;
  const result = useQuery(MAP, {
    variables: {
      indicator: indicatorCode,
      period: view.period,
      document: view.document,
      withStatus,
      targetYear: applied?.target.year ?? null,
    },
  });
  const periodsQuery = useQuery(PERIODS, { variables: { indicator: indicatorCode, codes: [...PROVINCE_CODES] } });
  const periods = useMemo(() => periodsOf(periodsQuery.data?.series ?? []), [periodsQuery.data]);
  const data = result.data;
  const error = catalogueError ?? result.error;
  const highlight = provinceOf(view.region);

  const map = useMemo(() => {
    if (!data || !indicator) return null;
    const c = data.comparison;
    const percent = isPercent(indicator);
    const format = (v: number) => `${formatNumber(v, indicator.decimals, lang)}${percent ? '%' : ''}`;
    const periodLabel = formatPeriod(c.period, lang);
    const names = new Map(data.provinces.map((p) => [p.code, p.name]));
    const { tiles, legend } = buildTiles(
      {
        values: c.rows.map((r) => ({ regionCode: r.regionCode, name: r.region.name, value: r.value, rank: r.rank })),
        statuses: withStatus ? (data.scorecard?.cells ?? []) : null,
        names,
        highlight,
        format,
        statusLabel: (s) => t(`status${s}`),
        missingLabel: t('noData').toLowerCase(),
        periodLabel,
      },
      withStatus ? 'status' : 'nilai',
    );
    const docKind = applied?.document.kind ?? view.document;
    const targetText = applied
      ? `${t('targetIn', { doc: docKind, year: applied.target.year })}: ${formatTarget(applied.target, indicator, lang)}`
      : '';
    const labels = {
      title: withStatus
        ? t('mapStatusTitle', { indicator: indicatorName(indicator), doc: docKind })
        : t('mapTitle', { indicator: indicatorName(indicator), period: periodLabel }),
      subtitle: withStatus
        ? `${targetText} · ${t('latestValue').toLowerCase()}`
        : `${unitLabel(indicator, lang)} · ${periodLabel}${targetText ? ` · ${targetText}` : ''}`,
      footer: sourceFooter(c.rows, lang, indicator.source),
    };
    const option = tileMapOption(
      { tiles, columns: TILE_COLUMNS, rows: TILE_ROWS, legend, legendTitle: withStatus ? t('colourStatus') : t('legendValue') },
      labels,
    );
    const statusByCode = new Map((data.scorecard?.cells ?? []).map((s) => [s.regionCode, s.status]));
    const csv = {
      header: [
        'kode_wilayah',
        t('province'),
        `${t('value')} ${periodLabel}`,
        t('rank'),
        ...(withStatus ? ['status'] : []),
        t('dataAsOf'),
      ],
      rows: tiles.map((tile) => {
        const row = c.rows.find((r) => r.regionCode === tile.code);
        return [
          tile.code,
          tile.name,
          row?.value ?? null,
          row?.rank ?? null,
          ...(withStatus ? [t(`status${statusByCode.get(tile.code) ?? 'NO_DATA'}`)] : []),
          row?.updatedAt ?? null,
        ];
      }),
    };
    return { option, labels, tiles, csv, format, statusByCode, description: describeTileMap({ tiles, legend }, t) };
  }, [data, indicator, lang, t, indicatorName, highlight, withStatus, applied, view.document]);
  const headline = useMemo(
    () =>
      map && data && indicator
        ? mapHeadline(
            {
              mode: withStatus ? 'status' : 'nilai',
              provinces: map.tiles,
              values: data.comparison.rows.map((r) => ({
                code: r.regionCode,
                name: r.region.name,
                value: r.value,
                rank: r.rank,
              })),
              statuses: map.statusByCode,
              highlight,
              unit: indicator,
              direction: indicator.direction,
              lang,
            },
            t,
          )
        : null,
    [map, data, indicator, withStatus, highlight, lang, t],
  );

  const indicatorOptions = catalogue ? indicatorsWithData(catalogue.indicators, 'PROVINCE') : [];

  return (
    <section className="page" aria-labelledby="map-heading">
      <h2 id="map-heading">{t('pageMap')}</h2>
      <p className="muted intro">{t('mapHelp')}</p>
      <div className="controls">
        <IndicatorSelect
          id="map-indicator"
          value={indicatorCode}
          indicators={indicatorOptions}
          onChange={(v) => navigate({ indicator: v, period: null })}
        />
        {view.colour === 'nilai' && (
          <PeriodSelect id="map-period" value={view.period} periods={periods} onChange={(v) => navigate({ period: v })} />
        )}
        <Segmented<MapColour>
          label={t('colourBy')}
          value={view.colour}
          options={[
            { value: 'nilai', label: t('colourValue') },
            { value: 'status', label: t('colourStatus') },
          ]}
          onChange={(v) => navigate({ colour: v })}
        />
      </div>
      {view.colour === 'status' && catalogue && !applied && (
        <Notice kind="empty">{t('noTarget', { doc: catalogue.document(view.document)?.kind ?? view.document })}</Notice>
      )}
      {error && <LoadFailed error={error} retry={[refetchCatalogue, result.refetch]} />}
      {!error && (result.loading || !map) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error && !result.loading && map && data && (
        <>
          {data.comparison.rows.length === 0 && (
            <Notice kind="empty">{t('noDataForPeriod', { indicator: indicatorName(indicator), region: 'Indonesia' })}</Notice>
          )}
          <ChartFrame
            id="map"
            labels={map.labels}
            headline={headline}
            option={map.option}
            height={tileMapHeight(TILE_ROWS)}
            csv={map.csv}
            sources={sourceLinks(data.comparison.rows, lang)}
            description={map.description}
            onItemClick={(e) => {
              const code = (e.data as { code?: string } | undefined)?.code;
              if (code) navigate({ page: 'ringkasan', region: code });
            }}
          >
            <details className="data-details">
              <summary>{t('viewTable')}</summary>
              <div className="table-wrap">
                <table className="data-table" data-testid="map-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('province')}</th>
                      <th scope="col" className="num">
                        {t('value')}
                      </th>
                      <th scope="col" className="num">
                        {t('rank')}
                      </th>
                      {withStatus && <th scope="col">Status</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {[...map.tiles]
                      .sort((a, b) => a.code.localeCompare(b.code))
                      .map((tile) => {
                        const row = data.comparison.rows.find((r) => r.regionCode === tile.code);
                        const patch = { page: 'ringkasan' as const, region: tile.code };
                        return (
                          <tr key={tile.code}>
                            <th scope="row">
                              <a
                                href={hrefFor(view, patch)}
                                onClick={(e) => onLink(e, patch)}
                                aria-label={t('openOverviewOf', { name: tile.name })}
                              >
                                {tile.name}
                              </a>
                            </th>
                            <td className="num">
                              {row ? map.format(row.value) : <span className="missing">{t('noData')}</span>}
                            </td>
                            <td className="num">{row?.rank ?? '–'}</td>
                            {withStatus && (
                              <td>
                                <StatusBadge status={map.statusByCode.get(tile.code) ?? 'NO_DATA'} compact />
                              </td>
                            )}
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            </details>
          </ChartFrame>
        </>
      )}
    </section>
  );
}
