import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useId, useRef, useState } from 'react';
import { evictRootFields } from '../../apollo';
import { apiProblem } from '../../auth/auth-model';
import { Modal } from '../../auth/Modal';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/dictionary';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { verificationStatusText } from '../../i18n/verification-status';
import { FIELDS_CHANGED_BY_IMPORTS } from '../data/data-model';
import { computeYears, mayComputeFor, publicationOf } from './iks-model';
import { IKS_COMPUTE, IKS_PUBLISH, type PublishedValue, type StoredResult } from './iks-queries';

// Computing a new result set and publishing the shown one, for the accounts the service allows (a verifier or
// administrator whose region covers the province); others read why not. The server decides every other refusal
// (a provisional set, an example method in an official database, a published BPS value) and its sentence is shown.

/** What the page must fetch again after a change, with the caches every imported value touches. */
const CHANGED_FIELDS = [...FIELDS_CHANGED_BY_IMPORTS, 'compositeResultSets', 'compositeResultSet'];

// Kept as words to say, so that switching the language translates what is on screen.
type Message = { key: MessageKey; vars: Record<string, string | number>; error: boolean };

export function IksActions({
  method,
  province,
  indicator,
  result,
  published,
  storedPeriods,
  period,
  onComputed,
  onChanged,
  children,
}: {
  method: { code: string; name: string };
  province: { code: string; name: string };
  indicator: string;
  result: StoredResult | null;
  published: readonly PublishedValue[];
  storedPeriods: readonly string[];
  period: string;
  onComputed: (period: string) => void;
  onChanged: () => Promise<unknown>;
  /** The shown set's line (version, who computed it and when), read before what can be done with it. */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const session = useSession();
  const client = useApolloClient();
  const ids = useId();
  const [year, setYear] = useState<string | null>(null);
  const [includeUnverified, setIncludeUnverified] = useState(false);
  const [busy, setBusy] = useState<'compute' | 'publish' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const { account } = session;
  const allowed = mayComputeFor(account, province.code);
  const years = computeYears(storedPeriods, new Date().getFullYear());
  const chosenYear = year ?? (years.includes(period) ? period : (years[0] ?? period));
  const publication = result && indicator ? publicationOf(published, result) : null;

  async function refresh() {
    evictRootFields(client.cache, CHANGED_FIELDS);
    await onChanged();
  }

  async function compute() {
    setBusy('compute');
    setMessage(null);
    try {
      const answer = await client.mutate({
        mutation: IKS_COMPUTE,
        variables: { method: method.code, province: province.code, period: chosenYear, includeUnverified },
      });
      const set = answer.data?.computeCompositeIndex;
      if (set) {
        const vars = { period: formatPeriod(set.period, lang), version: set.version };
        setMessage({ key: set.provisional ? 'iksComputedProvisional' : 'iksComputed', vars, error: false });
        onComputed(set.period);
      }
      await refresh();
    } catch (err) {
      setMessage({ key: 'iksComputeFailed', vars: { msg: apiProblem(err).message }, error: true });
    } finally {
      setBusy(null);
      messageRef.current?.focus();
    }
  }

  async function publish() {
    if (!result) return;
    setConfirming(false);
    setBusy('publish');
    setMessage(null);
    try {
      const answer = await client.mutate({
        mutation: IKS_PUBLISH,
        variables: {
          method: result.methodologyCode,
          province: result.parentCode,
          period: result.period,
          version: result.version,
        },
      });
      const p = answer.data?.publishCompositeResultSet;
      if (p) {
        const n = (v: number) => formatNumber(v, 0, lang);
        setMessage({
          key: 'iksPublished',
          vars: {
            indicator: p.indicatorCode,
            inserted: n(p.inserted),
            updated: n(p.updated),
            unchanged: n(p.unchanged),
            revisions: n(p.revisions),
          },
          error: false,
        });
      }
      await refresh();
    } catch (err) {
      setMessage({ key: 'iksPublishFailed', vars: { msg: apiProblem(err).message }, error: true });
    } finally {
      setBusy(null);
      messageRef.current?.focus();
    }
  }

  if (!account || !allowed) {
    return (
      <div className="iks-actions panel" data-testid="iks-actions">
        <h3>{t('iksActionsTitle')}</h3>
        {children}
        {publication && <PublicationLine publication={publication} indicator={indicator} period={period} />}
        <p className="muted" data-testid="iks-actions-why">
          {account
            ? t('iksActionsNotAllowed', { name: account.displayName, province: province.name })
            : t('iksActionsSignIn', { province: province.name })}
        </p>
      </div>
    );
  }

  const withoutValue = result?.results.filter((r) => r.value === null).map((r) => r.regionName) ?? [];
  return (
    <div className="iks-actions panel" data-testid="iks-actions">
      <h3>{t('iksActionsTitle')}</h3>
      {children}
      {/* Publishing the shown set first, beside where it stands; computing a new one after. */}
      <div className="iks-action-row">
        <button
          type="button"
          className="button-primary"
          data-testid="iks-publish"
          disabled={busy !== null || !result || !indicator}
          onClick={() => setConfirming(true)}
        >
          {busy === 'publish' ? t('iksPublishing') : t('iksPublish')}
        </button>
        {publication && <PublicationLine publication={publication} indicator={indicator} period={period} />}
      </div>
      <div className="iks-action-row">
        <div className="field">
          <label htmlFor={`${ids}-year`}>{t('iksComputeYear')}</label>
          <select id={`${ids}-year`} data-testid="iks-compute-year" value={chosenYear} onChange={(e) => setYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {formatPeriod(y, lang)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={includeUnverified} onChange={(e) => setIncludeUnverified(e.target.checked)} />
          {t('iksIncludeUnverified')}
        </label>
        <button
          type="button"
          className="button-secondary"
          data-testid="iks-compute"
          disabled={busy !== null}
          onClick={() => void compute()}
        >
          {busy === 'compute' ? t('iksComputing') : t('iksCompute')}
        </button>
      </div>
      {!result && <p className="muted">{t('iksPublishNothing')}</p>}
      {result && !indicator && <p className="muted">{t('iksMethodNoResult')}</p>}
      <p
        ref={messageRef}
        tabIndex={-1}
        className={message ? (message.error ? 'form-error' : 'form-done') : 'form-error'}
        role={message?.error ? 'alert' : 'status'}
        data-testid="iks-action-message"
      >
        {message ? t(message.key, message.vars) : ''}
      </p>
      {confirming && result && (
        <Modal
          title={t('iksPublishConfirmTitle', { version: result.version })}
          onClose={() => setConfirming(false)}
          testId="iks-publish-dialog"
        >
          <p>
            {t('iksPublishConfirmText', {
              computed: result.results.length - withoutValue.length,
              method: method.name,
              period: formatPeriod(result.period, lang),
              version: result.version,
              indicator,
            })}
          </p>
          {withoutValue.length > 0 && (
            <p className="muted">{t('iksPublishConfirmMissing', { regions: withoutValue.join(', ') })}</p>
          )}
          <div className="form-actions">
            <button type="button" className="button-primary" data-testid="iks-publish-confirm" onClick={() => void publish()}>
              {t('iksPublishConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}

/** Where the shown set stands as values of the result indicator: not published, or its values by status. */
function PublicationLine({
  publication,
  indicator,
  period,
}: {
  publication: ReturnType<typeof publicationOf>;
  indicator: string;
  period: string;
}) {
  const { t, lang } = useI18n();
  const statuses = publication.statuses
    .map((s) => t('iksPublicationCount', { status: verificationStatusText(s.status, t), n: formatNumber(s.count, 0, lang) }))
    .join(', ');
  return (
    <p data-testid="iks-publication">
      {publication.fromSet === 0 ? t('iksPublicationNone', { indicator }) : t('iksPublicationState', { indicator, statuses })}
      {publication.other > 0 && (
        <span className="muted">
          {' '}
          {t('iksPublicationOther', { n: publication.other, indicator, period: formatPeriod(period, lang) })}
        </span>
      )}
    </p>
  );
}
