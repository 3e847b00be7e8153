import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { LoadFailed, Notice } from '../../app/ui';
import { Modal } from '../../auth/Modal';
import { useCatalogue } from '../../data/catalogue';
import type { IndicatorInfo } from '../../data/types';
import { formatDateTime, formatNumber, formatPeriod, formatValue } from '../../i18n/format';
import { type Translate, useI18n } from '../../i18n/useI18n';
import { DisputeForm } from '../verification/DisputeForm';
import {
  changeKind,
  fieldKey,
  type HistoryChange,
  shortChecksum,
  type ValueHistory,
  valueDisputeId,
} from '../verification/verification-model';
import { VALUE_HISTORY } from '../verification/verification-queries';
import './history.css';
import { verificationStatusText } from '../../i18n/verification-status';

interface ValueKey {
  indicatorCode: string;
  regionCode: string;
  period: string;
  regionName: string;
}

/** The button of a row of values that opens its history in a dialog (Escape or "Tutup" closes it). */
export function HistoryButton({ value }: { value: ValueKey }) {
  const { t, lang, indicatorName } = useI18n();
  const { catalogue } = useCatalogue();
  const [open, setOpen] = useState(false);
  const indicator = catalogue?.indicator(value.indicatorCode);
  const label = t('historyOf', {
    indicator: indicatorName(indicator) || value.indicatorCode,
    region: value.regionName,
    period: formatPeriod(value.period, lang),
  });
  return (
    <>
      <button
        type="button"
        className="button-secondary history-button"
        aria-label={label}
        title={label}
        data-testid="open-history"
        onClick={() => setOpen(true)}
      >
        {t('historyButton')}
      </button>
      {open && (
        <Modal title={t('historyTitle')} onClose={() => setOpen(false)} testId="value-history">
          <HistoryView value={value} indicator={indicator} />
          <div className="form-actions history-actions">
            <button type="button" className="button-primary" onClick={() => setOpen(false)}>
              {t('dismiss')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

function HistoryView({ value, indicator }: { value: ValueKey; indicator: IndicatorInfo | undefined }) {
  const { t, lang, indicatorName } = useI18n();
  const { data, error, loading, refetch } = useQuery(VALUE_HISTORY, {
    variables: { indicatorCode: value.indicatorCode, regionCode: value.regionCode, period: value.period },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.valueHistory;
  const number = (v: number | null) => (indicator ? formatValue(v, indicator, lang) : formatNumber(v, 2, lang));
  return (
    <div className="value-history">
      <p className="history-subject">
        <strong>{indicatorName(indicator) || value.indicatorCode}</strong>
        <span>
          {value.regionName} <span className="muted code">{value.regionCode}</span> · {formatPeriod(value.period, lang)}
        </span>
      </p>
      {error && <LoadFailed error={error} retry={[refetch]} />}
      {!data && loading && <Notice kind="loading">{t('loadingData')}</Notice>}
      {data && !history && <Notice kind="empty">{t('historyUnavailable')}</Notice>}
      {history && <HistoryBody history={history} number={number} />}
      {history && (
        <DisputeForm
          id={valueDisputeId(value)}
          regionCode={value.regionCode}
          status={history.status}
          onDone={() => void refetch()}
        />
      )}
    </div>
  );
}

function HistoryBody({ history, number }: { history: ValueHistory; number: (v: number | null) => string }) {
  const { t, lang } = useI18n();
  const reviewed = history.reviewedBy && history.reviewedAt;
  return (
    <>
      <dl className="history-facts">
        <div>
          <dt>{t('currentValue')}</dt>
          <dd className="history-value" data-testid="history-value">
            {number(history.value)}
          </dd>
        </div>
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <span className={`verification verification-${history.status.toLowerCase()}`} data-testid="history-status">
              {statusText(history.status, t)}
            </span>
          </dd>
        </div>
      </dl>
      <p className="history-review" data-testid="history-review">
        {reviewed
          ? t(history.status === 'RETURNED' ? 'returnedByOn' : history.status === 'DISPUTED' ? 'disputedByOn' : 'verifiedByOn', {
              by: history.reviewedBy ?? '',
              date: formatDateTime(history.reviewedAt, lang),
            })
          : t('notReviewed')}
        {reviewed && history.reviewComment && (
          <span className="history-comment">
            {t('reviewComment')}: “{history.reviewComment}”
          </span>
        )}
      </p>
      <h3 className="history-heading">{t('createdTitle')}</h3>
      <p className="history-created" data-testid="history-created">
        {history.created
          ? t('createdByImport', {
              id: history.created.id,
              file: history.created.fileName,
              checksum: shortChecksum(history.created.checksum),
              by: history.created.importedBy,
              date: formatDateTime(history.created.startedAt, lang),
            })
          : t('createdUnknown')}
      </p>
      <h3 className="history-heading">{t('timelineTitle')}</h3>
      <ol className="timeline" data-testid="history-timeline">
        {history.created && (
          <li className="timeline-created" data-kind="created">
            <span className="timeline-when">{formatDateTime(history.created.startedAt, lang)}</span>
            <span className="timeline-what">
              <strong>{t('eventCreated')}</strong> · {history.created.importedBy}
            </span>
            <span className="timeline-detail muted">
              {t('viaImport', { id: history.created.id, file: history.created.fileName })}
            </span>
          </li>
        )}
        {history.changes.map((c, i) => (
          // Changes have no identity of their own; their order is the audit trail's.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          <ChangeItem key={i} change={c} number={number} />
        ))}
      </ol>
    </>
  );
}

/** A status code in words (RETURNED → Dikembalikan); the code itself for one the dashboard does not know. */
function statusText(status: string | null, t: Translate): string {
  if (status === null) return t('emptyText');
  if (status === 'VERIFIED (revision)') return t('change_revisionVerified');
  return verificationStatusText(status, t);
}

function ChangeItem({ change, number }: { change: HistoryChange; number: (v: number | null) => string }) {
  const { t, lang } = useI18n();
  const kind = changeKind(change);
  const show = (v: string | null): string => {
    if (v === null || v === '') return t('emptyText');
    if (change.field === 'value' || change.field === 'revision') {
      const n = Number(v);
      return Number.isFinite(n) && v.trim() !== '' ? number(n) : statusText(v, t);
    }
    if (change.field === 'status') return statusText(v, t);
    return v;
  };
  // A source is stored by its number: saying that it was replaced is what a reader can use.
  const showValues = change.field !== 'source_id';
  return (
    <li className={`timeline-${kind}`} data-kind={kind} data-field={change.field}>
      <span className="timeline-when">{formatDateTime(change.at, lang)}</span>
      <span className="timeline-what">
        <strong>{t(`change_${kind}`)}</strong> · {change.by}
      </span>
      <span className="timeline-detail">
        <span className="muted">{t('changeField', { field: t(fieldKey(change.field)) })}</span>
        {showValues && (
          <span className="timeline-values" data-testid="change-values">
            {show(change.oldValue)} <span aria-hidden="true">→</span>
            <span className="sr-only"> {lang === 'id' ? 'menjadi' : 'to'} </span> {show(change.newValue)}
          </span>
        )}
      </span>
      {change.reason && (
        <span className="timeline-reason" data-testid="change-reason">
          {t('changeReason')}: “{change.reason}”
        </span>
      )}
      {change.importBatch && (
        <span className="timeline-detail muted">
          {t('viaImport', { id: change.importBatch.id, file: change.importBatch.fileName })}
        </span>
      )}
    </li>
  );
}
