import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { SessionAccount } from './auth-model';
import { ME, SIGN_OUT } from './auth-queries';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Modal } from './Modal';
import { SignInForm } from './SignInForm';
import { clearSessionEnded } from './session-ended';

export interface Session {
  /** The signed-in account; null for a visitor (and while `me` is not known yet). */
  account: SessionAccount | null;
  /** `me` has answered at least once. */
  known: boolean;
  /** Whether visitors may read the published dashboard. */
  anonymousAccess: boolean;
  openSignIn: () => void;
  openChangePassword: () => void;
  /**
   * Ends the session on the server, then fetches everything again as a visitor. Resolves to why the server did not end
   * it (unreachable, refused), else null: on a shared screen a session left open without a word is someone's access.
   */
  signOut: () => Promise<string | null>;
  /** After signing in, out, or a password change: every answer on screen is fetched again with the new rights. */
  refetchAll: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/** Who is signed in, for the whole dashboard, with the sign-in and change-password dialogs. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t } = useI18n();
  const { data } = useQuery(ME);
  const [dialog, setDialog] = useState<'signIn' | 'changePassword' | null>(null);
  const account = data?.me.account ?? null;

  const refetchAll = useCallback(async () => {
    // resetStore empties the cache and fetches every query on screen again, `me` among them.
    await client.resetStore().catch(() => {});
  }, [client]);

  const signOut = useCallback(async () => {
    try {
      // An ended session is not an error: the server answers true with no session to end.
      await client.mutate({ mutation: SIGN_OUT });
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    clearSessionEnded();
    await refetchAll();
    return null;
  }, [client, refetchAll]);

  const value = useMemo<Session>(
    () => ({
      account,
      known: data !== undefined,
      anonymousAccess: data?.me.anonymousAccess ?? true,
      openSignIn: () => setDialog('signIn'),
      openChangePassword: () => setDialog('changePassword'),
      signOut,
      refetchAll,
    }),
    [account, data, signOut, refetchAll],
  );

  const close = () => setDialog(null);
  return (
    <SessionContext.Provider value={value}>
      {children}
      {dialog === 'signIn' && (
        <Modal title={t('signInTitle')} onClose={close} fallbackFocus="#account-button" testId="sign-in-dialog">
          <SignInForm onDone={close} onCancel={close} />
        </Modal>
      )}
      {dialog === 'changePassword' && account && (
        <Modal title={t('changePassword')} onClose={close} fallbackFocus="#account-button" testId="change-password-dialog">
          <ChangePasswordForm account={account} onDone={close} onCancel={close} />
        </Modal>
      )}
    </SessionContext.Provider>
  );
}
