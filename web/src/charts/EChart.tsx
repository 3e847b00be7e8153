// The one place that loads ECharts: only the chart types and components the dashboard draws are registered,
// so the bundle carries nothing else. Every chart renders through this host.
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { type ECElementEvent, type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { markFirstChart } from './first-chart';
import { canvasMeasure, fitFooter } from './fit-footer';
import { chartPixelRatio, PRINTED_PAGE_HEIGHT, PRINTING_CLASS, watchPrinting } from './print-media';

use([
  BarChart,
  LineChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  LegendComponent,
  TitleComponent,
  LabelLayout,
  CanvasRenderer,
]);

declare global {
  interface Window {
    /** The option of every chart on screen, by chart id: end-to-end tests read the numbers drawn. */
    __charts?: Record<string, EChartsCoreOption>;
  }
}

/**
 * The chart title wraps at the chart's width instead of running off a narrow (tablet) screen or an A4 page, and so
 * does the source line under it (see fitFooter).
 */
export function fitTitles(option: EChartsCoreOption, width: number): EChartsCoreOption {
  const titles = option.title;
  if (!Array.isArray(titles) || width <= 0) return option;
  const measure = canvasMeasure();
  const fitted = {
    ...option,
    title: titles.map((t: { textStyle?: Record<string, unknown> }) =>
      t.textStyle?.overflow === 'break' ? { ...t, textStyle: { ...t.textStyle, width: Math.max(200, width - 32) } } : t,
    ),
  };
  return measure ? fitFooter(fitted, width, measure) : fitted;
}

export interface EChartHandle {
  /** The chart as a PNG data URL (twice the screen resolution, white background). */
  toPng(): string | null;
}

export interface EChartProps {
  id: string;
  option: EChartsCoreOption;
  height: number;
  ariaLabel: string;
  /** Id of the element that describes the chart with its figures (see ChartDescriptionText). */
  ariaDescribedBy?: string;
  onItemClick?: (event: ECElementEvent) => void;
  ref?: Ref<EChartHandle>;
}

export function EChart({ id, option, height, ariaLabel, ariaDescribedBy, onItemClick, ref }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onItemClick);
  const optionRef = useRef<EChartsCoreOption | null>(null);
  clickRef.current = onItemClick;
  const idRef = useRef(id);
  idRef.current = id;

  // Draws the option at the host's width; set by the effect below, which owns the ECharts instance.
  const drawRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let printing = false;
    let pixelRatio = window.devicePixelRatio;
    let drawnWidth = el.clientWidth;
    const mount = () => {
      const next = init(el, undefined, { renderer: 'canvas', devicePixelRatio: pixelRatio });
      chart.current = next;
      next.on('click', (e) => clickRef.current?.(e as ECElementEvent));
      // Read by the deck's print view: it prints once every slide's chart is drawn.
      next.on('finished', () => el.setAttribute('data-drawn', 'true'));
      return next;
    };
    let instance = mount();
    const draw = (animate = true) => {
      const option = optionRef.current;
      if (!option) return;
      drawnWidth = el.clientWidth;
      if (instance.getWidth() !== drawnWidth || instance.getHeight() !== el.clientHeight) instance.resize();
      const fitted = fitTitles(option, drawnWidth);
      // setOption paints at once (resize alone waits for the next frame): the browser prints what is painted now.
      instance.setOption(animate && !printing ? fitted : { ...fitted, animation: false }, { notMerge: true });
    };
    drawRef.current = draw;
    // 'finished' follows the first complete render; the mark is read by `pnpm bench` (time to first chart).
    const onFinished = () => {
      markFirstChart(`echarts:${idRef.current}`);
      instance.off('finished', onFinished);
    };
    instance.on('finished', onFinished);
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== drawnWidth) draw();
      else instance.resize();
    });
    observer.observe(el);
    // On paper: drawn again at the printed width (the PRINTING_CLASS gives the screen that width before the browser
    // lays the page out) and at a printer's pixel ratio, without animation; back to the screen's afterwards.
    const stopWatching = watchPrinting(window, (nowPrinting) => {
      document.documentElement.classList.toggle(PRINTING_CLASS, nowPrinting);
      const ratio = chartPixelRatio(nowPrinting, window.devicePixelRatio);
      printing = nowPrinting;
      if (ratio !== pixelRatio) {
        // A canvas's pixel ratio is fixed when ECharts creates it.
        pixelRatio = ratio;
        instance.dispose();
        instance = mount();
      }
      draw(false);
    });
    return () => {
      stopWatching();
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      drawRef.current = null;
    };
  }, []);

  useEffect(() => {
    optionRef.current = option;
    drawRef.current?.();
    window.__charts = { ...window.__charts, [id]: option };
    return () => {
      if (window.__charts?.[id] === option) delete window.__charts[id];
    };
  }, [id, option]);

  useImperativeHandle(
    ref,
    () => ({
      toPng: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) ?? null,
    }),
    [],
  );

  return (
    <div
      ref={host}
      className="echart"
      role="img"
      aria-label={ariaLabel}
      aria-describedby={ariaDescribedBy}
      data-chart-id={id}
      data-print={height > PRINTED_PAGE_HEIGHT ? 'over-pages' : undefined}
      style={{ height, width: '100%', cursor: onItemClick ? 'pointer' : undefined }}
    />
  );
}
