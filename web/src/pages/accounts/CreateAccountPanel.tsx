import { useApolloClient } from '@apollo/client/react';
import { useId, useState } from 'react';
import { apiProblem, MIN_PASSWORD_LENGTH } from '../../auth/auth-model';
import { useI18n } from '../../i18n/useI18n';
import { type DraftGrant, grantInputs, newAccountProblem } from './accounts-model';
import { ACCOUNTS, CREATE_ACCOUNT } from './accounts-queries';
import { GrantsEditor } from './GrantsEditor';

// The administrator's form for a new account: its name, first password and roles with their regions.

export function CreateAccountPanel({ onCreated }: { onCreated: (username: string) => void }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const ids = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<DraftGrant[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const draft = { username: username.trim(), displayName: displayName.trim(), password, grants };
    const wrong = newAccountProblem(draft);
    if (wrong) return setProblem(t(wrong));
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({
        mutation: CREATE_ACCOUNT,
        variables: { input: { ...draft, grants: grantInputs(grants) } },
        refetchQueries: [ACCOUNTS],
        awaitRefetchQueries: true,
      });
    } catch (err) {
      setProblem(t('actionFailed', { msg: apiProblem(err).message }));
      setBusy(false);
      return;
    }
    setBusy(false);
    setUsername('');
    setDisplayName('');
    setPassword('');
    setGrants([]);
    onCreated(draft.username);
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('createAccountTitle')}</h3>
      <form className="admin-form create-account" onSubmit={(e) => void submit(e)} noValidate data-testid="create-account-form">
        <div className="admin-fields">
          <div className="field">
            <label htmlFor={`${ids}-username`}>{t('username')}</label>
            <input
              id={`${ids}-username`}
              data-testid="new-username"
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby={`${ids}-username-help`}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
            <p id={`${ids}-username-help`} className="field-help">
              {t('usernameHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-name`}>{t('displayName')}</label>
            <input
              id={`${ids}-name`}
              data-testid="new-display-name"
              type="text"
              autoComplete="off"
              aria-describedby={`${ids}-name-help`}
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
            <p id={`${ids}-name-help`} className="field-help">
              {t('displayNameHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-password`}>{t('firstPassword')}</label>
            <input
              id={`${ids}-password`}
              data-testid="new-password-first"
              type="text"
              autoComplete="off"
              spellCheck={false}
              minLength={MIN_PASSWORD_LENGTH}
              aria-describedby={`${ids}-password-help`}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <p id={`${ids}-password-help`} className="field-help">
              {t('temporaryPasswordHelp')}
            </p>
          </div>
        </div>
        <GrantsEditor grants={grants} onChange={setGrants} idPrefix="new-account" />
        <p className="form-error" role="alert" data-testid="create-account-problem">
          {problem}
        </p>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="create-account">
            {busy ? t('saving') : t('createAccount')}
          </button>
        </div>
      </form>
    </section>
  );
}
