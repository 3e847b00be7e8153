import type { IndicatorInfo } from '../data/types';
import { formatPeriod } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { Select } from './ui';

// The filter controls every analysis page starts with, worded the same everywhere.

export function IndicatorSelect({
  id,
  value,
  indicators,
  onChange,
}: {
  id: string;
  value: string;
  indicators: readonly Pick<IndicatorInfo, 'code' | 'nameId' | 'nameEn'>[];
  onChange: (code: string) => void;
}) {
  const { t, indicatorName } = useI18n();
  return (
    <Select
      id={id}
      label={t('indicator')}
      value={value}
      options={indicators.map((i) => ({ value: i.code, label: indicatorName(i) }))}
      onChange={onChange}
      className="indicator-field"
    />
  );
}

/** The periods with data, newest first, after "latest" (the empty value) naming which one that is. */
export function PeriodSelect({
  id,
  value,
  periods,
  onChange,
}: {
  id: string;
  value: string | null;
  /** Oldest first. */
  periods: readonly string[];
  onChange: (period: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const latest = periods[periods.length - 1];
  return (
    <Select
      id={id}
      label={t('period')}
      value={value ?? ''}
      options={[
        { value: '', label: `${t('latestPeriod')}${latest ? ` (${formatPeriod(latest, lang)})` : ''}` },
        ...[...periods].reverse().map((p) => ({ value: p, label: formatPeriod(p, lang) })),
      ]}
      onChange={(v) => onChange(v || null)}
    />
  );
}
