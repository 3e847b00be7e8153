import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { evictRootFields } from '../../apollo';
import { apiProblem, type SessionAccount } from '../../auth/auth-model';
import { REGION_NAME } from '../../auth/auth-queries';
import { useSession } from '../../auth/session';
import { useCatalogue } from '../../data/catalogue';
import type { RegionRef } from '../../data/types';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import {
  canSubmitValues,
  emptyRow,
  type FormReport,
  type FormRow,
  formInputs,
  isFilled,
  rowNumberOfLine,
  rowProblems,
  submitRegions,
} from '../verification/verification-model';
import { CHILD_REGIONS, SUBMIT_VALUES } from '../verification/verification-queries';
import { FIELDS_CHANGED_BY_IMPORTS, issueCodeKey } from './data-model';
import { IssueMessage } from './IssueMessage';
import './history.css';

const SHOWN_LEVELS = new Set(['NATIONAL', 'PROVINCE', 'REGENCY_CITY']);

/**
 * A few values typed in rather than a file (`submitValues`): for editors, verifiers and administrators, each row
 * within the regions of their roles. "Periksa" checks without saving, "Ajukan" saves all rows or none.
 */
export function ValuesForm() {
  const { account } = useSession();
  if (!account || !canSubmitValues(account)) return null;
  return <ValuesFormPanel account={account} />;
}

/** The regions a row may name: those of the account's roles, and the kabupaten/kota or provinces under them. */
function ValuesFormPanel({ account }: { account: SessionAccount }) {
  const scopes = submitRegions(account.grants);
  const [regions, setRegions] = useState<Record<string, RegionRef[]>>({});
  return (
    <>
      {scopes.map((code) => (
        <ScopeRegions
          key={code}
          code={code}
          onLoad={(list) => setRegions((prev) => (prev[code] === list ? prev : { ...prev, [code]: list }))}
        />
      ))}
      <ValuesFormBody account={account} scopes={scopes} regions={regions} />
    </>
  );
}

/** Loads one role's region and the regions directly under it (nothing on screen). */
function ScopeRegions({ code, onLoad }: { code: string; onLoad: (list: RegionRef[]) => void }) {
  const self = useQuery(REGION_NAME, { variables: { code } });
  const children = useQuery(CHILD_REGIONS, { variables: { parentCode: code } });
  const region = self.data?.region;
  const list = children.data?.regions;
  // biome-ignore lint/correctness/useExhaustiveDependencies: onLoad changes every render; the data is what counts
  useEffect(() => {
    if (!region || !list) return;
    onLoad([region, ...list.filter((r) => SHOWN_LEVELS.has(r.level))]);
  }, [region, list]);
  return null;
}

function ValuesFormBody({
  account,
  scopes,
  regions,
}: {
  account: SessionAccount;
  scopes: string[];
  regions: Record<string, RegionRef[]>;
}) {
  const { t, indicatorName } = useI18n();
  const client = useApolloClient();
  const { catalogue } = useCatalogue();
  const ids = useId();
  const choices = dedupe(scopes.flatMap((s) => regions[s] ?? []));
  // One region of one role (a kabupaten/kota editor): every row starts with it.
  const onlyRegion = scopes.length === 1 && choices.length === 1 ? choices[0]!.code : '';
  const defaultRegion = onlyRegion || (scopes.length === 1 ? scopes[0]! : '');
  const [rows, setRows] = useState<FormRow[]>(() => [emptyRow(defaultRegion), emptyRow(defaultRegion)]);
  const [reason, setReason] = useState('');
  const [decimalComma, setDecimalComma] = useState(true);
  const [draft, setDraft] = useState(false);
  const [busy, setBusy] = useState<'check' | 'submit' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<{ report: FormReport; rows: FormRow[] } | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  const update = (key: number, patch: Partial<FormRow>) =>
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function run(dryRun: boolean) {
    const filled = rows.filter(isFilled);
    if (!filled.length) return setProblem(t('formEmpty'));
    for (const [i, r] of rows.entries()) {
      if (!isFilled(r)) continue;
      const missing = rowProblems(r);
      if (missing.length) {
        return setProblem(t('formRowIncomplete', { n: i + 1, missing: missing.map((k) => t(k)).join(', ') }));
      }
    }
    setProblem(null);
    setBusy(dryRun ? 'check' : 'submit');
    const sent = rows.map((r) => ({ ...r }));
    try {
      const result = await client.mutate({
        mutation: SUBMIT_VALUES,
        variables: { values: formInputs(sent), dryRun, decimalComma, reason: reason.trim() || null, draft },
      });
      const answer = result.data?.submitValues;
      if (answer) {
        setReport({ report: answer, rows: sent });
        if (!dryRun && answer.status === 'APPLIED') evictRootFields(client.cache, FIELDS_CHANGED_BY_IMPORTS);
      }
    } catch (err) {
      setProblem(t('formFailed', { msg: apiProblem(err).message }));
    } finally {
      setBusy(null);
    }
  }

  useEffect(() => {
    if (report) reportRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [report]);

  const errorRows = new Set(
    (report?.report.errors ?? []).map((e) => rowNumberOfLine(e.line, report?.rows ?? [])).filter((n) => n !== null),
  );

  return (
    <section className="panel values-form" aria-labelledby={`${ids}-heading`} data-testid="values-form">
      <h3 id={`${ids}-heading`}>{t('formTitle')}</h3>
      <p className="muted intro">{t('formIntro')}</p>
      <p className="import-as">{t('formAs', { name: account.displayName, username: account.username })}</p>
      <div className="table-wrap">
        <table className="data-table values-table">
          <caption className="sr-only">{t('formRows')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-row">
                #
              </th>
              <th scope="col" className="col-indicator">
                {t('indicator')}
              </th>
              <th scope="col" className="col-region">
                {t('region')}
              </th>
              <th scope="col" className="col-period">
                {t('period')}
              </th>
              <th scope="col" className="col-value">
                {t('value')}
              </th>
              <th scope="col" className="col-source">
                {t('source')}
              </th>
              <th scope="col">{t('sourceLink')}</th>
              <th scope="col">
                <span className="sr-only">{t('removeRow')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const n = i + 1;
              const label = (what: string) => `${what}, ${t('formRowN', { n })}`;
              return (
                <tr key={r.key} data-row={n} className={errorRows.has(n) ? 'row-error' : undefined}>
                  <td className="col-row">{n}</td>
                  <td>
                    <select
                      aria-label={label(t('indicator'))}
                      data-testid="form-indicator"
                      value={r.indicatorCode}
                      onChange={(e) => update(r.key, { indicatorCode: e.target.value })}
                    >
                      <option value="">{t('formChooseIndicator')}</option>
                      {catalogue?.indicators.map((i) => (
                        <option key={i.code} value={i.code}>
                          {indicatorName(i)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={label(t('region'))}
                      data-testid="form-region"
                      value={r.regionCode}
                      onChange={(e) => update(r.key, { regionCode: e.target.value })}
                    >
                      <option value="">{t('formChooseRegion')}</option>
                      {!choices.some((c) => c.code === r.regionCode) && r.regionCode && (
                        <option value={r.regionCode}>{r.regionCode}</option>
                      )}
                      {choices.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name} ({c.code})
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={label(t('period'))}
                      data-testid="form-period"
                      placeholder={t('formPeriodPlaceholder')}
                      value={r.period}
                      onChange={(e) => update(r.key, { period: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      inputMode="decimal"
                      aria-label={label(t('value'))}
                      data-testid="form-value"
                      placeholder={t('formValuePlaceholder')}
                      value={r.value}
                      onChange={(e) => update(r.key, { value: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={label(t('source'))}
                      data-testid="form-source"
                      value={r.source}
                      onChange={(e) => update(r.key, { source: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="url"
                      aria-label={label(t('sourceLink'))}
                      data-testid="form-link"
                      placeholder="https://"
                      value={r.sourceUrl}
                      onChange={(e) => update(r.key, { sourceUrl: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('removeRowN', { n })}
                      disabled={rows.length === 1}
                      onClick={() => setRows((prev) => prev.filter((x) => x.key !== r.key))}
                    >
                      {t('removeRow')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="values-actions">
        <button
          type="button"
          className="button-secondary"
          data-testid="form-add-row"
          onClick={() => setRows((prev) => [...prev, emptyRow(defaultRegion, { source: prev.at(-1)?.source ?? '' })])}
        >
          + {t('addRow')}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={decimalComma} onChange={(e) => setDecimalComma(e.target.checked)} /> {t('decimalComma')}
        </label>
        <label className="checkbox">
          <input type="checkbox" data-testid="form-draft" checked={draft} onChange={(e) => setDraft(e.target.checked)} />{' '}
          {t('saveAsDraft')}
        </label>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{t('reasonOptional')}</label>
          <input id={`${ids}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      </div>
      <div className="import-actions values-buttons">
        <button
          type="button"
          className="button-primary"
          data-testid="form-check"
          disabled={busy !== null}
          onClick={() => void run(true)}
        >
          {busy === 'check' ? t('checkingValues') : t('checkValues')}
        </button>
        <button
          type="button"
          className="button-primary apply"
          data-testid="form-submit"
          disabled={busy !== null}
          onClick={() => void run(false)}
        >
          {busy === 'submit' ? t('submittingValues') : t('submitValuesButton')}
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert" data-testid="form-problem">
          {problem}
        </p>
      )}
      {report && !busy && (
        <div ref={reportRef}>
          <FormReportView report={report.report} rows={report.rows} />
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {busy ? t(busy === 'check' ? 'checkingValues' : 'submittingValues') : ''}
      </p>
    </section>
  );
}

function dedupe(list: RegionRef[]): RegionRef[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.code) && seen.add(r.code));
}

function FormReportView({ report, rows }: { report: FormReport; rows: FormRow[] }) {
  const { t, lang } = useI18n();
  const rejected = report.status === 'REJECTED';
  const counts: [string, number | null][] = [
    [t('countRecords'), report.counts.records],
    [t('countInserted'), rejected ? null : report.counts.inserted],
    [t('countUpdated'), rejected ? null : report.counts.updated],
    [t('countUnchanged'), rejected ? null : report.counts.unchanged],
  ];
  const statusText =
    report.status === 'APPLIED' && report.importBatchId === null
      ? t('formNothingWritten')
      : t(`formReport${report.status}`, {
          count: formatNumber(report.errors.length, 0, lang),
          batch: report.importBatchId ?? '',
        });
  return (
    <div className={`import-report report-${report.status.toLowerCase()}`} data-testid="form-report">
      <p className="report-status" role="status">
        <span aria-hidden="true">{rejected ? '✗ ' : '✓ '}</span>
        {statusText}
      </p>
      <dl className="report-counts" data-testid="form-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value === null ? '–' : formatNumber(value, 0, lang)}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <div className="table-wrap errors-wrap">
          <table className="data-table import-errors" data-testid="form-errors">
            <caption>{t('errorsTitle', { count: formatNumber(report.errors.length, 0, lang) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('formRow')}
                </th>
                <th scope="col">{t('errorProblem')}</th>
                <th scope="col">{t('errorServerMessage')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => {
                const key = issueCodeKey(e.code);
                const row = rowNumberOfLine(e.line, rows);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                  <tr key={i}>
                    <td className="num">{row ?? <span className="muted">–</span>}</td>
                    <td>
                      <strong>{key ? t(key) : e.code}</strong> <code className="issue-code">{e.code}</code>
                    </td>
                    <td>
                      <IssueMessage issue={e} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
