import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { LoadFailed, Notice } from '../../app/ui';
import { apiProblem } from '../../auth/auth-model';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { tokenDays } from './accounts-model';
import { ACCESS_TOKENS, CREATE_ACCESS_TOKEN, REVOKE_ACCESS_TOKEN } from './accounts-queries';

/**
 * One's own personal access tokens, for scripts: create one (its secret is shown this once, with a copy button, and
 * never stored in Apollo's cache), see the active ones, revoke one.
 */
export function TokensPanel() {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const ids = useId();
  const { data, error, refetch } = useQuery(ACCESS_TOKENS);
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The revoked token's name, said in the page's language. */
  const [revoked, setRevoked] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const secretRef = useRef<HTMLElement>(null);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    const label = name.trim();
    if (!label) return setProblem(t('tokenNameHelp'));
    setBusy(true);
    setProblem(null);
    setRevoked(null);
    try {
      const result = await client.mutate({
        mutation: CREATE_ACCESS_TOKEN,
        variables: { name: label, expiresInDays: tokenDays(days) },
        fetchPolicy: 'no-cache',
      });
      const created = result.data?.createAccessToken;
      if (created) setSecret({ name: created.accessToken.name, token: created.token });
      setCopied(null);
      setName('');
      await refetch();
    } catch (err) {
      setProblem(t('actionFailed', { msg: apiProblem(err).message }));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(id: number, tokenName: string) {
    setProblem(null);
    try {
      await client.mutate({ mutation: REVOKE_ACCESS_TOKEN, variables: { id } });
      setRevoked(tokenName);
      await refetch();
    } catch (err) {
      setProblem(t('actionFailed', { msg: apiProblem(err).message }));
    }
  }

  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.token);
      setCopied('yes');
    } catch {
      // No clipboard (plain http on another host, or refused): select the text for Ctrl+C.
      const range = document.createRange();
      if (secretRef.current) {
        range.selectNodeContents(secretRef.current);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
      setCopied('failed');
    }
  }

  const tokens = data?.accessTokens ?? [];
  return (
    <section className="panel tokens-panel" aria-labelledby={`${ids}-heading`} data-testid="tokens-panel">
      <h3 id={`${ids}-heading`}>{t('tokensTitle')}</h3>
      <p className="muted intro">{t('tokensIntro')}</p>
      <form className="admin-form token-form" onSubmit={(e) => void create(e)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t('tokenName')}</label>
          <input
            id={`${ids}-name`}
            data-testid="token-name"
            type="text"
            autoComplete="off"
            maxLength={80}
            aria-describedby={`${ids}-name-help`}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${ids}-name-help`} className="field-help">
            {t('tokenNameHelp')}
          </p>
        </div>
        <div className="field token-days">
          <label htmlFor={`${ids}-days`}>{t('tokenDays')}</label>
          <input
            id={`${ids}-days`}
            type="number"
            min={1}
            max={366}
            step={1}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <button type="submit" className="button-primary" disabled={busy} data-testid="create-token">
          {busy ? t('saving') : t('createToken')}
        </button>
      </form>
      <p className="form-error" role="alert">
        {problem}
      </p>
      {revoked && (
        <p className="form-done" role="status">
          {t('tokenRevoked', { name: revoked })}
        </p>
      )}
      {secret && (
        <div className="token-secret" data-testid="token-secret-box">
          <p role="status">{t('tokenCreated', { name: secret.name })}</p>
          <div className="token-secret-row">
            <span className="sr-only">{t('tokenSecret')}: </span>
            <code ref={secretRef} data-testid="token-secret">
              {secret.token}
            </code>
            <button type="button" className="button-primary" onClick={() => void copy()}>
              {copied === 'yes' ? t('copied') : t('copy')}
            </button>
          </div>
          {copied === 'failed' && <p className="form-error">{t('copyFailed')}</p>}
          <button type="button" className="button-secondary" onClick={() => setSecret(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {error && <LoadFailed error={error} retry={[refetch]} />}
      {data && tokens.length === 0 && <p className="muted">{t('noTokens')}</p>}
      {!data && !error && <Notice kind="loading">{t('loadingData')}</Notice>}
      {tokens.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="tokens-table">
            <caption className="sr-only">{t('tokensTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colTokenName')}</th>
                <th scope="col">{t('colTokenCreated')}</th>
                <th scope="col">{t('colTokenExpires')}</th>
                <th scope="col">{t('colTokenLastUsed')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tok) => (
                <tr key={tok.id} data-token={tok.name}>
                  <th scope="row">{tok.name}</th>
                  <td className="nowrap">{formatDate(tok.createdAt, lang)}</td>
                  <td className="nowrap">{tok.expiresAt ? formatDate(tok.expiresAt, lang) : t('noExpiry')}</td>
                  <td className="nowrap">{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang) : t('neverUsed')}</td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={t('revokeTokenOf', { name: tok.name })}
                      onClick={() => void revoke(tok.id, tok.name)}
                    >
                      {t('revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
