import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { apiProblem, signInProblemText } from './auth-model';
import { SIGN_IN } from './auth-queries';
import { clearSessionEnded } from './session-ended';

/** Username and password; a wrong one, or too many attempts (with the wait), is said in a sentence. */
export function SignInForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const ids = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: SIGN_IN, variables: { username: username.trim(), password } });
    } catch (err) {
      setProblem(signInProblemText(apiProblem(err), t));
      setPassword('');
      setBusy(false);
      passwordRef.current?.focus();
      return;
    }
    clearSessionEnded();
    // What this account may see differs from what the visitor saw: fetch everything again.
    await client.resetStore().catch(() => {});
    onDone();
  }

  return (
    <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate data-testid="sign-in-form">
      <p className="muted">{t('signInIntro')}</p>
      <div className="field">
        <label htmlFor={`${ids}-user`}>{t('username')}</label>
        <input
          id={`${ids}-user`}
          name="username"
          data-testid="sign-in-username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-password`}>{t('password')}</label>
        <input
          ref={passwordRef}
          id={`${ids}-password`}
          name="password"
          data-testid="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids}-problem` : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <p id={`${ids}-problem`} className="form-error" role="alert" data-testid="sign-in-problem">
        {problem}
      </p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || !username.trim() || !password}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
