import { useMemo, useRef } from 'react';
import type { ViewState } from '../url-state';
import { type SlideChart, type SlideContextValue, SlidePage } from './slide-context';

/**
 * Renders a slide's page out of sight, only to learn its chart (for exports, and so that its data are in the browser
 * before the network may drop). Nothing is drawn: with no stage, every chart of the page stays hidden.
 */
export function SlideCollector({
  view,
  chartId,
  onChart,
  capture = false,
}: {
  view: ViewState;
  chartId: string | null;
  onChart: (chart: SlideChart) => void;
  /** Lay the page out (out of sight), so a section that is not a chart can be pictured for an export. */
  capture?: boolean;
}) {
  const first = useRef<string | null>(null);
  const onChartRef = useRef(onChart);
  onChartRef.current = onChart;
  const context = useMemo<SlideContextValue>(
    () => ({
      chartId,
      target: null,
      chartHeight: 0,
      stageHeight: 1080,
      chartWidth: 0,
      shownId: null,
      capture,
      report(chart) {
        first.current ??= chart.id;
        if (chart.id === (chartId ?? first.current)) onChartRef.current(chart);
      },
      withdraw() {},
    }),
    [chartId, capture],
  );
  return (
    <div {...(capture ? { className: 'slide-collector', 'aria-hidden': true, inert: true } : { hidden: true })}>
      <SlidePage view={view} context={context} />
    </div>
  );
}
