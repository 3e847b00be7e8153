import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { apiProblem } from '../auth/auth-model';
import { Modal } from '../auth/Modal';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/useI18n';
import { hrefFor, useViewState } from '../url-state';
import { slideOf } from './deck-model';
import { ADD_DECK_SLIDES, CREATE_DECK, DECKS } from './deck-queries';

const NEW = 'new';

/** "＋ Presentasi" beside a chart: adds the chart, in the view's exact state, as a slide of a deck. */
export function AddToDeck({ chartId, title }: { chartId: string; title: string }) {
  const { t } = useI18n();
  const { account } = useSession();
  const [open, setOpen] = useState(false);
  if (!account) return null;
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        aria-label={t('addToDeckOf', { title })}
        onClick={() => setOpen(true)}
        data-testid={`add-to-deck-${chartId}`}
      >
        {t('addToDeck')}
      </button>
      {open && <AddToDeckDialog chartId={chartId} title={title} onClose={() => setOpen(false)} />}
    </>
  );
}

function AddToDeckDialog({ chartId, title, onClose }: { chartId: string; title: string; onClose: () => void }) {
  const { t } = useI18n();
  const [view] = useViewState();
  const { data } = useQuery(DECKS, { fetchPolicy: 'cache-and-network' });
  const [choice, setChoice] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; title: string; n: number } | null>(null);
  const [create, creating] = useMutation(CREATE_DECK, { refetchQueries: ['Decks'] });
  const [add, adding] = useMutation(ADD_DECK_SLIDES, { refetchQueries: ['Decks'] });
  const decks = data?.decks ?? [];
  const selected = choice ?? decks[0]?.id ?? NEW;
  const slide = slideOf(view, chartId, title);

  const submit = async () => {
    setProblem(null);
    try {
      if (selected === NEW) {
        const result = await create({
          variables: { input: { title: newTitle.trim(), regionCode: view.region, slides: [slide] } },
        });
        const deck = result.data?.createDeck;
        if (deck) setDone({ id: deck.id, title: deck.title, n: deck.slideCount });
      } else {
        const result = await add({ variables: { deckId: selected, slides: [slide] } });
        const deck = result.data?.addDeckSlides;
        if (deck) setDone({ id: deck.id, title: deck.title, n: deck.slideCount });
      }
    } catch (err) {
      setProblem(apiProblem(err).message);
    }
  };

  return (
    <Modal title={t('addToDeckTitle')} onClose={onClose} testId="add-to-deck">
      {done ? (
        <div role="status">
          <p>{t('addToDeckDone', { title: done.title, n: done.n })}</p>
          <a className="button-secondary" href={hrefFor(view, { page: 'presentasi', deck: done.id })}>
            {t('addToDeckOpen')}
          </a>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className="muted">{title}</p>
          <div className="field">
            <label htmlFor="add-to-deck-choice">{t('addToDeckChoose')}</label>
            <select id="add-to-deck-choice" value={selected} onChange={(e) => setChoice(e.target.value)}>
              {decks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title} ({t('deckSlideCount', { n: d.slideCount })})
                </option>
              ))}
              <option value={NEW}>{t('addToDeckNew')}</option>
            </select>
          </div>
          {selected === NEW && (
            <div className="field">
              <label htmlFor="add-to-deck-title">{t('addToDeckNewTitle')}</label>
              <input id="add-to-deck-title" value={newTitle} maxLength={200} onChange={(e) => setNewTitle(e.target.value)} />
            </div>
          )}
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <button
            type="submit"
            className="button-primary"
            disabled={creating.loading || adding.loading || (selected === NEW && !newTitle.trim())}
          >
            {t('addToDeckAdd')}
          </button>
        </form>
      )}
    </Modal>
  );
}
