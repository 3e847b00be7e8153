import './presentation.css';
import { useViewState } from '../url-state';
import { CHART_PARAM, leaveHref } from './present-link';
import { Stage, StageControls } from './Stage';
import { leavePresentation, usePresentingBody, useSlideKeys } from './use-slide-keys';

const leave = () => leavePresentation(leaveHref());

/** Any view of the dashboard on a 16:9 stage: no header, no controls, drawn for a projector. */
export function PresentView() {
  const [view] = useViewState();
  const chartId = new URLSearchParams(window.location.search).get(CHART_PARAM);
  useSlideKeys({ index: 0, count: 1, go: () => {}, leave });
  usePresentingBody();
  return (
    <div className="presentation" data-testid="presentation">
      <Stage slide={{ view, chartId, title: null, headline: null }} counter={null}>
        <StageControls onLeave={leave} />
      </Stage>
    </div>
  );
}
