import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Notice, Select } from '../../app/ui';
import { ChartFrame } from '../../charts/ChartFrame';
import { describeCompositeResult } from '../../charts/composite-result.description';
import { compositeResultHeight, compositeResultOption } from '../../charts/composite-result.option';
import { formatDateTime, formatNumber, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useViewState } from '../../url-state';
import { IksActions } from './IksActions';
import { IksGaps, IksSteps, IksTargets, MethodAbout, MethodPanel } from './IksSections';
import { chartRegions, chartTarget, chooseMethod, choosePeriod, latestMethods, provinceOf, targetRows } from './iks-model';
import { IKS_METHODS, IKS_RESULT } from './iks-queries';

type StatusKey = 'iksStatusOFFICIAL' | 'iksStatusEXAMPLE' | 'iksStatusDRAFT';
type AggregationKey = 'iksAggregation_SUM' | 'iksAggregation_WEIGHTED_SUM' | 'iksAggregation_WEIGHTED_MEAN';

/** The IKS of a province's kabupaten/kota: the stored result with every step, its method, the input gaps and targets. */
export function IksPage() {
  const [view, navigate] = useViewState();
  const { t, lang } = useI18n();
  const methodsResult = useQuery(IKS_METHODS, { variables: { region: view.region } });
  const methods = latestMethods(methodsResult.data?.compositeMethodologies ?? []);
  const method = chooseMethod(view.method, methods);
  const province = provinceOf(methodsResult.data?.region ?? null);
  const indicator = method?.resultIndicatorCode ?? '';
  const askPeriod = view.period;
  const resultVars = {
    method: method?.code ?? '',
    province: province?.code ?? '',
    indicator,
    hasIndicator: indicator !== '',
  };
  // First the stored sets (which periods exist), then the chosen period's result and gaps: one request each.
  const setsResult = useQuery(IKS_RESULT, {
    variables: { ...resultVars, period: '', hasPeriod: false },
    skip: !method || !province,
  });
  const sets = setsResult.data?.sets ?? [];
  const periods = [...new Set(sets.map((s) => s.period))];
  // Without a stored set the gaps of the latest year still say what is missing.
  const period = choosePeriod(askPeriod, sets) ?? askPeriod ?? String(new Date().getFullYear() - 1);
  const detail = useQuery(IKS_RESULT, {
    variables: { ...resultVars, period, hasPeriod: true },
    skip: !method || !province || setsResult.loading,
  });
  const result = detail.data?.result ?? null;
  const targets = targetRows(setsResult.data ?? { national: null, provinceTargets: null });
  const indexName = method ? (lang === 'id' ? method.nameId : method.nameEn) : '';
  const statusWord = result ? t(`iksStatus${result.methodologyStatus}` as StatusKey) : '';

  const chart = useMemo(() => {
    if (!result || !method || !province) return null;
    const target = chartTarget(targets, province.code, result.period);
    const regions = chartRegions(method.aggregation, result.results);
    const data = {
      dimensions: (result.results[0]?.dimensions ?? []).map((d) => (lang === 'id' ? d.nameId : d.nameEn)),
      regions,
      target: target && {
        value: target.value,
        label: t('iksTargetLine', {
          document: target.documentKind,
          year: target.year,
          value: formatNumber(target.value, 2, lang),
        }),
      },
      missingLabel: (n: number) => t('iksMissingLabel', { n }),
      lang,
    };
    const periodText = formatPeriod(result.period, lang);
    const labels = {
      title: t('iksChartTitle', { index: indexName, province: province.name, period: periodText }),
      subtitle: [
        t('iksChartSubtitle', {
          period: periodText,
          aggregation: t(`iksAggregation_${method.aggregation}` as AggregationKey),
        }),
        ...(data.target ? [t('iksTargetDashed', { target: data.target.label })] : []),
      ].join(' · '),
      footer: t('iksChartFooter', {
        method: result.methodologyCode,
        version: result.methodologyVersion,
        status: statusWord,
        at: formatDateTime(result.computedAt, lang),
      }),
    };
    return {
      data,
      labels,
      option: compositeResultOption(data, labels),
      description: describeCompositeResult({ ...data, indexName, provinceName: province.name, period: periodText }, t),
    };
  }, [result, method, province, targets, lang, t, indexName, statusWord]);

  const error = methodsResult.error ?? setsResult.error ?? detail.error;
  const loading = methodsResult.loading || setsResult.loading || detail.loading;
  return (
    <section className="page iks-page" aria-labelledby="iks-heading">
      <h2 id="iks-heading">{t('iksTitle')}</h2>
      {province && <p className="muted intro">{t('iksIntro', { province: province.name })}</p>}
      {error && <Notice kind="error">{t('loadFailed', { msg: error.message })}</Notice>}
      {!error && loading && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error && methodsResult.data && !province && <Notice kind="empty">{t('iksChooseProvince')}</Notice>}
      {!error && methodsResult.data && methods.length === 0 && <Notice kind="empty">{t('iksNoMethods')}</Notice>}
      {method && province && (
        // The selects and the method's status share a row, so that the chart starts above the fold at 1280×720.
        <div className="iks-top">
          <div className="controls">
            <Select
              id="iks-method"
              label={t('iksMethod')}
              value={method.code}
              options={methods.map((m) => ({ value: m.code, label: lang === 'id' ? m.nameId : m.nameEn }))}
              onChange={(v) => navigate({ method: v, period: null })}
            />
            {periods.length > 0 && (
              <Select
                id="iks-period"
                label={t('iksPeriod')}
                value={period}
                options={periods.map((p) => ({ value: p, label: formatPeriod(p, lang) }))}
                onChange={(v) => navigate({ period: v })}
              />
            )}
          </div>
          <MethodPanel method={method} />
        </div>
      )}
      {method && province && !loading && !result && (
        <div className="notice notice-empty" role="status" data-testid="iks-empty">
          <p>
            <strong>{t('iksNoResult', { method: indexName, province: province.name })}</strong>
          </p>
          <p className="muted">{t('iksNoResultHelp')}</p>
        </div>
      )}
      {result?.provisional && <Notice kind="error">{t('iksProvisional')}</Notice>}
      {result && chart && (
        <ChartFrame
          id="iks"
          labels={chart.labels}
          option={chart.option}
          description={chart.description}
          height={compositeResultHeight(chart.data.regions.length)}
          rows={chart.data.regions.length}
          csv={{
            header: [t('region'), 'kode_wilayah', chart.labels.title, ...chart.data.dimensions],
            rows: chart.data.regions.map((r) => [r.regionName, r.regionCode, r.value, ...r.contributions]),
          }}
        />
      )}
      {method && province && <MethodAbout method={method} />}
      {method && province && setsResult.data && (
        <IksActions
          method={{ code: method.code, name: indexName }}
          province={province}
          indicator={indicator}
          result={result}
          published={detail.data?.published?.edges.map((e) => e.node) ?? []}
          storedPeriods={periods}
          period={period}
          onComputed={(p) => navigate({ period: p })}
          onChanged={() => Promise.all([setsResult.refetch(), detail.refetch()])}
        >
          {result && (
            <p className="muted" data-testid="iks-result-set">
              {t('iksResultSet', {
                version: result.version,
                by: result.computedBy,
                at: formatDateTime(result.computedAt, lang),
              })}
            </p>
          )}
        </IksActions>
      )}
      {result && <IksSteps result={result} />}
      {detail.data?.gaps && <IksGaps gaps={detail.data.gaps} period={period} />}
      {method && province && setsResult.data && <IksTargets rows={targets} indicator={indicator} province={province.name} />}
    </section>
  );
}
