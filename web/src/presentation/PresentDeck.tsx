import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { preloadChartPages } from '../app/pages';
import { Notice } from '../app/ui';
import { apiProblem } from '../auth/auth-model';
import { type SlideRecord, viewOfSlide } from '../decks/deck-model';
import { DECK } from '../decks/deck-queries';
import { useI18n } from '../i18n/useI18n';
import { hrefFor, useViewState } from '../url-state';
import { PRESENTER_PARAM, presentDeckHref, SLIDE_PARAM } from './present-link';
import { SlideCollector } from './SlideCollector';
import { Stage, StageControls, type StageSlide } from './Stage';
import { leavePresentation, usePresentingBody, useSlideKeys } from './use-slide-keys';
import './presentation.css';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** The slide in the URL (1-based there), within the deck. */
function useSlideIndex(count: number): [number, (index: number) => void] {
  const raw = useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(SLIDE_PARAM));
  const index = Math.min(Math.max(0, (Number(raw) || 1) - 1), Math.max(0, count - 1));
  const go = useCallback((next: number) => {
    const params = new URLSearchParams(window.location.search);
    params.set(SLIDE_PARAM, String(next + 1));
    // Replaced, not pushed: Back leaves the presentation instead of stepping through every slide shown.
    window.history.replaceState(null, '', `${window.location.pathname}?${params}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [index, go];
}

/**
 * The audience window and the presenter's follow each other's slide. Only once the deck is there: a window still
 * loading would send its first slide and pull the other back to it.
 */
function useSlideSync(deckId: string, index: number, go: (index: number) => void, ready: boolean): (index: number) => void {
  const channel = useMemo(
    () => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`kesra-deck-${deckId}`)),
    [deckId],
  );
  useEffect(() => {
    if (!channel) return;
    channel.onmessage = (e: MessageEvent<{ index: number }>) => {
      if (typeof e.data?.index === 'number') go(e.data.index);
    };
    return () => channel.close();
  }, [channel, go]);
  useEffect(() => {
    if (ready) channel?.postMessage({ index });
  }, [channel, index, ready]);
  return go;
}

function stageSlide(slide: SlideRecord, lang: 'id' | 'en'): StageSlide {
  return { view: viewOfSlide(slide, lang), chartId: slide.chart, title: slide.title, headline: slide.headline };
}

/**
 * A deck presented: one slide at a time on the stage, moved by clicker or keyboard. Every slide's page is rendered
 * out of sight once the deck opens and the code of every chart page is loaded, so the deck keeps working when the
 * hotel's network drops: its data are in the browser.
 */
export function PresentDeck({ id }: { id: string }) {
  const [view] = useViewState();
  const { t } = useI18n();
  const { data, error } = useQuery(DECK, { variables: { id } });
  const slides = (data?.deck.slides ?? []) as SlideRecord[];
  const [index, goLocal] = useSlideIndex(slides.length);
  const go = useSlideSync(id, index, goLocal, slides.length > 0);
  const presenter = new URLSearchParams(window.location.search).get(PRESENTER_PARAM) === '1';
  const leave = useCallback(() => {
    if (presenter) window.close();
    leavePresentation(hrefFor({ ...view, page: 'presentasi', deck: id }, {}));
  }, [view, id, presenter]);
  const typed = useSlideKeys({
    index,
    count: slides.length,
    go,
    leave,
    presenter: () => window.open(presentDeckHref(id, index, true), `kesra-presenter-${id}`, 'popup,width=1280,height=800'),
  });
  usePresentingBody();
  useEffect(() => {
    void preloadChartPages().catch(() => {});
  }, []);

  if (error) return <Notice kind="error">{apiProblem(error).message}</Notice>;
  if (!data) return <Notice kind="loading">{t('loadingData')}</Notice>;
  if (slides.length === 0) return <Notice kind="empty">{t('deckEmpty')}</Notice>;
  const current = slides[index]!;
  const next = slides[index + 1] ?? null;
  const counter = { index, count: slides.length };
  const prefetch = slides.map((s) => (
    <SlideCollector key={s.id} view={viewOfSlide(s, view.lang)} chartId={s.chart} onChart={() => {}} />
  ));

  if (presenter) {
    return (
      <div className="presenter-view" data-testid="presenter-view">
        <div className="presenter-current">
          <Stage slide={stageSlide(current, view.lang)} counter={counter} typed={typed} size={{ width: 768, height: 432 }} />
        </div>
        <div className="presenter-side">
          <h2>{t('presenterNext')}</h2>
          {next ? (
            <>
              <p className="presenter-next-title">
                {index + 2}. {next.title}
              </p>
              {/* Drawn as the audience will see it, at 1280×720, and shown at a third of that size. */}
              <div className="presenter-next" data-testid="presenter-next">
                <div className="presenter-next-scale">
                  <Stage key={next.id} slide={stageSlide(next, view.lang)} counter={null} size={{ width: 1280, height: 720 }} />
                </div>
              </div>
            </>
          ) : (
            <p className="muted">{t('presenterLast')}</p>
          )}
          <h2>{t('slideNotes')}</h2>
          <div className="presenter-notes" data-testid="presenter-notes">
            {current.notes || <span className="muted">{t('presenterNoNotes')}</span>}
          </div>
          <p className="muted">{t('presentationHelp')}</p>
        </div>
        {prefetch}
      </div>
    );
  }
  return (
    <div className="presentation" data-testid="presentation">
      <Stage slide={stageSlide(current, view.lang)} counter={counter} typed={typed}>
        <StageControls onLeave={leave} />
      </Stage>
      {prefetch}
    </div>
  );
}
