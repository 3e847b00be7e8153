import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { evictRootFields, forgetEndedSession } from '../../apollo';
import { Notice } from '../../app/ui';
import { canImport, isAdministrator, type SessionAccount } from '../../auth/auth-model';
import { useSession } from '../../auth/session';
import { useCatalogue } from '../../data/catalogue';
import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import {
  canApply,
  FIELDS_CHANGED_BY_IMPORTS,
  type ImportReport,
  ImportRequestError,
  importSignature,
  issueCodeKey,
  layoutKey,
  sendImport,
} from './data-model';
import { IssueMessage } from './IssueMessage';

/**
 * Imports are made by accounts with the Editor, Verifier or Administrator role (the server checks each row against
 * the regions of the roles, and records the account as the importer). Anyone else reads who may import.
 */
export function ImportPanel() {
  const { t } = useI18n();
  const session = useSession();
  const { account } = session;
  if (account && canImport(account)) return <ImportForm account={account} />;
  return (
    <section className="panel import-panel" aria-labelledby="import-heading" data-testid="import-not-allowed">
      <h3 id="import-heading">{t('importTitle')}</h3>
      <p>
        {account && <>{t('importNotYours', { name: account.displayName })} </>}
        {t('importWhoMay')}
      </p>
      <p>
        <button type="button" className="button-primary" onClick={session.openSignIn}>
          {account ? t('signInOther') : t('signIn')}
        </button>
      </p>
    </section>
  );
}

/** Upload with a preview first: "Pratinjau" is a dry run, "Terapkan" writes after a clean preview of the same file. */
function ImportForm({ account }: { account: SessionAccount }) {
  const { t, indicatorName } = useI18n();
  const client = useApolloClient();
  const { catalogue } = useCatalogue();
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [indicator, setIndicator] = useState('');
  const [reason, setReason] = useState('');
  const [decimalComma, setDecimalComma] = useState(false);
  const [publish, setPublish] = useState(false);
  const mayPublish = isAdministrator(account);
  const [draft, setDraft] = useState(false);
  const asDraft = draft && !(mayPublish && publish);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [preview, setPreview] = useState<{ report: ImportReport; signature: string } | null>(null);

  const signature = importSignature(file, {
    indicator: indicator || null,
    decimalComma,
    publish: mayPublish && publish,
    draft: asDraft,
  });
  const applyAllowed = canApply(preview, signature) && busy === null;

  async function run(dryRun: boolean) {
    if (!file) return setProblem(t('importNeedsFile'));
    setProblem(null);
    setBusy(dryRun ? 'preview' : 'apply');
    try {
      const result = await sendImport(file, file.name, {
        dryRun,
        indicator: indicator || null,
        reason: reason || null,
        decimalComma,
        publish: mayPublish && publish,
        draft: asDraft,
      });
      setReport(result);
      if (dryRun && signature) setPreview({ report: result, signature });
      if (!dryRun) {
        setPreview(null);
        // Everything on screen that the file may have changed is fetched again.
        if (result.status === 'APPLIED') evictRootFields(client.cache, FIELDS_CHANGED_BY_IMPORTS);
      }
    } catch (err) {
      // The session ended while the form was open: the header says so and shows the signed-out state.
      if (err instanceof ImportRequestError && err.code === 'UNAUTHENTICATED') forgetEndedSession();
      setProblem(t('importFailed', { msg: (err as Error).message }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel import-panel" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importTitle')}</h3>
      <p className="muted intro">{t('importIntro')}</p>
      <p className="import-as" data-testid="import-as">
        {t('importAs', { name: account.displayName, username: account.username })}
      </p>
      <div className="import-form">
        <div className="field">
          <label htmlFor={`${ids}-file`}>{t('importFileLabel')}</label>
          <input
            id={`${ids}-file`}
            data-testid="import-file"
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-indicator`}>{t('importIndicator')}</label>
          <select id={`${ids}-indicator`} value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            <option value="">{t('importIndicatorNone')}</option>
            {catalogue?.indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {indicatorName(i)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={decimalComma} onChange={(e) => setDecimalComma(e.target.checked)} /> {t('decimalComma')}
        </label>
        {mayPublish && (
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="import-publish"
              checked={publish}
              onChange={(e) => setPublish(e.target.checked)}
            />{' '}
            {t('importPublish')}
          </label>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="import-draft"
            checked={draft}
            // A published release is never a draft (the server refuses both at once).
            disabled={mayPublish && publish}
            onChange={(e) => setDraft(e.target.checked)}
          />{' '}
          {t('saveAsDraft')}
        </label>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{t('importReason')}</label>
          <input id={`${ids}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="import-actions">
          <button type="button" className="button-primary" disabled={busy !== null} onClick={() => void run(true)}>
            {busy === 'preview' ? t('checkingFile') : t('preview')}
          </button>
          <button
            type="button"
            className="button-primary apply"
            disabled={!applyAllowed}
            aria-describedby={`${ids}-apply-help`}
            onClick={() => void run(false)}
          >
            {busy === 'apply' ? t('savingFile') : t('apply')}
          </button>
          <span id={`${ids}-apply-help`} className="muted">
            {t('applyNeedsPreview')}
          </span>
        </div>
      </div>
      {problem && <Notice kind="error">{problem}</Notice>}
      {busy && <Notice kind="loading">{busy === 'preview' ? t('checkingFile') : t('savingFile')}</Notice>}
      {report && !busy && <ImportReportView report={report} />}
    </section>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // A new report may open below the fold: bring its first lines into view.
  useEffect(() => {
    if (report) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [report]);
  const layout = layoutKey(report.layout);
  const rejected = report.status === 'REJECTED';
  const counts: [string, number | null][] = [
    [t('countRecords'), report.counts.records],
    [t('countInserted'), rejected ? null : report.counts.inserted],
    [t('countUpdated'), rejected ? null : report.counts.updated],
    // A revision of the figures told apart from a re-labelling (only the source or note changes).
    [t('countValueChanges'), rejected ? null : report.counts.valueChanges],
    [t('countMetadataChanges'), rejected ? null : report.counts.metadataChanges],
    [t('countUnchanged'), rejected ? null : report.counts.unchanged],
    [t('countMissing'), report.counts.missing],
  ];
  return (
    <div ref={box} className={`import-report report-${report.status.toLowerCase()}`} data-testid="import-report">
      <p className="report-status" role="status">
        <span aria-hidden="true">{report.status === 'REJECTED' ? '✗ ' : '✓ '}</span>
        {report.status === 'APPLIED' && report.importBatchId === null
          ? t('reportNothingWritten', { file: report.fileName })
          : t(`report${report.status}`, {
              file: report.fileName,
              count: formatNumber(report.errors.length, 0, lang),
              batch: report.importBatchId ?? '',
            })}
      </p>
      <p>
        <strong>{t('layoutLabel')}:</strong> {layout ? t(layout) : t('layoutUnknown')}
      </p>
      <dl className="report-counts" data-testid="import-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value === null ? '–' : formatNumber(value, 0, lang)}</dd>
          </div>
        ))}
      </dl>
      {rejected && <p className="muted">{t('countsAfterErrors')}</p>}
      {report.notices.length > 0 && (
        <div className="import-notices" data-testid="import-notices">
          <h4>{t('noticesTitle')}</h4>
          <ul>
            {report.notices.map((n, i) => {
              const key = issueCodeKey(n.code);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                <li key={i}>
                  <strong>{key ? t(key) : n.code}</strong>
                  {n.line === null ? '' : ` (${t('errorLine')} ${n.line})`}: <IssueMessage issue={n} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {report.errors.length > 0 && (
        <div className="table-wrap errors-wrap">
          <table className="data-table import-errors" data-testid="import-errors">
            <caption>{t('errorsTitle', { count: formatNumber(report.errors.length, 0, lang) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('errorLine')}
                </th>
                <th scope="col">{t('errorColumn')}</th>
                <th scope="col">{t('errorProblem')}</th>
                <th scope="col">{t('errorServerMessage')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => {
                const key = issueCodeKey(e.code);
                return (
                  // Errors have no identity of their own; their order is the file's.
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                  <tr key={i}>
                    <td className="num">{e.line ?? <span className="muted">{t('wholeFile')}</span>}</td>
                    <td>{e.column ?? '–'}</td>
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
      <div className="previous-imports" data-testid="previous-imports">
        {report.previousImports.length ? (
          <>
            <h4>{t('previousImportsTitle')}</h4>
            <ul>
              {report.previousImports.map((p) => (
                <li key={p.id}>
                  {t('previousImport', { id: p.id, file: p.fileName, by: p.importedBy, date: formatDate(p.startedAt, lang) })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('noPreviousImports')}</p>
        )}
      </div>
    </div>
  );
}
