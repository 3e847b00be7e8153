import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { LoadFailed, Notice } from '../../app/ui';
import { apiProblem, canUseTokens, isAdministrator, MIN_PASSWORD_LENGTH, type SessionAccount } from '../../auth/auth-model';
import { Modal } from '../../auth/Modal';
import { GrantsText } from '../../auth/RegionName';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/dictionary';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { type DraftGrant, grantInputs } from './accounts-model';
import { ACCOUNTS, RESET_ACCOUNT_PASSWORD, SET_ACCOUNT_DISABLED, SET_ACCOUNT_ROLES } from './accounts-queries';
import { CreateAccountPanel } from './CreateAccountPanel';
import { GrantsEditor } from './GrantsEditor';
import { TokensPanel } from './TokensPanel';

/** `?hal=akun`: accounts for administrators, personal access tokens for analysts and administrators. */
export function AccountsPage() {
  const { t } = useI18n();
  const session = useSession();
  const { account } = session;
  let body: React.ReactNode;
  if (!account) {
    body = (
      <div className="panel" data-testid="accounts-sign-in">
        <p>{t('accountsNeedSignIn')}</p>
        <button type="button" className="button-primary" onClick={session.openSignIn}>
          {t('signIn')}
        </button>
      </div>
    );
  } else if (!isAdministrator(account) && !canUseTokens(account)) {
    body = <Notice kind="empty">{t('accountsNotForYou', { name: account.displayName })}</Notice>;
  } else {
    body = (
      <>
        {isAdministrator(account) && <AccountsPanel me={account} />}
        {canUseTokens(account) && <TokensPanel />}
      </>
    );
  }
  return (
    <section className="page accounts-page" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('accountsTitle')}</h2>
      <p className="muted intro">{t('accountsIntro')}</p>
      {body}
    </section>
  );
}

type AccountRow = {
  id: number;
  username: string;
  displayName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  grants: readonly { role: DraftGrant['role']; regionCode: string }[];
};

/** Every account, with what an administrator can change; and the form that creates one. */
function AccountsPanel({ me }: { me: SessionAccount }) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(ACCOUNTS);
  // Kept as words to say, not as text, so that switching the language translates what is on screen.
  const [message, setMessage] = useState<{ key: MessageKey; vars: Record<string, string>; error: boolean } | null>(null);
  const [editing, setEditing] = useState<{ kind: 'roles' | 'password'; account: AccountRow } | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const say = (key: MessageKey, vars: Record<string, string>, isError = false) => setMessage({ key, vars, error: isError });

  async function toggleDisabled(a: AccountRow) {
    setBusyId(a.id);
    try {
      await client.mutate({ mutation: SET_ACCOUNT_DISABLED, variables: { accountId: a.id, disabled: !a.disabled } });
      say(a.disabled ? 'accountEnabledDone' : 'accountDisabledDone', { username: a.username });
    } catch (err) {
      say('actionFailed', { msg: apiProblem(err).message }, true);
    } finally {
      setBusyId(null);
    }
  }

  const accounts = data?.accounts ?? [];
  return (
    <>
      <section className="panel" aria-labelledby="accounts-list-heading">
        <div className="panel-head">
          <h3 id="accounts-list-heading">{t('accountsListTitle')}</h3>
          {data && <span className="muted">{t('accountsCount', { count: formatNumber(accounts.length, 0, lang) })}</span>}
        </div>
        {message && (
          <p
            className={message.error ? 'form-error' : 'form-done'}
            role={message.error ? 'alert' : 'status'}
            data-testid="accounts-message"
          >
            {t(message.key, message.vars)}
          </p>
        )}
        {error && <LoadFailed error={error} retry={[refetch]} />}
        {!data && !error && <Notice kind="loading">{t('loadingData')}</Notice>}
        {data && (
          <div className="table-wrap">
            <table className="data-table accounts-table" data-testid="accounts-table">
              <caption className="sr-only">{t('accountsListTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colUsername')}</th>
                  <th scope="col">{t('colDisplayName')}</th>
                  <th scope="col">{t('colRoles')}</th>
                  <th scope="col">{t('colLastSignIn')}</th>
                  <th scope="col">{t('colState')}</th>
                  <th scope="col">{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((a) => (
                  <tr key={a.id} data-username={a.username} className={a.disabled ? 'disabled-account' : undefined}>
                    <th scope="row">
                      <code>{a.username}</code>
                      {a.id === me.id && <span className="muted"> ({t('you')})</span>}
                    </th>
                    <td>{a.displayName}</td>
                    <td data-testid="account-grants">
                      <GrantsText grants={a.grants} />
                    </td>
                    <td className="nowrap">{a.lastLoginAt ? formatDateTime(a.lastLoginAt, lang) : t('neverSignedIn')}</td>
                    <td data-testid="account-state">
                      {a.disabled ? <strong className="state-disabled">{t('accountDisabled')}</strong> : t('accountActive')}
                      {a.mustChangePassword && <span className="muted state-note">{t('accountMustChange')}</span>}
                    </td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => setEditing({ kind: 'roles', account: a })}
                        >
                          {t('editRoles')}
                          <span className="sr-only">: {a.username}</span>
                        </button>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => setEditing({ kind: 'password', account: a })}
                        >
                          {t('resetPassword')}
                          <span className="sr-only">: {a.username}</span>
                        </button>
                        {a.id !== me.id && (
                          <button
                            type="button"
                            className="button-secondary"
                            disabled={busyId === a.id}
                            onClick={() => void toggleDisabled(a)}
                          >
                            {a.disabled ? t('enableAccount') : t('disableAccount')}
                            <span className="sr-only">: {a.username}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateAccountPanel onCreated={(username) => say('accountCreated', { username })} />
      {editing?.kind === 'roles' && (
        <Modal title={t('editRolesOf', { username: editing.account.username })} onClose={() => setEditing(null)}>
          <EditRolesForm
            account={editing.account}
            onDone={(username) => {
              setEditing(null);
              say('rolesSaved', { username });
            }}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
      {editing?.kind === 'password' && (
        <Modal title={t('resetPasswordOf', { username: editing.account.username })} onClose={() => setEditing(null)}>
          <ResetPasswordForm
            account={editing.account}
            onDone={(username) => {
              setEditing(null);
              say('passwordReset', { username });
            }}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </>
  );
}

function EditRolesForm({
  account,
  onDone,
  onCancel,
}: {
  account: AccountRow;
  onDone: (username: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [grants, setGrants] = useState<DraftGrant[]>(() => account.grants.map((g) => ({ ...g, regionName: null })));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: SET_ACCOUNT_ROLES, variables: { accountId: account.id, grants: grantInputs(grants) } });
    } catch (err) {
      setProblem(t('actionFailed', { msg: apiProblem(err).message }));
      setBusy(false);
      return;
    }
    onDone(account.username);
  }

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} noValidate data-testid="edit-roles-form">
      <GrantsEditor grants={grants} onChange={setGrants} idPrefix="edit-account" />
      <p className="form-error" role="alert">
        {problem}
      </p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('saving') : t('saveRoles')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function ResetPasswordForm({
  account,
  onDone,
  onCancel,
}: {
  account: AccountRow;
  onDone: (username: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const client = useApolloClient();
  const ids = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setProblem(t('passwordTooShort'));
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: RESET_ACCOUNT_PASSWORD, variables: { accountId: account.id, password } });
    } catch (err) {
      setProblem(t('actionFailed', { msg: apiProblem(err).message }));
      setBusy(false);
      return;
    }
    onDone(account.username);
  }

  return (
    <form className="admin-form auth-form" onSubmit={(e) => void submit(e)} noValidate data-testid="reset-password-form">
      <div className="field">
        <label htmlFor={`${ids}-password`}>{t('newPassword')}</label>
        <input
          id={`${ids}-password`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids}-help`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p id={`${ids}-help`} className="field-help">
          {t('temporaryPasswordHelp')}
        </p>
      </div>
      <p className="form-error" role="alert">
        {problem}
      </p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || !password}>
          {busy ? t('saving') : t('resetPassword')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
