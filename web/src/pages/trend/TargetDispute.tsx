import { useI18n } from '../../i18n/useI18n';
import { DisputeButton } from '../verification/DisputeButton';
import { targetDisputeId } from '../verification/verification-model';

/**
 * "Persoalkan" under a verified target, for the verifiers and administrators of the target's region (the target that
 * applies may be a parent's: it is that region's figure that is questioned).
 */
export function TargetDispute({
  target,
  indicatorCode,
  indicatorName,
  regionName,
  documentName,
  formatted,
}: {
  target: { documentCode: string; regionCode: string; year: number; status: string };
  indicatorCode: string;
  indicatorName: string;
  regionName: string;
  documentName: string;
  formatted: string;
}) {
  const { t } = useI18n();
  const id = targetDisputeId({ ...target, indicatorCode });
  return (
    <DisputeButton
      id={id}
      regionCode={target.regionCode}
      status={target.status}
      subject="target"
      label={t('disputeTargetLabel', {
        indicator: indicatorName || indicatorCode,
        region: regionName,
        year: target.year,
        doc: documentName,
      })}
    >
      <strong>{indicatorName || indicatorCode}</strong>
      <span>
        {regionName} <span className="muted code">{target.regionCode}</span> · {documentName} · {target.year}
      </span>
      <span>
        {t('target')}: <strong data-testid="dispute-figure">{formatted}</strong>
      </span>
    </DisputeButton>
  );
}
