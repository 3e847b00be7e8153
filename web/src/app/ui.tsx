import type { ReactNode } from 'react';
import { STATUS_STYLE, textOn } from '../charts/palette';
import type { ProgressStatus } from '../data/types';
import { useI18n } from '../i18n/useI18n';
import { type LoadError, loadFailedText } from './load-failed';

/** Loading, empty and error states that say what is happening. */
export function Notice({
  kind,
  children,
  onRetry,
}: {
  kind: 'loading' | 'empty' | 'error';
  children: ReactNode;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <span>{children}</span>
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** A failed page query: says why and retries every query the page depends on. */
export function LoadFailed({ error, retry }: { error: LoadError; retry: readonly (() => unknown)[] }) {
  const { t } = useI18n();
  const { text, retryable } = loadFailedText(error, t);
  return (
    <Notice kind="error" {...(retryable ? { onRetry: () => retry.forEach((r) => void r()) } : {})}>
      {text}
    </Notice>
  );
}

/** A status as colour, symbol and words: never colour alone. */
export function StatusBadge({ status, compact = false }: { status: ProgressStatus; compact?: boolean }) {
  const { t } = useI18n();
  const style = STATUS_STYLE[status];
  return (
    <span
      className={`status-badge status-${status.toLowerCase()}${compact ? ' compact' : ''}`}
      style={{ background: style.colour, color: textOn(style.colour) }}
    >
      <span aria-hidden="true" className="status-icon">
        {style.icon}
      </span>{' '}
      {t(`status${status}`)}
    </span>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  id,
  label,
  value,
  options,
  onChange,
  className,
}: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** Beside `field`, for a select whose width the page bounds (see IndicatorSelect). */
  className?: string;
}) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Mutually exclusive choices as buttons (views, colour modes). */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{label}</legend>
      <div className="segmented-buttons">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            className={o.value === value ? 'selected' : undefined}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
