import type { EChartsCoreOption } from 'echarts/core';
import { createContext, type ReactNode, Suspense, useContext, useEffect } from 'react';
import { PAGE_COMPONENTS } from '../app/pages';
import type { ChartLabels } from '../charts/common';
import type { CsvCell } from '../charts/csv';
import { type ViewState, ViewStateOverride } from '../url-state';

/** Rows of a chart's data, as its CSV download has them. */
export interface SlideTable {
  header: string[];
  rows: CsvCell[][];
}

/** What a chart of a page offers a slide: everything it draws and says, for the stage and for the exports. */
export interface SlideChart {
  id: string;
  labels: ChartLabels;
  /** null for a section of the page that is not a chart (the overview's cards, the scorecard's table). */
  option: EChartsCoreOption | null;
  /** The section's drawn element, for a picture of it in exports (sections only). */
  element?: () => HTMLElement | null;
  csv: SlideTable;
  sources: { title: string; url: string | null }[];
  /** The sentence the data says, computed by the page (a presenter may replace it in a deck). */
  headline: string | null;
}

/**
 * A page rendered for a slide: hidden, running its queries as it always does, while the chart the slide shows is
 * drawn on the stage through a portal. So a slide is the page's own view with its exact state, not a copy of it.
 */
export interface SlideContextValue {
  /** The chart of the page the slide shows; null = the first the page draws. */
  chartId: string | null;
  /** Where the chosen chart is drawn (null until the stage is mounted). */
  target: HTMLElement | null;
  /** Height in pixels the chart has on the stage. */
  chartHeight: number;
  /** Height of the whole stage: text on it is sized for it. */
  stageHeight: number;
  /** Width the chart has on the stage. */
  chartWidth: number;
  /** Every chart of the page announces itself, and again when its data change. */
  report(chart: SlideChart): void;
  withdraw(id: string): void;
  /** The chart drawn on the stage, once known. */
  shownId: string | null;
  /** Collecting for an export: sections lay themselves out (out of sight) so a picture can be taken of them. */
  capture?: boolean;
}

export const SlideContext = createContext<SlideContextValue | null>(null);

export function SlideProvider({ value, children }: { value: SlideContextValue; children: ReactNode }) {
  return <SlideContext.Provider value={value}>{children}</SlideContext.Provider>;
}

/**
 * For a chart of a page: null on the dashboard (draw as usual); on a slide, where to draw it (its portal target) or
 * `hidden` when the slide shows another chart of the page.
 */
export function useSlidePlacement(
  chart: SlideChart,
): null | 'hidden' | 'capture' | { target: HTMLElement; height: number; stageHeight: number; width: number } {
  const slide = useContext(SlideContext);
  useEffect(() => {
    if (!slide) return;
    slide.report(chart);
  }, [slide, chart]);
  useEffect(() => {
    if (!slide) return;
    return () => slide.withdraw(chart.id);
  }, [slide, chart.id]);
  if (!slide) return null;
  if (slide.capture && chart.option === null) return 'capture';
  if (slide.shownId !== chart.id || !slide.target) return 'hidden';
  return { target: slide.target, height: slide.chartHeight, stageHeight: slide.stageHeight, width: slide.chartWidth };
}

/** A dashboard page rendered for a slide: with the slide's view, its charts reporting to `context`. */
export function SlidePage({
  view,
  context,
  fallback = null,
}: {
  view: ViewState;
  context: SlideContextValue;
  fallback?: ReactNode;
}) {
  const Page = PAGE_COMPONENTS[view.page];
  return (
    <ViewStateOverride value={view}>
      <SlideProvider value={context}>
        <Suspense fallback={fallback}>
          <Page />
        </Suspense>
      </SlideProvider>
    </ViewStateOverride>
  );
}
