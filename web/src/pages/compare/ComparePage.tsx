import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { IndicatorSelect, PeriodSelect } from '../../app/filters';
import { Notice, Segmented, Select } from '../../app/ui';
import { ChartFrame } from '../../charts/ChartFrame';
import { describeRanking } from '../../charts/ranked-bar.description';
import { rankedBarHeight, rankedBarOption } from '../../charts/ranked-bar.option';
import { SLIDE_LIST_EACH } from '../../charts/shortlist';
import { describeChange } from '../../charts/slope.description';
import { slopeHeight, slopeOption } from '../../charts/slope.option';
import { indicatorsWithData, useCatalogue } from '../../data/catalogue';
import { sourceFooter, sourceLinks } from '../../data/sources';
import { targetFor, targetLabel } from '../../data/targets';
import type { IndicatorInfo } from '../../data/types';
import { formatPeriod, formatTarget, formatValue, isPercent, unitLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { changeHeadline } from '../../presentation/headlines/change';
import { rankingHeadline } from '../../presentation/headlines/ranking';
import { type CompareView, useViewState } from '../../url-state';
import { CompareTable, compareCsv } from './CompareTable';
import { comparedHighlight, defaultCompareParent, periodsOf, provinceOf, rankedRows, slopeRows } from './compare-model';
import { COMPARISON, EARLIER, PARENT, PERIODS } from './compare-queries';

export function ComparePage() {
  const [view, navigate] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const indicatorCode = view.indicator ?? 'poverty_rate_p0';
  const parentCode = view.parent ?? defaultCompareParent(view.region, catalogue?.indicator(indicatorCode)?.levels ?? null);
  const level = parentCode === 'ID' ? 'PROVINCE' : 'REGENCY_CITY';

  const parentQuery = useQuery(PARENT, { variables: { code: parentCode } });
  const parent = parentQuery.data?.region ?? null;
  const children = parent?.children ?? [];
  const comparisonQuery = useQuery(COMPARISON, {
    variables: { indicator: indicatorCode, parent: parentCode, period: view.period },
  });
  const comparison = comparisonQuery.data?.current ?? null;
  const periodsQuery = useQuery(PERIODS, {
    variables: { indicator: indicatorCode, codes: children.map((c) => c.code) },
    skip: children.length === 0,
  });
  const periods = useMemo(() => periodsOf(periodsQuery.data?.series ?? []), [periodsQuery.data]);
  const toPeriod = comparison?.period ?? null;
  const fromPeriod = view.from ?? comparison?.previousPeriod ?? null;
  const earlierQuery = useQuery(EARLIER, {
    variables: { indicator: indicatorCode, parent: parentCode, period: fromPeriod ?? '' },
    skip: view.view !== 'perubahan' || !fromPeriod,
  });

  const indicator: IndicatorInfo | undefined = catalogue?.indicator(indicatorCode);
  const indicatorOptions = catalogue ? indicatorsWithData(catalogue.indicators, level) : [];
  const province = provinceOf(view.region) ?? (parentCode !== 'ID' ? parentCode : null);
  const provinceName =
    parent && parentCode !== 'ID' ? parent.name : comparison?.rows.find((r) => r.regionCode === province)?.region.name;

  const highlight = comparedHighlight(view.region, parentCode);
  const applied = catalogue ? targetFor(catalogue.documents, view.document, indicatorCode, parentCode) : null;

  const model = useMemo(() => {
    if (!comparison || !indicator || !parent) return null;
    const percent = isPercent(indicator);
    const unitFmt = (v: number | null) => formatValue(v, indicator, lang);
    const peers = parentCode === 'ID' ? t('provinces') : t('peersIn', { name: parent.name });
    const periodText = formatPeriod(comparison.period, lang);
    const directionText = indicator.direction === 'HIGHER_IS_BETTER' ? t('higherBetter') : t('lowerBetter');
    const footer = sourceFooter(comparison.rows, lang, indicator.source);
    const rows = rankedRows(comparison, children);
    // The line applies to the regions compared: a borrowed (national) target says so.
    const targetText = applied
      ? targetLabel(
          t,
          {
            doc: applied.document.kind,
            year: applied.target.year,
            targetRegionCode: applied.target.regionCode,
            regionCode: rows[0]?.code ?? parentCode,
            targetRegionName: parent.name,
          },
          formatTarget(applied.target, indicator, lang),
        )
      : null;
    const rankedLabels = {
      title: t('rankedTitle', { indicator: indicatorName(indicator), peers, period: periodText }),
      subtitle: `${unitLabel(indicator, lang)} · ${periodText} · ${t('rankNote')} (${directionText})`,
      footer,
    };
    const rankedData = {
      rows,
      highlight,
      decimals: indicator.decimals,
      percent,
      lang,
      missingLabel: t('noData').toLowerCase(),
      national:
        comparison.nationalValue !== null
          ? {
              value: comparison.nationalValue,
              label: t('nationalValue', {
                value: unitFmt(comparison.nationalValue),
                period: formatPeriod(comparison.nationalPeriod, lang),
              }),
            }
          : null,
      parent:
        parentCode !== 'ID' && comparison.parentValue !== null
          ? {
              value: comparison.parentValue,
              label: t('parentValue', {
                name: parent.name,
                value: unitFmt(comparison.parentValue),
                period: formatPeriod(comparison.parentPeriod, lang),
              }),
            }
          : null,
      target: applied
        ? {
            value: applied.target.value,
            lower: applied.target.lowerBound,
            upper: applied.target.upperBound,
            label: targetText ?? '',
          }
        : null,
    };
    const ranked = rankedBarOption(rankedData, rankedLabels);
    // On a slide a long list keeps its ends and the chosen region (38 provinces do not fit at projector size).
    const valued = rows.filter((r) => r.value !== null).length;
    const rankedSlide =
      valued > 2 * SLIDE_LIST_EACH + 1
        ? rankedBarOption(
            { ...rankedData, shortlist: SLIDE_LIST_EACH },
            {
              ...rankedLabels,
              subtitle: `${rankedLabels.subtitle} · ${t('slideShortlist', { n: SLIDE_LIST_EACH, total: valued })}`,
            },
          )
        : null;
    return { ranked, rankedSlide, rankedLabels, rows, footer, peers, periodText, unitFmt, percent, targetLabel: targetText };
  }, [comparison, indicator, parent, children, parentCode, lang, t, indicatorName, highlight, applied]);

  const slope = useMemo(() => {
    const earlier = earlierQuery.data?.earlier;
    if (!model || !comparison || !indicator || !earlier || !fromPeriod || !toPeriod) return null;
    const rows = slopeRows(earlier.rows, comparison.rows, children, indicator.seriesBreaks, indicatorCode, fromPeriod, toPeriod);
    const fromLabel = formatPeriod(fromPeriod, lang);
    const toLabel = formatPeriod(toPeriod, lang);
    const labels = {
      title: t('slopeTitle', { indicator: indicatorName(indicator), from: fromLabel, to: toLabel }),
      subtitle: `${unitLabel(indicator, lang)} · ${model.peers} · ${t(
        indicator.direction === 'NEUTRAL' ? 'slopeHowToNeutral' : 'slopeHowTo',
        { from: fromLabel, to: toLabel },
      )}`,
      footer: sourceFooter([...comparison.rows], lang, indicator.source),
    };
    const slopeData = {
      rows,
      fromLabel,
      toLabel,
      highlight,
      decimals: indicator.decimals,
      percent: model.percent,
      lang,
      direction: indicator.direction,
      words: {
        improved: t('improved'),
        worsened: t('worsened'),
        unchanged: t('unchanged'),
        notComparable: t('notComparable'),
        notComparableShort: t('notComparableShort'),
      },
    };
    const option = slopeOption(slopeData, labels);
    const slideOption =
      rows.length > 2 * SLIDE_LIST_EACH + 1
        ? slopeOption(
            { ...slopeData, shortlist: SLIDE_LIST_EACH },
            { ...labels, subtitle: `${labels.subtitle} · ${t('slideShortlist', { n: SLIDE_LIST_EACH, total: rows.length })}` },
          )
        : null;
    return { rows, option, slideOption, labels, fromLabel, toLabel };
  }, [
    model,
    comparison,
    indicator,
    earlierQuery.data,
    fromPeriod,
    toPeriod,
    children,
    indicatorCode,
    lang,
    t,
    indicatorName,
    highlight,
  ]);
  const headlines = useMemo(() => {
    if (!indicator) return { ranked: null, slope: null };
    const common = { level, unit: indicator, direction: indicator.direction, lang };
    return {
      ranked: model ? rankingHeadline({ ...common, rows: model.rows, highlight }, t) : null,
      slope: slope ? changeHeadline({ ...common, rows: slope.rows }, t) : null,
    };
  }, [model, slope, indicator, level, highlight, lang, t]);

  // The peers are a visible choice, not a hidden default: the province's kabupaten/kota or the provinces.
  const scopeOptions: { value: string; label: string }[] = [];
  if (province) scopeOptions.push({ value: province, label: t('compareChildren', { name: provinceName ?? province }) });
  if (parentCode !== 'ID' && parentCode !== province) {
    scopeOptions.push({ value: parentCode, label: t('compareChildren', { name: parent?.name ?? parentCode }) });
  }
  scopeOptions.push({ value: 'ID', label: t('compareProvinces') });
  const highlightRow = comparison?.rows.find((r) => r.regionCode === highlight);
  const error = catalogueError ?? parentQuery.error ?? comparisonQuery.error;

  return (
    <section className="page" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compareTitle')}</h2>
      <div className="controls">
        <Segmented<string>
          label={t('compareWith')}
          value={parentCode}
          options={scopeOptions}
          onChange={(v) => navigate({ parent: v, period: null, from: null })}
        />
        <IndicatorSelect
          id="compare-indicator"
          value={indicatorCode}
          indicators={indicatorOptions.length ? indicatorOptions : indicator ? [indicator] : []}
          onChange={(v) => navigate({ indicator: v, period: null, from: null })}
        />
        <PeriodSelect
          id="compare-period"
          value={view.period}
          periods={periods}
          onChange={(v) => navigate({ period: v, from: null })}
        />
        {view.view === 'perubahan' && (
          <Select
            id="compare-from"
            label={t('periodFrom')}
            value={fromPeriod ?? ''}
            options={[
              ...(fromPeriod ? [] : [{ value: '', label: t('previousPeriodNone') }]),
              ...[...periods]
                .filter((p) => !toPeriod || p < toPeriod)
                .reverse()
                .map((p) => ({ value: p, label: formatPeriod(p, lang) })),
            ]}
            onChange={(v) => navigate({ from: v || null })}
          />
        )}
        <Segmented<CompareView>
          label={t('views')}
          value={view.view}
          options={[
            { value: 'peringkat', label: t('viewRanked') },
            { value: 'perubahan', label: t('viewSlope') },
            { value: 'tabel', label: t('viewTable') },
          ]}
          onChange={(v) => navigate({ view: v })}
        />
      </div>
      {error && (
        <Notice
          kind="error"
          onRetry={() => {
            refetchCatalogue();
            void parentQuery.refetch();
            void comparisonQuery.refetch();
          }}
        >
          {t('loadFailed', { msg: error.message })}
        </Notice>
      )}
      {!error && (!model || comparisonQuery.loading) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error &&
        model &&
        comparison &&
        indicator &&
        parent &&
        !comparisonQuery.loading &&
        (comparison.rows.length === 0 ? (
          <Notice kind="empty">
            {t('noDataForPeriod', { indicator: indicatorName(indicator), region: parent.name })}
            {parentCode !== 'ID' && (
              <>
                {' '}
                <button type="button" className="link" onClick={() => navigate({ parent: 'ID', period: null, from: null })}>
                  {t('compareProvincesInstead')}
                </button>
              </>
            )}
          </Notice>
        ) : (
          <>
            <p className="lead" data-testid="compare-summary">
              {highlightRow
                ? t('compareSummary', {
                    region: highlightRow.region.name,
                    rank: highlightRow.rank,
                    count: comparison.summary.count,
                    value: model.unitFmt(highlightRow.value),
                  })
                : `${capitalise(model.peers)}: ${t('regionsCount', { count: comparison.summary.count })} · ${model.periodText}`}
              {model.targetLabel ? ` · ${model.targetLabel}` : ''}
            </p>
            {view.view === 'peringkat' && (
              <ChartFrame
                id="compare-ranked"
                labels={model.rankedLabels}
                headline={headlines.ranked}
                option={model.ranked}
                height={rankedBarHeight(model.rows.length)}
                rows={model.rankedSlide ? 2 * SLIDE_LIST_EACH + 1 : model.rows.length}
                slideOption={model.rankedSlide}
                csv={compareCsv(comparison, model.rows, parent.name, t, lang, indicator)}
                sources={sourceLinks(comparison.rows, lang)}
                description={describeRanking(
                  {
                    rows: model.rows,
                    unit: indicator,
                    lang,
                    highlight,
                    national: { value: comparison.nationalValue, period: comparison.nationalPeriod },
                    parent:
                      parentCode === 'ID'
                        ? null
                        : { name: parent.name, value: comparison.parentValue, period: comparison.parentPeriod },
                    target: model.targetLabel,
                  },
                  t,
                )}
                onItemClick={(e) => {
                  const code = (e.data as { code?: string } | undefined)?.code;
                  if (code) navigate({ region: code, parent: parentCode });
                }}
              />
            )}
            {view.view === 'perubahan' &&
              (slope ? (
                <ChartFrame
                  id="compare-slope"
                  labels={slope.labels}
                  headline={headlines.slope}
                  option={slope.option}
                  height={slopeHeight(slope.rows.length)}
                  rows={slope.slideOption ? 2 * SLIDE_LIST_EACH + 1 : slope.rows.length}
                  slideOption={slope.slideOption}
                  csv={{
                    header: [t('region'), 'kode', slope.fromLabel, slope.toLabel, t('change')],
                    rows: slope.rows.map((r) => [
                      r.name,
                      r.code,
                      r.from,
                      r.to,
                      r.comparable && r.from !== null && r.to !== null
                        ? Number((r.to - r.from).toFixed(indicator.decimals))
                        : null,
                    ]),
                  }}
                  sources={sourceLinks(comparison.rows, lang)}
                  description={describeChange(
                    {
                      rows: slope.rows,
                      fromLabel: slope.fromLabel,
                      toLabel: slope.toLabel,
                      unit: indicator,
                      lang,
                      direction: indicator.direction,
                      highlight,
                    },
                    t,
                  )}
                  onItemClick={(e) => {
                    const code = (e.data as { code?: string } | undefined)?.code;
                    if (code) navigate({ region: code, parent: parentCode });
                  }}
                />
              ) : earlierQuery.error ? (
                <Notice kind="error">{t('loadFailed', { msg: earlierQuery.error.message })}</Notice>
              ) : !fromPeriod ? (
                <Notice kind="empty">{t('previousPeriodNone')}</Notice>
              ) : (
                <Notice kind="loading">{t('loadingData')}</Notice>
              ))}
            {view.view === 'tabel' && (
              <CompareTable comparison={comparison} rows={model.rows} parentName={parent.name} indicator={indicator} />
            )}
          </>
        ))}
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
