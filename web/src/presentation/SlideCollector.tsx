import { Suspense, useMemo, useRef } from 'react';
import { PAGE_COMPONENTS } from '../app/pages';
import { type ViewState, ViewStateOverride } from '../url-state';
import { type SlideChart, type SlideContextValue, SlideProvider } from './slide-context';

/**
 * Renders a slide's page out of sight, only to learn its chart (for exports, and so that its data are in the browser
 * before the network may drop). Nothing is drawn: with no stage, every chart of the page stays hidden.
 */
export function SlideCollector({
  view,
  chartId,
  onChart,
}: {
  view: ViewState;
  chartId: string | null;
  onChart: (chart: SlideChart) => void;
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
      report(chart) {
        first.current ??= chart.id;
        if (chart.id === (chartId ?? first.current)) onChartRef.current(chart);
      },
      withdraw() {},
    }),
    [chartId],
  );
  const Page = PAGE_COMPONENTS[view.page];
  return (
    <div hidden>
      <ViewStateOverride value={view}>
        <SlideProvider value={context}>
          <Suspense fallback={null}>
            <Page />
          </Suspense>
        </SlideProvider>
      </ViewStateOverride>
    </div>
  );
}
