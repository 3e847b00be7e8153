import { useQuery } from '@apollo/client/react';
import type { EChartsCoreOption } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useLinkHandler } from '../../app/App';
import { Notice, Segmented, Select } from '../../app/ui';
import { ChartFrame } from '../../charts/ChartFrame';
import type { ChartDescription } from '../../charts/chart-description';
import type { ChartLabels } from '../../charts/common';
import { describeProgrammes } from '../../charts/programme-bar.description';
import { type ProgrammeBarData, programmeBarHeight, programmeBarOption } from '../../charts/programme-bar.option';
import { formatNumber, formatRupiah, type Lang, missingText } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { programmeHeadline } from '../../presentation/headlines/programmes';
import { hrefFor, type ProgrammeMeasure, type ProgrammeView, useViewState } from '../../url-state';
import { ActivitiesView } from './ActivitiesView';
import { chooseMeasure, chooseProgramme, chooseYear, type FigureRow, figuresInScope, yearsOf } from './programme-model';
import { PROGRAMMES, type ProgrammeInfo } from './programme-queries';

export function ProgrammesPage() {
  const [view, navigate] = useViewState();
  const { t, lang } = useI18n();
  const onLink = useLinkHandler();
  const result = useQuery(PROGRAMMES, {
    variables: { code: view.region, parent: view.region === 'ID' ? null : view.region },
  });
  const data = result.data;
  const region = data?.region ?? null;
  const regionName = region?.name ?? view.region;
  const name = useCallback((p: ProgrammeInfo) => (lang === 'id' ? p.nameId : p.nameEn), [lang]);

  const model = useMemo(() => {
    const programmes = data?.programmes ?? [];
    const figures = region && data ? figuresInScope(region, data.own, data.below) : [];
    const programmeCode = chooseProgramme(view.programme, programmes, figures);
    const programme = programmes.find((p) => p.code === programmeCode) ?? null;
    const rows = figures.filter((f) => f.programmeCode === programmeCode);
    const years = yearsOf(figures, programmeCode);
    const year = chooseYear(view.year, years);
    const yearRows = rows.filter((r) => r.year === year);
    const measure = chooseMeasure(view.measure, yearRows);
    let chart: { labels: ChartLabels; option: EChartsCoreOption; description: ChartDescription } | null = null;
    if (programme && year !== null && yearRows.length) {
      const measureName =
        measure === 'anggaran' ? t('measureBudget') : measure === 'penyerapan' ? t('measureAbsorption') : t('measureCoverage');
      const labels = {
        title: t('programmeChartTitle', { measure: measureName, programme: name(programme), year }),
        subtitle: `${measure === 'anggaran' ? t('programmeBudgetUnit') : t('programmePercentUnit')} · ${year} · ${t(
          'programmeScopeLabel',
          { region: regionName },
        )}`,
        footer: t('programmeFooter'),
      };
      const bars: ProgrammeBarData = {
        rows: yearRows.map((r) => ({
          code: r.regionCode,
          name: r.regionName,
          budgetAllocated: r.budgetAllocated,
          budgetSpent: r.budgetSpent,
          absorption: r.absorption,
          coverage: r.coverage,
        })),
        measure,
        lang,
        words: {
          allocated: t('budgetAllocated'),
          spent: t('budgetSpent'),
          absorption: t('absorption'),
          coverage: t('coverage'),
          missing: missingText(lang),
        },
      };
      chart = { labels, option: programmeBarOption(bars, labels), description: describeProgrammes(bars, t) };
    }
    const withFigures = new Set(figures.map((f) => f.programmeCode));
    return { programmes, figures, programmeCode, programme, rows, years, year, yearRows, measure, chart, withFigures };
  }, [data, region, view.programme, view.year, view.measure, lang, t, name, regionName]);
  const { programmes, figures, programmeCode, programme, rows, years, year, yearRows, measure, chart, withFigures } = model;
  const headline = useMemo(
    () => (region && year !== null ? programmeHeadline({ rows, year, measure, regionCode: region.code, lang }, t) : null),
    [rows, year, measure, region, lang, t],
  );

  return (
    <section className="page" aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">{t('programmesTitle')}</h2>
      <p className="muted intro">{t('programmesIntro', { region: regionName })}</p>
      {result.error && (
        <Notice kind="error" onRetry={() => void result.refetch()}>
          {t('loadFailed', { msg: result.error.message })}
        </Notice>
      )}
      {!result.error && result.loading && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!result.error && !result.loading && data && !region && (
        <Notice kind="error">{t('regionNotFound', { code: view.region })}</Notice>
      )}
      {!result.error && !result.loading && region && (
        <Segmented<ProgrammeView>
          label={t('programmeViewLabel')}
          value={view.programmeView ?? 'angka'}
          options={[
            { value: 'angka', label: t('programmeViewFigures') },
            { value: 'kegiatan', label: t('programmeViewActivities') },
          ]}
          onChange={(v) => navigate({ programmeView: v === 'angka' ? null : v, year: null })}
        />
      )}
      {!result.error && !result.loading && region && view.programmeView === 'kegiatan' && <ActivitiesView region={region} />}
      {!result.error && !result.loading && region && view.programmeView !== 'kegiatan' && (
        <>
          {figures.length === 0 ? (
            <div className="notice notice-empty empty-programmes" role="status" data-testid="programmes-empty">
              <div>
                <p>
                  <strong>{t('programmesEmpty', { region: regionName })}</strong>
                </p>
                <p>
                  <a
                    className="button-primary"
                    href={hrefFor(view, { page: 'data' })}
                    onClick={(e) => onLink(e, { page: 'data' })}
                  >
                    {t('programmesEmptyAction')} →
                  </a>
                </p>
                <p className="muted">{t('programmesEmptyColumns')}</p>
              </div>
            </div>
          ) : (
            <>
              <div className="controls programme-controls">
                <Select
                  id="programme-select"
                  label={t('programme')}
                  value={programmeCode ?? ''}
                  options={programmes.map((p) => ({
                    value: p.code,
                    label: `${p.code} — ${name(p)}${withFigures.has(p.code) ? ` (${t('programmeHasFigures')})` : ''}`,
                  }))}
                  onChange={(v) => navigate({ programme: v, year: null, measure: null })}
                />
                {years.length > 0 && (
                  <Select
                    id="programme-year"
                    label={t('year')}
                    value={String(year ?? '')}
                    options={[...years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
                    onChange={(v) => navigate({ year: Number(v) })}
                  />
                )}
                {years.length > 0 && (
                  <Segmented<ProgrammeMeasure>
                    label={t('measure')}
                    value={measure}
                    options={[
                      { value: 'anggaran', label: t('measureBudget') },
                      { value: 'penyerapan', label: t('measureAbsorption') },
                      { value: 'cakupan', label: t('measureCoverage') },
                    ]}
                    onChange={(v) => navigate({ measure: v })}
                  />
                )}
              </div>
              {rows.length === 0 && programme ? (
                <Notice kind="empty">{t('programmeNoFigures', { programme: name(programme) })}</Notice>
              ) : (
                <>
                  {chart && (
                    <ChartFrame
                      id="programmes"
                      labels={chart.labels}
                      headline={headline}
                      option={chart.option}
                      description={chart.description}
                      height={programmeBarHeight(yearRows.length, measure)}
                      csv={{
                        header: [
                          t('region'),
                          'kode_wilayah',
                          'program',
                          t('year'),
                          t('recipients'),
                          t('eligible'),
                          `${t('coverage')} (%)`,
                          `${t('budgetAllocated')} (Rp)`,
                          `${t('budgetSpent')} (Rp)`,
                          `${t('absorption')} (%)`,
                        ],
                        rows: rows.map((r) => [
                          r.regionName,
                          r.regionCode,
                          r.programmeCode,
                          r.year,
                          r.recipients,
                          r.eligible,
                          r.coverage,
                          r.budgetAllocated,
                          r.budgetSpent,
                          r.absorption,
                        ]),
                      }}
                    />
                  )}
                  <FiguresTable rows={rows} unit={programme?.recipientUnit ?? null} lang={lang} />
                </>
              )}
            </>
          )}
          <ProgrammeCatalogue programmes={programmes} withFigures={withFigures} />
        </>
      )}
    </section>
  );
}

function FiguresTable({ rows, unit, lang }: { rows: FigureRow[]; unit: string | null; lang: Lang }) {
  const { t } = useI18n();
  const missing = <span className="missing">{missingText(lang)}</span>;
  const count = (v: number | null) => (v === null ? missing : `${formatNumber(v, 0, lang)}${unit ? ` ${unit}` : ''}`);
  const pct = (v: number | null) => (v === null ? missing : `${formatNumber(v, 1, lang)}%`);
  const rp = (v: number | null) => (v === null ? missing : formatRupiah(v, lang));
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="programme-figures">
        <caption>{t('figuresTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region')}</th>
            <th scope="col">{t('year')}</th>
            <th scope="col" className="num">
              {t('recipients')}
            </th>
            <th scope="col" className="num">
              {t('eligible')}
            </th>
            <th scope="col" className="num">
              {t('coverage')}
            </th>
            <th scope="col" className="num">
              {t('budgetAllocated')}
            </th>
            <th scope="col" className="num">
              {t('budgetSpent')}
            </th>
            <th scope="col" className="num">
              {t('absorption')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.regionCode}|${r.year}`} data-region={r.regionCode} data-year={r.year}>
              <th scope="row">{r.regionName}</th>
              <td>{r.year}</td>
              <td className="num">{count(r.recipients)}</td>
              <td className="num">{count(r.eligible)}</td>
              <td className="num" data-testid="coverage">
                {pct(r.coverage)}
              </td>
              <td className="num" data-testid="allocated">
                {rp(r.budgetAllocated)}
              </td>
              <td className="num" data-testid="spent">
                {rp(r.budgetSpent)}
              </td>
              <td className="num" data-testid="absorption">
                {pct(r.absorption)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProgrammeCatalogue({ programmes, withFigures }: { programmes: ProgrammeInfo[]; withFigures: Set<string> }) {
  const { t, lang } = useI18n();
  return (
    <details className="data-details">
      <summary>
        {t('programmeCatalogue')} ({programmes.length})
      </summary>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('programmeCode')}</th>
              <th scope="col">{t('programme')}</th>
              <th scope="col">{t('programmeScope')}</th>
              <th scope="col">{t('recipientUnit')}</th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.code}>
                <td className="nowrap">{p.code}</td>
                <th scope="row">
                  {lang === 'id' ? p.nameId : p.nameEn}
                  {withFigures.has(p.code) && <span className="muted"> · {t('programmeHasFigures')}</span>}
                </th>
                <td>{t(`scope${p.scope}`)}</td>
                <td>{p.recipientUnit ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
