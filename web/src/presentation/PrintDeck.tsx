import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Notice } from '../app/ui';
import { apiProblem } from '../auth/auth-model';
import { type SlideRecord, viewOfSlide } from '../decks/deck-model';
import { DECK } from '../decks/deck-queries';
import { useI18n } from '../i18n/useI18n';
import { useViewState } from '../url-state';
import { Stage, type StageSlide } from './Stage';
import './presentation.css';
import './print-deck.css';

/** A slide on paper: 13⅓ × 7½ in, PowerPoint's 16:9 page, at 96 CSS pixels an inch (print-deck.css's @page). */
export const PRINTED_SLIDE = { width: 1280, height: 720 } as const;

/** How long the slides' data may take before the deck is printed without the charts still missing (said on screen). */
const DRAW_WAIT_MS = 30_000;

/**
 * Whether a slide's chart is on its stage: every chart in its chart band drawn (ECharts marks its host when a render
 * has finished), or a section that is not a chart placed there.
 */
function slideDrawn(stage: Element): boolean {
  const band = stage.querySelector('.stage-chart');
  if (!band || band.childElementCount === 0) return false;
  const charts = [...band.querySelectorAll('.echart')];
  return charts.every((chart) => chart.getAttribute('data-drawn') === 'true');
}

/**
 * A deck laid out for print, one slide a page: every slide on a stage of the printed size, one after another. Once
 * every slide's chart is drawn it opens the browser's print dialog, whose "Save as PDF" makes the deck's PDF.
 */
export function PrintDeck({ id }: { id: string }) {
  const [view] = useViewState();
  const { t } = useI18n();
  const { data, error } = useQuery(DECK, { variables: { id } });
  const slides = (data?.deck.slides ?? []) as SlideRecord[];
  const title = data?.deck.title ?? null;
  const pages = useRef<HTMLDivElement>(null);
  const printed = useRef(false);
  const [drawn, setDrawn] = useState(0);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    document.body.classList.add('printing-deck');
    return () => document.body.classList.remove('printing-deck');
  }, []);
  useEffect(() => {
    // "Save as PDF" names the file after the page's title.
    if (title) document.title = title;
  }, [title]);

  const count = slides.length;
  // Made once per deck and language: a new slide object would render every slide's page again.
  const stageSlides = useMemo(
    () =>
      slides.map(
        (s): StageSlide => ({ view: viewOfSlide(s, view.lang), chartId: s.chart, title: s.title, headline: s.headline }),
      ),
    [slides, view.lang],
  );
  useEffect(() => {
    if (count === 0 || printed.current) return;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const stages = [...(pages.current?.querySelectorAll('.stage') ?? [])];
      const done = stages.filter(slideDrawn).length;
      setDrawn(done);
      if (done < count && Date.now() - started < DRAW_WAIT_MS) {
        timer = setTimeout(check, 250);
        return;
      }
      printed.current = true;
      setReady(true);
      // The headlines' font, then one frame for the last chart's pixels, before the page is laid out for paper.
      void document.fonts.ready.then(() => requestAnimationFrame(() => window.print()));
    };
    timer = setTimeout(check, 250);
    return () => clearTimeout(timer);
  }, [count]);

  if (error) return <Notice kind="error">{apiProblem(error).message}</Notice>;
  if (!data) return <Notice kind="loading">{t('loadingData')}</Notice>;
  if (count === 0) return <Notice kind="empty">{t('deckEmpty')}</Notice>;
  return (
    <div className="print-deck" data-testid="print-deck">
      <div className="print-deck-bar">
        <p role="status" aria-live="polite" data-testid="print-status" data-ready={ready}>
          {!ready
            ? t('printDeckPreparing', { drawn, n: count })
            : drawn < count
              ? t('printDeckMissing', { n: count - drawn })
              : t('printDeckReady', { n: count })}
        </p>
        <button type="button" className="button-primary" disabled={!ready} onClick={() => window.print()}>
          {t('printDeckAgain')}
        </button>
      </div>
      <div ref={pages} className="print-deck-pages">
        {stageSlides.map((slide, index) => (
          <Stage key={slides[index]!.id} slide={slide} counter={{ index, count }} size={PRINTED_SLIDE}>
            <span className="print-deck-title">{title}</span>
          </Stage>
        ))}
      </div>
    </div>
  );
}
