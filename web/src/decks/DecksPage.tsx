import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLinkHandler } from '../app/App';
import { Notice } from '../app/ui';
import { apiProblem } from '../auth/auth-model';
import { useSession } from '../auth/session';
import { useCatalogue, useRegion } from '../data/catalogue';
import type { CreateDeckMutationVariables } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { KEY_INDICATORS } from '../pages/overview/overview-model';
import { hrefFor, useViewState } from '../url-state';
import { DeckEditor } from './DeckEditor';
import { rakorAgenda } from './deck-model';
import { CREATE_DECK, DECKS } from './deck-queries';
import './decks.css';

/** Presentasi: the decks of whoever is signed in, a new one, the rakor agenda of a province; or one deck open. */
export function DecksPage() {
  const [view] = useViewState();
  return view.deck ? <DeckEditor id={view.deck} /> : <DeckList />;
}

function DeckList() {
  const [view, navigate] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const { account, openSignIn } = useSession();
  const onLink = useLinkHandler();
  const { data, loading, error } = useQuery(DECKS, { skip: !account, fetchPolicy: 'cache-and-network' });
  const { region } = useRegion(view.region);
  const { catalogue } = useCatalogue();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CREATE_DECK, { refetchQueries: ['Decks'] });

  if (!account) {
    return (
      <section className="page" aria-labelledby="decks-heading">
        <h2 id="decks-heading">{t('pagePresentations')}</h2>
        <div className="panel">
          <p>{t('decksSignIn')}</p>
          <button type="button" className="button-primary" onClick={openSignIn}>
            {t('signIn')}
          </button>
        </div>
      </section>
    );
  }

  const open = (id: string) => navigate({ page: 'presentasi', deck: id });
  const createDeck = async (input: CreateDeckMutationVariables) => {
    setProblem(null);
    try {
      const result = await create({ variables: input });
      if (result.data) open(result.data.createDeck.id);
    } catch (err) {
      setProblem(apiProblem(err).message);
    }
  };
  const province = region?.level === 'PROVINCE' ? region : null;
  const agendaIndicators = KEY_INDICATORS.map((code) => catalogue?.indicator(code))
    .filter((i): i is NonNullable<typeof i> => Boolean(i))
    .filter((i) => i.levels.includes('REGENCY_CITY'))
    .map((i) => ({ code: i.code, name: indicatorName(i) }));

  return (
    <section className="page decks" aria-labelledby="decks-heading">
      <h2 id="decks-heading">{t('pagePresentations')}</h2>
      <p className="muted intro">{t('decksIntro')}</p>
      <div className="panel deck-new">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (title.trim()) void createDeck({ input: { title: title.trim(), regionCode: view.region } });
          }}
        >
          <div className="field">
            <label htmlFor="deck-title">{t('deckNewTitle')}</label>
            <input
              id="deck-title"
              value={title}
              maxLength={200}
              placeholder={t('deckTitlePlaceholder', { region: region?.name ?? 'Indonesia' })}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <button type="submit" className="button-primary" disabled={creating || !title.trim()}>
            {t('deckCreate')}
          </button>
        </form>
        {province && (
          <div className="deck-agenda">
            <p>{t('deckAgendaHelp', { name: province.name, doc: view.document })}</p>
            <button
              type="button"
              className="button-secondary"
              data-testid="create-agenda"
              disabled={creating || agendaIndicators.length === 0}
              onClick={() =>
                void createDeck({
                  input: {
                    title: t('deckAgendaTitle', { name: province.name, year: new Date().getFullYear() }),
                    regionCode: province.code,
                    slides: rakorAgenda(province, view.document, agendaIndicators, {
                      overview: t('pageOverview'),
                      ranking: t('deckAgendaRanking'),
                      scorecard: t('pageScorecard'),
                      trend: t('pageTrend'),
                      programmes: t('pageProgrammes'),
                    }),
                  },
                })
              }
            >
              {t('deckAgendaCreate', { name: province.name })}
            </button>
          </div>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {error && <Notice kind="error">{t('loadFailed', { msg: apiProblem(error).message })}</Notice>}
      {loading && !data && <Notice kind="loading">{t('loadingData')}</Notice>}
      {data && data.decks.length === 0 && <Notice kind="empty">{t('decksNone')}</Notice>}
      {data && data.decks.length > 0 && (
        <table className="data-table decks-table" data-testid="decks">
          <thead>
            <tr>
              <th scope="col">{t('deckTitle')}</th>
              <th scope="col" className="num">
                {t('deckSlides')}
              </th>
              <th scope="col">{t('deckUpdated')}</th>
              <th scope="col">{t('deckSharing')}</th>
            </tr>
          </thead>
          <tbody>
            {data.decks.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a
                    href={hrefFor(view, { page: 'presentasi', deck: d.id })}
                    onClick={(e) => onLink(e, { page: 'presentasi', deck: d.id })}
                  >
                    {d.title}
                  </a>
                </th>
                <td className="num">{d.slideCount}</td>
                <td>{formatDate(d.updatedAt, lang)}</td>
                <td>{d.linkSharing ? t('deckShared') : t('deckPrivate')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
