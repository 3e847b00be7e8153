import { type ReactNode, useState } from 'react';
import { Modal } from '../../auth/Modal';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/useI18n';
import { DisputeForm } from './DisputeForm';
import { type DisputeSubject, offersDispute } from './verification-model';

/**
 * "Persoalkan" beside a verified target or count in a table, for the verifiers and administrators of its region: a
 * small button that opens a dialog naming the figure (`children`) with the dispute form. The dialog stays until it is
 * closed, so its outcome is read even when the table behind it changes (the figure, disputed, is no longer VERIFIED).
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
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  if (!open && !offersDispute(account, { regionCode, status })) return null;
  const close = () => {
    setOpen(false);
    setDone(false);
  };
  return (
    <>
      {offersDispute(account, { regionCode, status }) && (
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
