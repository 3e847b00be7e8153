import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Modal } from '../../auth/Modal';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/useI18n';
import { DisputeForm, refreshAfterDispute } from './DisputeForm';
import { type DisputeSubject, offersDispute } from './verification-model';

/**
 * "Persoalkan" beside a verified target or count in a table, for the verifiers and administrators of its region: a
 * small button that opens a dialog naming the figure (`children`) with the dispute form. The page behind is refreshed
 * when the dialog closes after a dispute, so the outcome is read first (the figure, disputed, is no longer VERIFIED,
 * and a reloading table would take the dialog with it).
 */
export function DisputeButton({
  id,
  regionCode,
  status,
  subject,
  label,
  children,
}: {
  id: string;
  regionCode: string;
  status: string | null | undefined;
  subject: Exclude<DisputeSubject, 'value'>;
  /** The button's accessible name: "Persoalkan" with the figure it questions. */
  label: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { account } = useSession();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const offered = offersDispute(account, { regionCode, status });
  if (!open && !offered) return null;
  const close = () => {
    setOpen(false);
    setDone(false);
    if (done) refreshAfterDispute(client.cache);
  };
  return (
    <>
      {offered && (
        <button
          type="button"
          className="button-secondary dispute-button"
          aria-label={label}
          title={label}
          data-testid="dispute-open"
          onClick={() => setOpen(true)}
        >
          {t('disputeButton')}
        </button>
      )}
      {open && (
        <Modal
          title={t(subject === 'target' ? 'disputeTitleTarget' : 'disputeTitleCount')}
          onClose={close}
          testId="dispute-dialog"
        >
          <div className="dispute-subject">{children}</div>
          <DisputeForm
            id={id}
            regionCode={regionCode}
            status={status ?? ''}
            subject={subject}
            onDone={() => setDone(true)}
            onCancel={close}
          />
          {done && (
            <div className="form-actions dispute-actions">
              <button type="button" className="button-primary" onClick={close}>
                {t('dismiss')}
              </button>
            </div>
          )}
        </Modal>
      )}
    </>
  );
}
