import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { evictRootFields } from '../../apollo';
import { RegionSearch } from '../../app/RegionSearch';
import { LoadFailed, Notice } from '../../app/ui';
import { apiProblem, type SessionAccount } from '../../auth/auth-model';
import { REGION_NAME } from '../../auth/auth-queries';
import { RegionName } from '../../auth/RegionName';
import { useSession } from '../../auth/session';
import { useCatalogue } from '../../data/catalogue';
import type { MessageKey } from '../../i18n/dictionary';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { FIELDS_CHANGED_BY_IMPORTS } from '../data/data-model';
import { QueueRow } from './QueueRow';
import { type Action, canVerify, type Decision, decisionInputs, isWithin, reviewRegions } from './verification-model';
import { REVIEW_QUEUE, REVIEW_VALUES } from './verification-queries';
import './verification.css';

/** `?hal=verifikasi`: the verifier's queue of submitted values, decided in one step. */
export function VerificationPage() {
  const { t } = useI18n();
  const session = useSession();
  const { account } = session;
  let body: React.ReactNode;
  if (!account) {
    body = (
      <div className="panel" data-testid="verification-sign-in">
        <p>{t('verificationNeedSignIn')}</p>
        <button type="button" className="button-primary" onClick={session.openSignIn}>
          {t('signIn')}
        </button>
      </div>
    );
  } else if (!canVerify(account)) {
    body = <Notice kind="empty">{t('verificationNotForYou', { name: account.displayName })}</Notice>;
  } else {
    body = <ReviewPanel account={account} />;
  }
  return (
    <section className="page verification-page" aria-labelledby="verification-heading">
      <h2 id="verification-heading">{t('verificationTitle')}</h2>
      <p className="muted intro">{t('verificationIntro')}</p>
      {body}
    </section>
  );
}

type Message = { key: MessageKey; vars: Record<string, string>; error: boolean };

function ReviewPanel({ account }: { account: SessionAccount }) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const ids = useId();
  const scopes = reviewRegions(account.grants);
  const [region, setRegion] = useState(scopes[0] ?? 'ID');
  const regionName = useRegionName(region);
  const { data, error, loading, refetch } = useQuery(REVIEW_QUEUE, {
    variables: { regionCode: region },
    fetchPolicy: 'cache-and-network',
  });
  // Rows wait for the catalogue: without it an item shows its indicator's code and raw numbers, then changes.
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const items = catalogue ? (data?.reviewQueue.items ?? []) : [];
  const [decisions, setDecisions] = useState<Map<string, Decision>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  // Kept as words to say, so that switching the language translates what is on screen.
  const [message, setMessage] = useState<Message | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const messageRef = useRef<HTMLParagraphElement>(null);

  // A new region is a new queue: nothing decided or selected carries over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the region changes
  useEffect(() => {
    setDecisions(new Map());
    setSelected(new Set());
    setMissing([]);
  }, [region]);

  // A decision changed after a refusal: the refusal's sentence no longer describes what is on screen.
  const decide = (id: string, action: Action | null) => {
    if (message?.error) setMessage(null);
    setDecisions((prev) => {
      const next = new Map(prev);
      if (action === null) next.delete(id);
      else next.set(id, { action, comment: prev.get(id)?.comment ?? '' });
      return next;
    });
  };
  const comment = (id: string, text: string) => {
    if (text.trim()) {
      setMissing((prev) => prev.filter((m) => m !== id));
      if (message?.error) setMessage(null);
    }
    setDecisions((prev) => {
      const next = new Map(prev);
      next.set(id, { action: prev.get(id)?.action ?? 'RETURN', comment: text });
      return next;
    });
  };
  const decideSelected = (action: Action) => {
    for (const id of selected) decide(id, action);
  };

  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const someSelected = items.some((i) => selected.has(i.id));
  const counts = { verify: 0, return: 0 };
  for (const item of items) {
    const d = decisions.get(item.id);
    if (d?.action === 'VERIFY') counts.verify++;
    else if (d?.action === 'RETURN') counts.return++;
  }

  async function save() {
    const { inputs, missingComment } = decisionInputs(items, decisions);
    setMissing(missingComment);
    if (!inputs.length) {
      setMessage({ key: 'noDecisions', vars: {}, error: true });
      return;
    }
    if (missingComment.length) {
      setMessage({ key: 'commentRequired', vars: { count: formatNumber(missingComment.length, 0, lang) }, error: true });
      document.getElementById(`${ids}-comment-${missingComment[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const result = await client.mutate({ mutation: REVIEW_VALUES, variables: { decisions: inputs } });
      const outcome = result.data?.reviewValues;
      setMessage({
        key: 'decisionsSaved',
        vars: {
          verified: formatNumber(outcome?.verified ?? 0, 0, lang),
          returned: formatNumber(outcome?.returned ?? 0, 0, lang),
        },
        error: false,
      });
      setDecisions(new Map());
      setSelected(new Set());
      // Verified values now show to viewers, and every page with values may change.
      evictRootFields(client.cache, FIELDS_CHANGED_BY_IMPORTS);
      await refetch();
    } catch (err) {
      setMessage({ key: 'decisionsFailed', vars: { msg: apiProblem(err).message }, error: true });
    } finally {
      setBusy(false);
      messageRef.current?.focus();
    }
  }

  return (
    <section className="panel review-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`} className="sr-only">
        {t('queueTable')}
      </h3>
      <div className="review-controls">
        {scopes.length > 1 || !scopes.includes(region) ? (
          <div className="field">
            <label htmlFor={`${ids}-region`}>{t('queueRegion')}</label>
            <select id={`${ids}-region`} data-testid="queue-region" value={region} onChange={(e) => setRegion(e.target.value)}>
              {[...new Set([...scopes, region])].map((code) => (
                <RegionOption key={code} code={code} />
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <span className="context-label">{t('queueRegion')}</span>
            <strong className="queue-region" data-testid="queue-region-name">
              <RegionName code={region} />
            </strong>
          </div>
        )}
        <RegionSearch
          id={`${ids}-other-region`}
          label={t('queueOtherRegion')}
          exclude={[region]}
          onPick={(r) => {
            if (scopes.some((s) => isWithin(r.code, s))) setRegion(r.code);
          }}
        />
        {data && (
          <p className="queue-count lead" data-testid="queue-count" aria-live="polite">
            {t('queueCount', { count: formatNumber(data.reviewQueue.totalCount, 0, lang), region: regionName })}
          </p>
        )}
      </div>
      {(error ?? catalogueError) && <LoadFailed error={(error ?? catalogueError)!} retry={[refetch, refetchCatalogue]} />}
      {((!data && loading) || (data && !catalogue && !catalogueError)) && <Notice kind="loading">{t('loadingData')}</Notice>}
      {data && catalogue && items.length === 0 && (
        <Notice kind="empty">
          <span data-testid="queue-empty">{t('queueEmpty', { region: regionName })}</span>
        </Notice>
      )}
      {items.length > 0 && (
        <>
          <p className="muted flags-help">{t('flagsHelp')}</p>
          <div className="review-toolbar" data-testid="review-toolbar">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="select-all"
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = someSelected && !allSelected;
                }}
                onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))}
              />
              {t('selectAll')}
            </label>
            <span className="muted">{t('selectedCount', { count: formatNumber(selected.size, 0, lang) })}</span>
            <button
              type="button"
              className="button-secondary"
              disabled={!someSelected}
              onClick={() => decideSelected('VERIFY')}
              data-testid="verify-selected"
            >
              ✓ {t('verifySelected')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={!someSelected}
              onClick={() => decideSelected('RETURN')}
              data-testid="return-selected"
            >
              ↩ {t('returnSelected')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={decisions.size === 0}
              onClick={() => {
                setDecisions(new Map());
                setMissing([]);
              }}
            >
              {t('clearDecisions')}
            </button>
          </div>
          <div className="table-wrap">
            <table className="data-table review-queue" data-testid="review-queue">
              <caption className="sr-only">{t('queueTable')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="select-col">
                    <span className="sr-only">{t('selectAll')}</span>
                  </th>
                  <th scope="col">
                    {t('region')} · {t('indicator')} · {t('period')}
                  </th>
                  <th scope="col" className="num">
                    {t('colSubmittedValue')}
                  </th>
                  <th scope="col" className="num">
                    {t('colPreviousValue')}
                  </th>
                  <th scope="col">{t('colFlags')}</th>
                  <th scope="col">{t('colSubmittedBy')}</th>
                  <th scope="col">{t('colDecision')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <QueueRow
                    key={item.id}
                    idPrefix={ids}
                    item={item}
                    selected={selected.has(item.id)}
                    onSelect={(on) =>
                      setSelected((prev) => {
                        const next = new Set(prev);
                        if (on) next.add(item.id);
                        else next.delete(item.id);
                        return next;
                      })
                    }
                    decision={decisions.get(item.id) ?? null}
                    onDecide={(a) => decide(item.id, a)}
                    onComment={(text) => comment(item.id, text)}
                    commentMissing={missing.includes(item.id)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {data && data.reviewQueue.totalCount > items.length && (
            <p className="muted">
              {t('queueShown', {
                shown: formatNumber(items.length, 0, lang),
                total: formatNumber(data.reviewQueue.totalCount, 0, lang),
              })}
            </p>
          )}
        </>
      )}
      <div className="review-actions">
        <button
          type="button"
          className="button-primary"
          data-testid="save-decisions"
          disabled={busy || items.length === 0}
          onClick={() => void save()}
        >
          {busy ? t('savingDecisions') : t('saveDecisions')}
        </button>
        {items.length > 0 && (
          <span className="muted" data-testid="decisions-summary">
            {t('decisionsSummary', {
              verify: formatNumber(counts.verify, 0, lang),
              return: formatNumber(counts.return, 0, lang),
            })}
          </span>
        )}
      </div>
      <p
        ref={messageRef}
        tabIndex={-1}
        className={message ? (message.error ? 'form-error' : 'form-done') : 'form-error'}
        role={message?.error ? 'alert' : 'status'}
        data-testid="review-message"
      >
        {message ? t(message.key, message.vars) : ''}
      </p>
    </section>
  );
}

/** A region's name as text (an <option> holds text only); the code until the name is known. */
function useRegionName(code: string): string {
  const { data } = useQuery(REGION_NAME, { variables: { code } });
  return data?.region?.name ?? code;
}

function RegionOption({ code }: { code: string }) {
  return <option value={code}>{`${useRegionName(code)} (${code})`}</option>;
}
