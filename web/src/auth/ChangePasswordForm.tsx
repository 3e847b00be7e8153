import { useApolloClient } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { apiProblem, MIN_PASSWORD_LENGTH, type SessionAccount } from './auth-model';
import { CHANGE_PASSWORD } from './auth-queries';

/**
 * The current password and a new one, twice. Used from the account menu, and as the only screen of an account whose
 * password an administrator set (`mustChangePassword`): nothing else is allowed until it is changed.
 */
export function ChangePasswordForm({
  account,
  onDone,
  onCancel,
}: {
  account: SessionAccount;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const client = useApolloClient();
  const ids = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (next.length < MIN_PASSWORD_LENGTH) return setProblem(t('passwordTooShort'));
    if (next !== repeat) return setProblem(t('passwordsDiffer'));
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: CHANGE_PASSWORD, variables: { currentPassword: current, newPassword: next } });
    } catch (err) {
      setProblem(t('changePasswordFailed', { msg: apiProblem(err).message }));
      setBusy(false);
      return;
    }
    setDone(true);
    setBusy(false);
    setCurrent('');
    setNext('');
    setRepeat('');
    // A forced change lifts the restriction: fetch everything again with the account's full rights.
    await client.resetStore().catch(() => {});
    onDone?.();
  }

  return (
    <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate data-testid="change-password-form">
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={account.username} readOnly hidden />
      <div className="field">
        <label htmlFor={`${ids}-current`}>{t('currentPassword')}</label>
        <input
          id={`${ids}-current`}
          data-testid="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-new`}>{t('newPassword')}</label>
        <input
          id={`${ids}-new`}
          data-testid="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-describedby={`${ids}-rule`}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <p id={`${ids}-rule`} className="field-help">
          {t('passwordRule')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-repeat`}>{t('repeatPassword')}</label>
        <input
          id={`${ids}-repeat`}
          data-testid="repeat-password"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      <p className="form-error" role="alert" data-testid="change-password-problem">
        {problem}
      </p>
      {done && !problem && (
        <p className="form-done" role="status">
          {t('passwordChanged')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || !current || !next || !repeat}>
          {busy ? t('saving') : t('changePassword')}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
