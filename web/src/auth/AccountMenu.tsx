import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useViewState } from '../url-state';
import { GrantsText } from './RegionName';
import { useSession } from './session';
import { clearSessionEnded, useSessionEnded } from './session-ended';

/**
 * The header's corner: "Masuk" for a visitor; for an account its name and roles ("Editor · Kota Gorontalo"),
 * opening a small menu with "Ganti kata sandi" and "Keluar". Escape or a click elsewhere closes the menu.
 */
export function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  const [view, navigate] = useViewState();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const menuId = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const { account } = session;
  if (!account) {
    return (
      <div className="account">
        <button id="account-button" type="button" className="button-primary sign-in-button" onClick={session.openSignIn}>
          {t('signIn')}
        </button>
      </div>
    );
  }
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the menu closes it (keyboard users)
    <div
      className="account"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        id="account-button"
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={menuId}
        title={account.displayName}
        data-testid="account-button"
        onClick={() => {
          setSignOutError(null);
          setOpen((o) => !o);
        }}
      >
        <span className="sr-only">{t('accountMenu')}: </span>
        <span className="account-name" data-testid="account-name">
          {account.displayName}
        </span>
        <span className="account-roles" data-testid="account-roles">
          <GrantsText grants={account.grants} />
        </span>
        <span aria-hidden="true" className="account-caret">
          ▾
        </span>
      </button>
      {signOutError && (
        <p className="error account-error" role="alert" data-testid="sign-out-error">
          {t('signOutFailed', { msg: signOutError })}
        </p>
      )}
      {open && (
        <div id={menuId} className="account-menu">
          <p className="account-username muted">{account.username}</p>
          {!account.mustChangePassword && (
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                session.openChangePassword();
              }}
            >
              {t('changePassword')}
            </button>
          )}
          <button
            type="button"
            data-testid="sign-out"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setOpen(false);
              const failure = await session.signOut();
              setSignOutError(failure);
              setBusy(false);
              if (failure) return;
              // The administration page means nothing to a visitor: back to the dashboard.
              if (view.page === 'akun') navigate({ page: 'ringkasan' });
              document.getElementById('account-button')?.focus();
            }}
          >
            {t('signOut')}
          </button>
        </div>
      )}
    </div>
  );
}

/** "Sesi Anda berakhir, silakan masuk lagi", with a way to sign in again, until the next sign-in or Close. */
export function SessionEndedNotice() {
  const { t } = useI18n();
  const ended = useSessionEnded();
  const session = useSession();
  if (!ended || session.account) return null;
  return (
    <div className="notice notice-error session-ended" role="alert" data-testid="session-ended">
      <span>{t('sessionEnded')}</span>
      <button type="button" className="button-primary" onClick={session.openSignIn}>
        {t('signIn')}
      </button>
      <button type="button" className="button-secondary" onClick={clearSessionEnded}>
        {t('dismiss')}
      </button>
    </div>
  );
}
