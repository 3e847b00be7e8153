import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { LoadFailed, Notice, Select, StatusBadge } from '../../app/ui';
import { downloadFile, fileSlug, toCsv } from '../../charts/csv';
import { STATUS_ORDER, STATUS_STYLE, textOn } from '../../charts/palette';
import { useCatalogue } from '../../data/catalogue';
import { describeGap } from '../../data/target-gap';
import { documentLabel, targetLabel } from '../../data/targets';
import type { IndicatorInfo, RegionRef } from '../../data/types';
import { formatPeriod, formatTarget, formatValue } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { scorecardHeadline } from '../../presentation/headlines/scorecard';
import { SlideSection } from '../../presentation/SlideSection';
import { useViewState } from '../../url-state';
import { peerParent, provinceOf } from '../compare/compare-model';
import { ScorecardSlide } from './ScorecardSlide';
import { SortableHeader } from './SortableHeader';
import {
  type Cell,
  cellGap,
  cellIndex,
  columnTarget,
  gapColumn,
  hasGaps,
  REGION_COLUMN,
  scorecardColumns,
  scorecardExportHref,
  sortColumns,
  statusCounts,
  valueColumn,
} from './scorecard-model';
import { SCORECARD } from './scorecard-queries';
import { useScorecardSort } from './useScorecardSort';

export function ScorecardPage() {
  const [view, navigate] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const parentCode = view.parent ?? peerParent(view.region);
  const columns = useMemo(
    () => (catalogue ? scorecardColumns(catalogue.documents, view.document, parentCode) : []),
    [catalogue, view.document, parentCode],
  );
  // The columns come from the document's targets in the catalogue; a document without any has no scorecard.
  const result = useQuery(SCORECARD, {
    variables: { document: view.document, parent: parentCode, indicators: columns },
    skip: !catalogue || columns.length === 0,
  });
  const data = result.data;
  const document = catalogue?.document(view.document);
  const docName = document ? documentLabel(document) : view.document;
  const error = catalogueError ?? result.error;

  const table = useMemo(() => {
    if (!data?.region || !catalogue) return null;
    const parent = data.region;
    const cells = data.scorecard.cells;
    const index = cellIndex(cells);
    const rows: RegionRef[] = [parent, ...parent.children];
    const indicators = columns
      .map((code) => catalogue.indicator(code))
      .filter((i): i is IndicatorInfo => !!i)
      .map((i) => ({ ...i, withGap: hasGaps(cells, i) }));
    return { parent, rows, indicators, index, cells, sortable: sortColumns(indicators, index) };
  }, [data, catalogue, columns]);
  const sort = useScorecardSort(table?.parent.children ?? NO_REGIONS, table?.sortable ?? NO_COLUMNS, view.sort, (next) =>
    navigate({ sort: next }, { replace: true }),
  );

  const province = provinceOf(view.region);
  const scopeOptions = [{ value: 'ID', label: t('scopeProvinces') }];
  if (province) scopeOptions.push({ value: province, label: t('scopeChildren', { name: province }) });
  if (parentCode !== 'ID' && parentCode !== province)
    scopeOptions.push({ value: parentCode, label: t('scopeChildren', { name: parentCode }) });
  if (table) {
    for (const o of scopeOptions)
      if (o.value === table.parent.code && o.value !== 'ID') o.label = t('scopeChildren', { name: table.parent.name });
  }

  const downloadCsv = () => {
    if (!table) return;
    const header = [
      'kode_wilayah',
      t('region'),
      'indikator',
      t('indicator'),
      'status',
      t('latestValue'),
      t('period'),
      t('target'),
      'tahun_target',
      // Signed, in the indicator's unit: positive above the target (its nearer edge for a range), 0 inside a range.
      'selisih_dengan_target',
      'dokumen',
    ];
    const rows = [table.rows[0]!, ...sort.rows].flatMap((r) =>
      table.indicators.map((ind) => {
        const c = table.index.get(`${r.code}|${ind.code}`);
        return [
          r.code,
          r.name,
          ind.code,
          indicatorName(ind),
          c ? t(`status${c.status}`) : '',
          c?.latest?.value ?? null,
          c?.latest?.period ?? null,
          c?.target
            ? formatTarget({ value: c.target.value, lowerBound: c.target.lowerBound, upperBound: c.target.upperBound }, ind, 'en')
            : null,
          c?.target?.year ?? null,
          signedGap(cellGap(c, ind)),
          view.document,
        ];
      }),
    );
    downloadFile(`${fileSlug(`rapor-${view.document}-${table.parent.name}`)}.csv`, toCsv(header, rows));
  };

  // The table is a slide of its own in a deck (the rakor agenda's scorecard).
  const sectionLabels = useMemo(
    () => ({
      title: t('scorecardTitle', { doc: docName }),
      subtitle: table
        ? t('scorecardFor', {
            scope: table.parent.code === 'ID' ? t('scopeProvinces') : t('scopeChildren', { name: table.parent.name }),
          })
        : '',
      footer: '',
    }),
    [t, docName, table],
  );
  // The slide's sentence is about the column sorted on (by default the first with distances), else the first with data.
  const headline = useMemo(() => {
    if (!table) return null;
    const sortedOn = table.indicators.find((ind) => sort.sortedAs(`selisih.${ind.code}`) || sort.sortedAs(`nilai.${ind.code}`));
    const ind =
      sortedOn ?? table.indicators.find((i) => table.parent.children.some((r) => table.index.get(`${r.code}|${i.code}`)?.latest));
    if (!ind) return null;
    const head = columnTarget(table.cells, table.parent.code, ind.code);
    return scorecardHeadline(
      {
        indicatorName: indicatorName(ind),
        rows: table.parent.children.map((r) => {
          const c = table.index.get(`${r.code}|${ind.code}`);
          return { name: r.name, status: c?.status ?? 'NO_DATA', value: c?.latest?.value ?? null, gap: cellGap(c, ind) };
        }),
        target: head ? head.target : null,
        level: table.parent.children[0]?.level ?? null,
        unit: ind,
        direction: ind.direction,
        lang,
      },
      t,
    );
  }, [table, sort, indicatorName, lang, t]);

  return (
    <section className="page" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t('scorecardTitle', { doc: docName })}</h2>
      <p className="muted intro">
        {t('scorecardIntro', { doc: docName })} {t('scorecardSortHelp')}
      </p>
      <div className="controls">
        <Select
          id="scorecard-scope"
          label={t('compareScope')}
          value={parentCode}
          options={scopeOptions}
          onChange={(v) => navigate({ parent: v })}
        />
        <div className="status-legend">
          <span className="context-label">{t('statusLegend')}:</span>
          {STATUS_ORDER.map((s) => (
            <StatusBadge key={s} status={s} compact />
          ))}
          <p className="muted legend-help">{t('statusHelp')}</p>
        </div>
      </div>
      {error && <LoadFailed error={error} retry={[refetchCatalogue, result.refetch]} />}
      {!error && catalogue && columns.length === 0 && <Notice kind="empty">{t('noDocumentTargets', { doc: docName })}</Notice>}
      {!error && (result.loading || !catalogue) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error && !result.loading && data && !data.region && (
        <Notice kind="error">{t('regionNotFound', { code: parentCode })}</Notice>
      )}
      {!error && !result.loading && table && (
        <>
          <SlideSection
            id="scorecard"
            labels={sectionLabels}
            headline={headline}
            layoutWidth={1100}
            slide={
              <ScorecardSlide
                parent={table.parent}
                sorted={sort.rows}
                chosen={view.region}
                indicators={table.indicators}
                index={table.index}
                cells={table.cells}
                documentKind={document?.kind ?? view.document}
              />
            }
          >
            <div className="table-wrap">
              <table className="data-table scorecard" data-testid="scorecard">
                <caption>
                  {t('scorecardTitle', { doc: docName })} ·{' '}
                  {t('scorecardFor', {
                    scope: table.parent.code === 'ID' ? t('scopeProvinces') : t('scopeChildren', { name: table.parent.name }),
                  })}
                </caption>
                <thead>
                  <tr>
                    <SortableHeader id={REGION_COLUMN} sort={sort} rowSpan={2}>
                      {t('region')}
                    </SortableHeader>
                    {table.indicators.map((ind) => {
                      const c = columnTarget(table.cells, table.parent.code, ind.code);
                      return (
                        <th key={ind.code} scope="colgroup" colSpan={ind.withGap ? 2 : 1} className="indicator-head">
                          {indicatorName(ind)}
                          {c?.target && (
                            <span className="th-target">
                              {targetLabel(
                                t,
                                {
                                  doc: document?.kind ?? view.document,
                                  year: c.target.year,
                                  targetRegionCode: c.targetRegionCode,
                                  regionCode: c.shownFor,
                                },
                                formatTarget(
                                  { value: c.target.value, lowerBound: c.target.lowerBound, upperBound: c.target.upperBound },
                                  ind,
                                  lang,
                                ),
                              )}
                            </span>
                          )}
                        </th>
                      );
                    })}
                  </tr>
                  <tr>
                    {table.indicators.flatMap((ind) => [
                      <SortableHeader key={valueColumn(ind.code)} id={valueColumn(ind.code)} sort={sort}>
                        {t('statusValueColumn')}
                      </SortableHeader>,
                      ...(ind.withGap
                        ? [
                            <SortableHeader key={gapColumn(ind.code)} id={gapColumn(ind.code)} sort={sort}>
                              {t('gapColumn')}
                            </SortableHeader>,
                          ]
                        : []),
                    ])}
                  </tr>
                </thead>
                <tbody>
                  {[table.parent, ...sort.rows].map((r, i) => (
                    <tr
                      key={r.code}
                      className={i === 0 ? 'parent-row' : r.code === view.region ? 'selected' : undefined}
                      data-code={r.code}
                    >
                      <th scope="row">
                        {r.code === view.region ? '▶ ' : ''}
                        {r.name}
                      </th>
                      {table.indicators.flatMap((ind) => {
                        const c = table.index.get(`${r.code}|${ind.code}`);
                        const status = c?.status ?? 'NO_DATA';
                        const style = STATUS_STYLE[status];
                        const label = t('openTrendOf', { indicator: indicatorName(ind), region: r.name });
                        const gap = cellGap(c, ind);
                        const words = gap && describeGap(gap, ind, ind.direction, lang, t);
                        return [
                          <td key={ind.code} className="score-cell">
                            <button
                              type="button"
                              className={`cell-button status-${status.toLowerCase()}`}
                              style={{ background: style.colour, color: textOn(style.colour) }}
                              aria-label={`${label}: ${t(`status${status}`)}${c?.latest ? `, ${formatValue(c.latest.value, ind, lang)}` : ''}`}
                              onClick={() => navigate({ page: 'tren', region: r.code, indicator: ind.code, regions: [] })}
                            >
                              <span className="cell-status">
                                <span aria-hidden="true">{style.icon}</span> {t(`status${status}`)}
                              </span>
                              <span className="cell-value">
                                {c?.latest ? (
                                  <>
                                    {formatValue(c.latest.value, ind, lang)} · {formatPeriod(c.latest.period, lang)}
                                  </>
                                ) : (
                                  t('noData').toLowerCase()
                                )}
                              </span>
                            </button>
                          </td>,
                          ...(ind.withGap
                            ? [
                                <td key={`${ind.code}-gap`} className="gap-cell" data-column={gapColumn(ind.code)}>
                                  {gap && words ? (
                                    <>
                                      <span className={`gap-text ${gap.shortfall > 0 ? 'gap-behind' : 'gap-met'}`}>
                                        {words.text}
                                      </span>
                                      <span className="gap-need">{words.need}</span>
                                    </>
                                  ) : (
                                    <span className="muted">–</span>
                                  )}
                                </td>,
                              ]
                            : []),
                        ];
                      })}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('scorecardCounts')}</th>
                    {table.indicators.map((ind) => {
                      const counts = statusCounts(
                        table.rows
                          .slice(1)
                          .map((r) => table.index.get(`${r.code}|${ind.code}`))
                          .filter((c): c is Cell => !!c),
                      );
                      return (
                        <td key={ind.code} className="counts" colSpan={ind.withGap ? 2 : 1}>
                          {STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => (
                            <span key={s} className="count">
                              <span aria-hidden="true">{STATUS_STYLE[s].icon}</span> {t(`status${s}`)}: {counts[s]}
                            </span>
                          ))}
                        </td>
                      );
                    })}
                  </tr>
                </tfoot>
              </table>
            </div>
          </SlideSection>
          <p className="table-actions">
            <button type="button" className="button-secondary" onClick={downloadCsv}>
              ⤓ {t('downloadCsv')}
            </button>{' '}
            <a className="button-secondary" href={scorecardExportHref(view.document, table.parent.code, columns)} download>
              ⤓ {t('downloadXlsx')}
            </a>{' '}
            <button type="button" className="button-secondary" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

const NO_REGIONS: RegionRef[] = [];
const NO_COLUMNS: ReturnType<typeof sortColumns> = [];

/** The CSV's distance: signed (above the target is positive), 0 inside a range; empty without a value or a target. */
function signedGap(gap: ReturnType<typeof cellGap>): number | null {
  if (!gap) return null;
  return gap.side === 'below' ? -gap.distance : gap.distance;
}
