import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { evictRootFields } from '../../apollo';
import { apiProblem } from '../../auth/auth-model';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/useI18n';
import { canDispute } from '../verification/verification-model';
import { DISPUTE_VALUES } from '../verification/verification-queries';
import { FIELDS_CHANGED_BY_IMPORTS } from './data-model';

interface ValueKey {
  indicatorCode: string;
  regionCode: string;
  period: string;
}

/**
 * "Persoalkan" under a verified value's history, for the verifiers and administrators of its region: the reason is
 * required (the region's editor reads it), and the value leaves what viewers see until it is corrected or verified
 * again. Nothing shows for anyone else, nor for a value that is not VERIFIED (published statistics are replaced, not
 * disputed).
 */
export function DisputeForm({ value, status, onDone }: { value: ValueKey; status: string; onDone: () => void }) {
  const { t } = useI18n();
  const { account } = useSession();
  const client = useApolloClient();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // Kept as words to say, so that switching the language translates what is on screen.
  const [message, setMessage] = useState<{ key: MessageKey; msg: string; error: boolean } | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  if (status !== 'VERIFIED' && !message) return null;
  if (!canDispute(account, value.regionCode)) return null;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMessage({ key: 'disputeReasonRequired', msg: '', error: true });
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const id = `obs:${value.indicatorCode}|${value.regionCode}|${value.period}`;
      await client.mutate({ mutation: DISPUTE_VALUES, variables: { disputes: [{ id, comment: reason.trim() }] } });
      setMessage({ key: 'disputeSaved', msg: '', error: false });
      setOpen(false);
      setReason('');
      // Viewers no longer see the value: every page with values may change.
      evictRootFields(client.cache, FIELDS_CHANGED_BY_IMPORTS);
      onDone();
    } catch (err) {
      setMessage({ key: 'disputeFailed', msg: apiProblem(err).message, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dispute" data-testid="dispute">
      {message && (
        <p className={message.error ? 'form-error' : 'form-done'} role={message.error ? 'alert' : 'status'}>
          {t(message.key, { msg: message.msg })}
        </p>
      )}
      {!open && status === 'VERIFIED' && (
        <button type="button" className="button-secondary" data-testid="dispute-open" onClick={() => setOpen(true)}>
          {t('disputeButton')}
        </button>
      )}
      {open && (
        <form className="dispute-form" onSubmit={submit} noValidate>
          <label htmlFor={`${ids}-reason`}>{t('disputeReason')}</label>
          <textarea
            id={`${ids}-reason`}
            ref={reasonRef}
            data-testid="dispute-reason"
            rows={3}
            maxLength={200}
            value={reason}
            aria-required="true"
            onChange={(e) => setReason(e.target.value)}
          />
          <p className="muted">{t('disputeHint')}</p>
          <div className="form-actions">
            <button type="submit" className="button-primary" data-testid="dispute-submit" disabled={busy}>
              {t('disputeButton')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)} disabled={busy}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
