import { useEffect } from 'react';
import './presentation.css';
import { useI18n } from '../i18n/useI18n';
import { useViewState } from '../url-state';
import { CHART_PARAM, leaveHref } from './present-link';
import { Stage } from './Stage';
import { useSlideKeys } from './use-slide-keys';

function leave() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  window.history.pushState(null, '', leaveHref());
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Any view of the dashboard on a 16:9 stage: no header, no controls, drawn for a projector. */
export function PresentView() {
  const [view] = useViewState();
  const { t } = useI18n();
  const chartId = new URLSearchParams(window.location.search).get(CHART_PARAM);
  useSlideKeys({ index: 0, count: 1, go: () => {}, leave });
  useEffect(() => {
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);
  return (
    <div className="presentation" data-testid="presentation">
      <Stage slide={{ view, chartId, title: null, headline: null }} counter={null}>
        <button type="button" className="stage-leave" onClick={leave}>
          {t('leavePresentation')}
        </button>
        <span className="stage-keys">{t('presentationHelp')}</span>
      </Stage>
    </div>
  );
}
