import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLinkHandler } from '../app/App';
import { Notice } from '../app/ui';
import { apiProblem } from '../auth/auth-model';
import { useSession } from '../auth/session';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/useI18n';
import { CHILD_REGIONS } from '../pages/verification/verification-queries';
import { presentDeckHref } from '../presentation/present-link';
import { hrefFor, parseViewState, useViewState } from '../url-state';
import { DeckExports } from './DeckExports';
import { moved, type SlideRecord, slidesForEachRegion } from './deck-model';
import {
  ADD_DECK_SLIDES,
  DECK,
  DELETE_DECK,
  DUPLICATE_DECK,
  REMOVE_DECK_SLIDE,
  RENAME_DECK,
  REORDER_DECK_SLIDES,
  SET_DECK_LINK_SHARING,
  UPDATE_DECK_SLIDE,
} from './deck-queries';

/** One deck: its slides in order, what the presenter says on each, sharing, exports, and the way to present it. */
export function DeckEditor({ id }: { id: string }) {
  const [view, navigate] = useViewState();
  const { t } = useI18n();
  const { account } = useSession();
  const onLink = useLinkHandler();
  const { data, loading, error } = useQuery(DECK, { variables: { id } });
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (err) {
      setProblem(apiProblem(err).message);
    }
  };
  const [rename] = useMutation(RENAME_DECK);
  const [share] = useMutation(SET_DECK_LINK_SHARING);
  const [duplicate] = useMutation(DUPLICATE_DECK, { refetchQueries: ['Decks'] });
  const [remove] = useMutation(DELETE_DECK, { refetchQueries: ['Decks'] });
  const [reorder] = useMutation(REORDER_DECK_SLIDES);
  const [update] = useMutation(UPDATE_DECK_SLIDE);
  const [removeSlide] = useMutation(REMOVE_DECK_SLIDE);
  const [addSlides] = useMutation(ADD_DECK_SLIDES);

  const back = (
    <a href={hrefFor(view, { page: 'presentasi', deck: null })} onClick={(e) => onLink(e, { page: 'presentasi', deck: null })}>
      ← {t('decksBack')}
    </a>
  );
  if (error) {
    return (
      <section className="page">
        {back}
        <Notice kind="error">{apiProblem(error).message}</Notice>
      </section>
    );
  }
  if (loading || !data) return <Notice kind="loading">{t('loadingData')}</Notice>;
  const deck = data.deck;
  const slides = deck.slides as SlideRecord[];
  const ids = slides.map((s) => s.id);
  const link = `${window.location.origin}${hrefFor({ ...view, lang: view.lang }, { page: 'presentasi', deck: deck.id })}`;

  return (
    <section className="page deck-editor" aria-labelledby="deck-heading">
      {back}
      <div className="deck-head">
        {deck.canEdit ? (
          <div className="field deck-title-field">
            <label htmlFor="deck-rename">{t('deckTitle')}</label>
            <input
              id="deck-rename"
              key={deck.title}
              defaultValue={deck.title}
              maxLength={200}
              onBlur={(e) => {
                const title = e.target.value.trim();
                if (title && title !== deck.title) void run(() => rename({ variables: { id: deck.id, title } }));
              }}
            />
          </div>
        ) : (
          <h2 id="deck-heading">{deck.title}</h2>
        )}
        <a className="button-primary" href={presentDeckHref(deck.id, 0)} data-testid="present-deck">
          ▶ {t('present')}
        </a>
      </div>
      {deck.canEdit && (
        <h2 id="deck-heading" className="sr-only">
          {deck.title}
        </h2>
      )}
      <p className="muted">
        {t('deckOwner', { name: deck.ownerName })} · {t('deckSlideCount', { n: slides.length })}
      </p>
      <div className="deck-actions">
        {deck.canEdit && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={deck.linkSharing}
              onChange={(e) => void run(() => share({ variables: { id: deck.id, linkSharing: e.target.checked } }))}
            />{' '}
            {t('deckShareLink')}
          </label>
        )}
        {deck.linkSharing && (
          <input className="deck-link" readOnly value={link} aria-label={t('deckLink')} onFocus={(e) => e.target.select()} />
        )}
        <DeckExports deck={deck} />
        {account && (
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              void run(async () => {
                const copy = await duplicate({ variables: { id: deck.id } });
                if (copy.data) navigate({ page: 'presentasi', deck: copy.data.duplicateDeck.id });
              })
            }
          >
            {t('deckDuplicate')}
          </button>
        )}
        {deck.canDelete && (
          <button
            type="button"
            className="button-secondary danger"
            onClick={() => {
              if (!window.confirm(t('deckDeleteConfirm', { title: deck.title }))) return;
              void run(async () => {
                await remove({ variables: { id: deck.id } });
                navigate({ page: 'presentasi', deck: null });
              });
            }}
          >
            {t('deckDelete')}
          </button>
        )}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {slides.length === 0 && <Notice kind="empty">{t('deckEmpty')}</Notice>}
      <ol className="deck-slides" data-testid="deck-slides">
        {slides.map((slide, i) => (
          <SlideRow
            key={slide.id}
            deckId={deck.id}
            slide={slide}
            index={i}
            count={slides.length}
            canEdit={deck.canEdit}
            onMove={(to) => void run(() => reorder({ variables: { deckId: deck.id, slideIds: moved(ids, i, to) } }))}
            onChange={(input) => void run(() => update({ variables: { id: slide.id, input } }))}
            onRemove={() => void run(() => removeSlide({ variables: { id: slide.id } }))}
            onForEachRegion={(regions) =>
              void run(() =>
                addSlides({
                  variables: { deckId: deck.id, slides: slidesForEachRegion(slide, regions), position: i + 1 },
                }),
              )
            }
          />
        ))}
      </ol>
    </section>
  );
}

interface RowProps {
  deckId: string;
  slide: SlideRecord;
  index: number;
  count: number;
  canEdit: boolean;
  onMove(to: number): void;
  onChange(input: { title?: string; headline?: string | null; notes?: string }): void;
  onRemove(): void;
  onForEachRegion(regions: { code: string; name: string }[]): void;
}

function SlideRow({ deckId, slide, index, count, canEdit, onMove, onChange, onRemove, onForEachRegion }: RowProps) {
  const { t } = useI18n();
  const view = parseViewState(slide.view);
  const [view0] = useViewState();
  const isProvince = /^\d{2}$/.test(view.region);
  const children = useQuery(CHILD_REGIONS, { variables: { parentCode: view.region }, skip: !canEdit || !isProvince });
  const pageKey = (PAGE_LABEL as Record<string, MessageKey | undefined>)[view.page];
  return (
    <li className="deck-slide" data-testid="deck-slide">
      <div className="deck-slide-head">
        <span className="deck-slide-number">{index + 1}</span>
        <div className="deck-slide-what">
          {canEdit ? (
            <input
              aria-label={t('slideTitle', { n: index + 1 })}
              key={slide.title}
              defaultValue={slide.title}
              maxLength={200}
              onBlur={(e) => {
                const title = e.target.value.trim();
                if (title && title !== slide.title) onChange({ title });
              }}
            />
          ) : (
            <strong>{slide.title}</strong>
          )}
          <span className="muted">
            {pageKey ? t(pageKey) : view.page} · <a href={hrefFor({ ...view, lang: view0.lang }, {})}>{t('slideOpenView')}</a> ·{' '}
            <a href={presentDeckHref(deckId, index)}>{t('present')}</a>
          </span>
        </div>
        {canEdit && (
          <div className="deck-slide-buttons">
            <button
              type="button"
              className="button-secondary"
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
              aria-label={t('slideUp', { n: index + 1 })}
            >
              ↑
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
              aria-label={t('slideDown', { n: index + 1 })}
            >
              ↓
            </button>
            <button type="button" className="button-secondary" onClick={onRemove} aria-label={t('slideRemove', { n: index + 1 })}>
              ✕
            </button>
          </div>
        )}
      </div>
      {canEdit ? (
        <div className="deck-slide-texts">
          <div className="field">
            <label htmlFor={`headline-${slide.id}`}>{t('slideHeadline')}</label>
            <input
              id={`headline-${slide.id}`}
              key={slide.headline ?? ''}
              defaultValue={slide.headline ?? ''}
              placeholder={t('slideHeadlineComputed')}
              maxLength={500}
              onBlur={(e) => {
                const headline = e.target.value.trim() || null;
                if (headline !== slide.headline) onChange({ headline });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`notes-${slide.id}`}>{t('slideNotes')}</label>
            <textarea
              id={`notes-${slide.id}`}
              key={slide.notes}
              defaultValue={slide.notes}
              rows={2}
              maxLength={5000}
              onBlur={(e) => {
                if (e.target.value !== slide.notes) onChange({ notes: e.target.value });
              }}
            />
          </div>
          {isProvince && children.data && children.data.regions.length > 0 && (
            <button
              type="button"
              className="button-secondary"
              data-testid="slide-for-each-region"
              onClick={() => onForEachRegion(children.data!.regions.map((r) => ({ code: r.code, name: r.name })))}
            >
              {t('slideForEachRegion', { n: children.data.regions.length })}
            </button>
          )}
        </div>
      ) : (
        (slide.headline || slide.notes) && (
          <p>
            {slide.headline && <strong>{slide.headline}</strong>} {slide.notes}
          </p>
        )
      )}
    </li>
  );
}

const PAGE_LABEL = {
  ringkasan: 'pageOverview',
  bandingkan: 'pageCompare',
  tren: 'pageTrend',
  rapor: 'pageScorecard',
  peta: 'pageMap',
  program: 'pageProgrammes',
} as const satisfies Record<string, MessageKey>;
