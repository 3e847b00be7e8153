import { type MutableRefObject, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { StageTrainingLabel } from '../app/TrainingBanner';
import { Notice } from '../app/ui';
import { useI18n } from '../i18n/useI18n';
import type { ViewState } from '../url-state';
import { type SlideChart, type SlideContextValue, SlidePage } from './slide-context';

/** The 16:9 stage that fits a window of this size (letterboxed), in CSS pixels. */
export function fitStage(w: number, h: number): { width: number; height: number } {
  return w / h > 16 / 9 ? { width: Math.round((h * 16) / 9), height: h } : { width: w, height: Math.round((w * 9) / 16) };
}

/** The stage that fits the window, following its size. */
export function useStageSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => fitStage(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setSize(fitStage(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** Heights of the stage's bands, at a 1080-line stage; they scale with it. */
const HEAD_AT_1080 = 210;
const FOOT_AT_1080 = 64;

export interface StageSlide {
  view: ViewState;
  /** The page's chart shown; null = its first. */
  chartId: string | null;
  /** The deck's title of the slide, shown above the headline when it says more than the chart's own title. */
  title: string | null;
  /** The presenter's headline; null = the one computed from the data. */
  headline: string | null;
}

interface Props {
  slide: StageSlide;
  /** "3 / 12"; null for a single view. */
  counter: { index: number; count: number } | null;
  /** A slide number being typed (shown until Enter). */
  typed?: string;
  /** Stage size; the screen's by default. A presenter view draws smaller stages. */
  size?: { width: number; height: number };
  /** Kept up to date with the charts the page drew, for exports (a ref: pages re-render often). */
  chartsRef?: MutableRefObject<SlideChart[]>;
  children?: ReactNode;
}

/** One slide on a 16:9 stage: the headline, the chart drawn for the projector, the slide counter. */
export function Stage({ slide, counter, typed, size: fixedSize, chartsRef, children }: Props) {
  const { t } = useI18n();
  const screen = useStageSize();
  const size = fixedSize ?? screen;
  const unit = size.height / 1080;
  const chartHeight = Math.max(120, Math.round(size.height - (HEAD_AT_1080 + FOOT_AT_1080) * unit));
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const charts = useRef(new Map<string, SlideChart>());
  // Re-render only when what the stage itself shows changes: a page re-renders often, with new objects each time.
  const [shown, setShown] = useState<{ id: string; title: string; headline: string | null; footer: string | null } | null>(null);

  const pick = useCallback(() => {
    const all = [...charts.current.values()];
    const chosen = (slide.chartId ? charts.current.get(slide.chartId) : all[0]) ?? null;
    // A chart draws its source in its canvas; a section (cards, a table) has it said in the stage's footer.
    const footer = chosen && chosen.option === null ? chosen.labels.footer || null : null;
    setShown((prev) =>
      chosen === null
        ? null
        : prev?.id === chosen.id &&
            prev.title === chosen.labels.title &&
            prev.headline === chosen.headline &&
            prev.footer === footer
          ? prev
          : { id: chosen.id, title: chosen.labels.title, headline: chosen.headline, footer },
    );
    if (chartsRef) chartsRef.current = all;
  }, [slide.chartId, chartsRef]);

  const context = useMemo<SlideContextValue>(
    () => ({
      chartId: slide.chartId,
      target,
      chartHeight,
      stageHeight: size.height,
      // The chart band's side padding is 24 px of a 1080-line stage on each side.
      chartWidth: Math.round(size.width - 48 * unit),
      shownId: shown?.id ?? null,
      report(chart) {
        charts.current.set(chart.id, chart);
        pick();
      },
      withdraw(id) {
        charts.current.delete(id);
        pick();
      },
    }),
    [slide.chartId, target, chartHeight, size.height, size.width, unit, shown?.id, pick],
  );

  const headline = slide.headline ?? shown?.headline ?? null;
  // The chart's own title moves up here (the stage draws the chart without it): above a headline, or as the heading.
  const title = slide.title ?? shown?.title ?? '';
  return (
    <div
      className="stage"
      style={{ width: size.width, height: size.height, ['--stage-unit' as string]: `${unit}px` }}
      data-testid="stage"
    >
      <header className="stage-head" style={{ height: HEAD_AT_1080 * unit }}>
        {headline ? (
          <>
            <p className="stage-kicker">{title}</p>
            <h2 className="stage-headline" data-testid="stage-headline">
              {headline}
            </h2>
          </>
        ) : (
          <h2 className="stage-headline">{title}</h2>
        )}
      </header>
      <div className="stage-chart" ref={setTarget} style={{ height: chartHeight }} />
      <footer className="stage-foot" style={{ height: FOOT_AT_1080 * unit }}>
        <span className="stage-hint">
          <StageTrainingLabel />
          {shown?.footer && <span className="stage-source">{shown.footer}</span>}
          {children}
        </span>
        {counter && (
          <span className="stage-counter" data-testid="slide-counter" aria-live="polite">
            {typed ? `${typed}…` : t('slideCounter', { n: counter.index + 1, of: counter.count })}
          </span>
        )}
      </footer>
      <div hidden>
        <SlidePage view={slide.view} context={context} fallback={<Notice kind="loading">{t('loadingPage')}</Notice>} />
      </div>
    </div>
  );
}

/** The stage's way out and its keys, for the presenter's first look (hidden in full screen). */
export function StageControls({ onLeave }: { onLeave: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="stage-leave" onClick={onLeave}>
        {t('leavePresentation')}
      </button>
      <span className="stage-keys">{t('presentationHelp')}</span>
    </>
  );
}
