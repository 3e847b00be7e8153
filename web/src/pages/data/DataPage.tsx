import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { evictRootFields } from '../../apollo';
import { LoadFailed, Notice, Select } from '../../app/ui';
import { apiProblem, canImport, IMPORT_ROLES, type SessionAccount } from '../../auth/auth-model';
import { REGION_NAME } from '../../auth/auth-queries';
import { useSession } from '../../auth/session';
import { useCatalogue, useRegion } from '../../data/catalogue';
import { publisherShort } from '../../data/sources';
import type { IndicatorInfo } from '../../data/types';
import { formatDate, formatNumber, formatPeriod, formatValue, shortSource } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { LEVELS, useViewState, VERIFICATION_STATUSES } from '../../url-state';
import { effectiveScope, exportHref, FIELDS_CHANGED_BY_IMPORTS, observationFilter, PAGE_SIZE, periodChoices } from './data-model';
import { DRAFTS, OBSERVATIONS, type ObservationRow, SUBMIT_DRAFTS } from './data-queries';
import { ImportPanel } from './ImportPanel';
import { HistoryButton } from './ValueHistory';
import { ValuesForm } from './ValuesForm';

export function DataPage() {
  const { t } = useI18n();
  return (
    <section className="page" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataTitle')}</h2>
      <p className="muted intro">{t('dataIntro')}</p>
      <DraftsBar />
      <BrowsePanel />
      <ImportPanel />
      <ValuesForm />
    </section>
  );
}

/** For accounts that may submit (as the import panel): the drafts of their region, and a button to submit them all. */
function DraftsBar() {
  const { account } = useSession();
  if (!account || !canImport(account)) return null;
  const regionCode = draftRegion(account);
  return regionCode ? <DraftsBarFor regionCode={regionCode} /> : null;
}

/** The region drafts are submitted in: that of the account's first editor, verifier or administrator grant. */
function draftRegion(account: SessionAccount): string | null {
  return account.grants.find((g) => IMPORT_ROLES.includes(g.role))?.regionCode ?? null;
}

function DraftsBarFor({ regionCode }: { regionCode: string }) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const drafts = useQuery(DRAFTS, { variables: { regionCode } });
  const region = useQuery(REGION_NAME, { variables: { code: regionCode } });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const counts = drafts.data?.drafts;
  const total = counts ? counts.values + counts.targets + counts.revisions + counts.counts + counts.countRevisions : 0;
  const n = (v: number) => formatNumber(v, 0, lang);

  async function submit() {
    setBusy(true);
    setMessage(null);
    try {
      const result = await client.mutate({ mutation: SUBMIT_DRAFTS, variables: { regionCode } });
      const done = result.data?.submitDrafts;
      if (done) {
        setMessage({
          text: t('draftsSubmitted', {
            values: n(done.values),
            targets: n(done.targets),
            counts: n(done.counts),
            revisions: n(done.revisions + done.countRevisions),
          }),
          error: false,
        });
      }
      // The drafts are now values waiting for the verifier: the count, the list and every page with values change.
      evictRootFields(client.cache, FIELDS_CHANGED_BY_IMPORTS);
    } catch (err) {
      setMessage({ text: t('draftsFailed', { msg: apiProblem(err).message }), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {total > 0 && (
        <div className="panel drafts-bar" data-testid="drafts-bar">
          <p>
            <strong data-testid="drafts-count">
              {t('draftsPending', { count: n(total), region: region.data?.region?.name ?? regionCode })}
            </strong>{' '}
            <span className="muted">
              (
              {t('draftsDetail', {
                values: n(counts!.values),
                targets: n(counts!.targets),
                counts: n(counts!.counts),
                revisions: n(counts!.revisions + counts!.countRevisions),
              })}
              )
            </span>
          </p>
          <button
            type="button"
            className="button-primary"
            data-testid="submit-drafts"
            disabled={busy}
            onClick={() => void submit()}
          >
            {busy ? t('submittingDrafts') : t('submitDrafts')}
          </button>
        </div>
      )}
      {message && (
        <p
          className={message.error ? 'form-error' : 'drafts-message'}
          role={message.error ? 'alert' : 'status'}
          data-testid="drafts-message"
        >
          {message.text}
        </p>
      )}
    </>
  );
}

function BrowsePanel() {
  const [view, navigate] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const { region } = useRegion(view.region);
  const { indicator, scope: scopeParam, level, from, to, status } = view;
  const filter = useMemo(
    () => observationFilter({ indicator, region: view.region, scope: scopeParam, level, from, to, status }),
    [indicator, view.region, scopeParam, level, from, to, status],
  );
  const result = useQuery(OBSERVATIONS, { variables: { filter, first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const connection = result.data?.observations;
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;
  const firstLoad = !connection && result.loading;
  const error = catalogueError ?? result.error;

  const regionName = region?.name ?? view.region;
  const scope = effectiveScope(view);
  const periods = catalogue ? periodChoices(catalogue.indicators, view.indicator) : [];
  const periodOptions = [
    { value: '', label: t('anyPeriod') },
    ...periods.map((p) => ({ value: p, label: formatPeriod(p, lang) })),
  ];
  const indicatorOptions = [
    { value: '', label: t('allIndicators') },
    ...(catalogue?.indicators ?? [])
      .filter((i) => i.coverage.observations > 0 || i.code === view.indicator)
      .map((i) => ({ value: i.code, label: indicatorName(i) })),
  ];

  return (
    <section className="panel" aria-labelledby="browse-heading">
      <h3 id="browse-heading">{t('browseTitle')}</h3>
      <div className="controls data-filters">
        <Select
          id="data-indicator"
          label={t('indicator')}
          value={view.indicator ?? ''}
          options={indicatorOptions}
          onChange={(v) => navigate({ indicator: v || null })}
        />
        <Select
          id="data-scope"
          label={t('dataScope')}
          value={scope}
          options={[
            { value: 'semua', label: t('scopeAll') },
            { value: 'wilayah', label: t('scopeOnly', { name: regionName }) },
            { value: 'bawah', label: t('scopeUnder', { name: regionName }) },
          ]}
          onChange={(v) => navigate({ scope: v as typeof scope })}
        />
        <Select
          id="data-level"
          label={t('level')}
          value={view.level ?? ''}
          options={[{ value: '', label: t('allLevels') }, ...LEVELS.map((l) => ({ value: l, label: t(`level${l}`) }))]}
          onChange={(v) => navigate({ level: (v || null) as typeof view.level })}
        />
        <Select
          id="data-from"
          label={t('periodFrom')}
          value={view.from ?? ''}
          options={periodOptions}
          onChange={(v) => navigate({ from: v || null })}
        />
        <Select
          id="data-to"
          label={t('periodTo')}
          value={view.to ?? ''}
          options={periodOptions}
          onChange={(v) => navigate({ to: v || null })}
        />
        <Select
          id="data-status"
          label={t('verification')}
          value={view.status ?? ''}
          options={[
            { value: '', label: t('allStatuses') },
            ...VERIFICATION_STATUSES.map((s) => ({ value: s, label: t(`ver${s}`) })),
          ]}
          onChange={(v) => navigate({ status: (v || null) as typeof view.status })}
        />
      </div>
      {error && <LoadFailed error={error} retry={[refetchCatalogue, result.refetch]} />}
      {/* The list waits for the catalogue too: without it a value would show without its unit and decimals, then change. */}
      {!error && (firstLoad || (connection && !catalogue)) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {!error && connection && catalogue && (
        <>
          <div className="table-summary">
            <p className="lead" data-testid="observations-count" aria-live="polite">
              {t('observationsCount', {
                shown: formatNumber(connection.edges.length, 0, lang),
                total: formatNumber(connection.totalCount, 0, lang),
              })}
            </p>
            <p className="download-link">
              <a className="button-secondary" href={exportHref(filter)} download data-testid="export-csv">
                ⤓ {t('downloadFilteredCsv')}
              </a>
              <span className="muted">{t('downloadFilteredCsvHelp')}</span>
            </p>
          </div>
          {connection.edges.length === 0 ? (
            <Notice kind="empty">{t('noObservations')}</Notice>
          ) : (
            <div className="table-wrap">
              <table className="data-table observations" data-testid="observations">
                <caption className="sr-only">{t('browseTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('region')}</th>
                    {!view.indicator && <th scope="col">{t('indicator')}</th>}
                    <th scope="col">{t('period')}</th>
                    <th scope="col" className="num">
                      {t('value')}
                    </th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('source')}</th>
                    <th scope="col">{t('dataAsOf')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ cursor, node }) => (
                    <ObservationLine
                      key={cursor}
                      row={node}
                      indicator={catalogue?.indicator(node.indicatorCode)}
                      indicatorLabel={
                        view.indicator ? null : indicatorName(catalogue?.indicator(node.indicatorCode)) || node.indicatorCode
                      }
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <p className="table-actions">
              <button
                type="button"
                className="button-primary"
                disabled={loadingMore}
                onClick={() => void result.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              >
                {loadingMore ? t('loadingMore') : t('loadMore')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ObservationLine({
  row,
  indicator,
  indicatorLabel,
}: {
  row: ObservationRow;
  indicator: IndicatorInfo | undefined;
  /** Null when the list is of one indicator (named in the filter above it). */
  indicatorLabel: string | null;
}) {
  const { t, lang } = useI18n();
  const source = row.source ? sourceText(row.source.publisher, row.source.title) : null;
  return (
    <tr data-region={row.regionCode} data-indicator={row.indicatorCode} data-period={row.period}>
      <th scope="row">
        {row.region.name} <span className="muted code">{row.regionCode}</span>
      </th>
      {indicatorLabel !== null && <td>{indicatorLabel}</td>}
      <td className="nowrap" data-testid="period">
        {formatPeriod(row.period, lang)}
      </td>
      <td className="num nowrap" data-testid="value">
        {indicator ? formatValue(row.value, indicator, lang) : formatNumber(row.value, 2, lang)}
      </td>
      <td className="status-cell">
        <span className={`verification verification-${row.status.toLowerCase()}`}>{t(`ver${row.status}`)}</span>
        {/* Who submitted, returned, corrected and verified it: a dialog. */}
        <HistoryButton
          value={{
            indicatorCode: row.indicatorCode,
            regionCode: row.regionCode,
            period: row.period,
            regionName: row.region.name,
          }}
        />
      </td>
      <td className="source-cell">
        {source ? (
          row.source?.url ? (
            <a className="clamp" href={row.source.url} target="_blank" rel="noreferrer" title={source}>
              {source}
            </a>
          ) : (
            <span className="clamp" title={source}>
              {source}
            </span>
          )
        ) : (
          <span className="missing">–</span>
        )}
        {row.note && (
          <span className="muted cell-note clamp" title={row.note}>
            {row.note}
          </span>
        )}
      </td>
      <td className="nowrap">{formatDate(row.updatedAt, lang)}</td>
    </tr>
  );
}

/** "BPS — Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota", without a doubled "BPS — BPS …". */
function sourceText(publisher: string, title: string): string {
  const short = publisherShort(publisher);
  const text = shortSource(title);
  return text.startsWith(short) ? text : `${short} — ${text}`;
}
