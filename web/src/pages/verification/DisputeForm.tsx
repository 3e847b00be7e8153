import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { evictRootFields } from '../../apollo';
import { apiProblem } from '../../auth/auth-model';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/useI18n';
import { FIELDS_CHANGED_BY_IMPORTS } from '../data/data-model';
import { canDispute, type DisputeSubject } from './verification-model';
import { DISPUTE_VALUES } from './verification-queries';
import './dispute.css';

/** The words of the form for each kind of figure: what the reader loses, and what was (not) done. */
const WORDS: Record<DisputeSubject, { hint: MessageKey; saved: MessageKey; failed: MessageKey }> = {
  value: { hint: 'disputeHint', saved: 'disputeSaved', failed: 'disputeFailed' },
  target: { hint: 'disputeHintTarget', saved: 'disputeSavedTarget', failed: 'disputeFailedTarget' },
  count: { hint: 'disputeHintCount', saved: 'disputeSavedCount', failed: 'disputeFailedCount' },
};

/** Viewers no longer see a disputed figure: every page with values, targets or counts may change. */
export function refreshAfterDispute(cache: ApolloCache): void {
  evictRootFields(cache, FIELDS_CHANGED_BY_IMPORTS);
}

/**
 * "Persoalkan" for a verified value, target or count (`id` as the queue writes it), for the verifiers and administrators
 * of its region: the reason is required (the region's editor reads it), and the figure leaves what viewers see until it
 * is corrected or verified again. Nothing shows for anyone else, nor for a figure that is not VERIFIED (published
 * statistics are replaced, not disputed). Under a value's history it starts as a button; in a dialog (DisputeButton,
 * `onCancel` given) it starts as the form, cancelling closes the dialog, and the dialog refreshes the page when it
 * closes. A refusal is the server's sentence.
 */
export function DisputeForm({
  id,
  regionCode,
  status,
  subject = 'value',
  onDone,
  onCancel,
}: {
  id: string;
  regionCode: string;
  status: string;
  subject?: DisputeSubject;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const { account } = useSession();
  const client = useApolloClient();
  const ids = useId();
  const inDialog = onCancel !== undefined;
  const [open, setOpen] = useState(inDialog);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // Kept as words to say, so that switching the language translates what is on screen.
  const [message, setMessage] = useState<{ key: MessageKey; msg: string; error: boolean } | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  if (status !== 'VERIFIED' && !message) return null;
  if (!canDispute(account, regionCode)) return null;
  const words = WORDS[subject];

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
      await client.mutate({ mutation: DISPUTE_VALUES, variables: { disputes: [{ id, comment: reason.trim() }] } });
      setMessage({ key: words.saved, msg: '', error: false });
      setOpen(false);
      setReason('');
      // In a dialog the page behind is refreshed when the dialog closes (DisputeButton): refreshed now, a table
      // reloading behind it would take the dialog, and the outcome it shows, with it.
      if (!inDialog) refreshAfterDispute(client.cache);
      onDone();
    } catch (err) {
      setMessage({ key: words.failed, msg: apiProblem(err).message, error: true });
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
      {!open && !inDialog && status === 'VERIFIED' && (
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
            onChange={(e) => {
              setReason(e.target.value);
              // "Write the reason" is answered by writing it.
              if (message?.key === 'disputeReasonRequired' && e.target.value.trim()) setMessage(null);
            }}
          />
          <p className="muted">{t(words.hint)}</p>
          <div className="form-actions">
            <button type="submit" className="button-primary" data-testid="dispute-submit" disabled={busy}>
              {t('disputeButton')}
            </button>
            <button
              type="button"
              className="button-secondary"
              data-testid="dispute-cancel"
              onClick={() => (onCancel ? onCancel() : setOpen(false))}
              disabled={busy}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
