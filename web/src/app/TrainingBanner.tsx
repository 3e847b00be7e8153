import { labelText, useExportLabel, useTrainingLabel } from '../data/dataset';
import { useI18n } from '../i18n/useI18n';

/**
 * On a server of training data, a band on every page that stays in view while the page scrolls: its figures are
 * generated, nobody's statistics. Also keeps the page's downloads labelled.
 */
export function TrainingBanner() {
  const { t, lang } = useI18n();
  const label = useTrainingLabel();
  useExportLabel(label);
  if (!label) return null;
  return (
    <div className="training-banner" role="note" data-testid="training-banner" lang={lang}>
      <strong>{labelText(label, lang)}</strong> <span>{t('trainingBannerDetail')}</span>
    </div>
  );
}

/** The label on a slide's stage: in its footer, large enough to read from the back of a meeting room. */
export function StageTrainingLabel() {
  const { lang } = useI18n();
  const label = useTrainingLabel();
  if (!label) return null;
  return (
    <strong className="stage-training" data-testid="stage-training-label">
      {labelText(label, lang)}
    </strong>
  );
}
