import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A modal dialog (the browser's own <dialog>: focus stays inside, Escape closes, the page behind is inert). Focus
 * goes to the first field when it opens, and back to what opened it when it closes — or, when that is gone (the
 * "Masuk" button after signing in), to `fallbackFocus`.
 */
export function Modal({
  title,
  onClose,
  children,
  fallbackFocus,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  fallbackFocus?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      if (dialog?.open) dialog.close();
      // After React has put the new state on screen (the opener may have been replaced).
      setTimeout(() => {
        const target =
          opener?.isConnected && opener !== document.body
            ? opener
            : fallbackFocus
              ? document.querySelector<HTMLElement>(fallbackFocus)
              : null;
        target?.focus();
      }, 0);
    };
  }, [fallbackFocus]);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={headingId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  );
}
