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

/** The chart title wraps at the chart's width instead of running off a narrow (tablet) screen. */
export function fitTitles(option: EChartsCoreOption, width: number): EChartsCoreOption {
  const titles = option.title;
  if (!Array.isArray(titles) || width <= 0) return option;
  return {
    ...option,
    title: titles.map((t: { textStyle?: Record<string, unknown> }) =>
      t.textStyle?.overflow === 'break' ? { ...t, textStyle: { ...t.textStyle, width: Math.max(200, width - 32) } } : t,
    ),
  };
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

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (e) => clickRef.current?.(e as ECElementEvent));
    // 'finished' follows the first complete render; the mark is read by `pnpm bench` (time to first chart).
    const onFinished = () => {
      markFirstChart(`echarts:${idRef.current}`);
      instance.off('finished', onFinished);
    };
    instance.on('finished', onFinished);
    let lastWidth = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== lastWidth && optionRef.current) {
        lastWidth = el.clientWidth;
        instance.setOption(fitTitles(optionRef.current, lastWidth), { notMerge: true });
      }
      instance.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    optionRef.current = option;
    chart.current?.setOption(fitTitles(option, host.current?.clientWidth ?? 0), { notMerge: true });
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
      style={{ height, width: '100%', cursor: onItemClick ? 'pointer' : undefined }}
    />
  );
}
