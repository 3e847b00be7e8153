import { Component, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { AccountMenu, SessionEndedNotice } from '../auth/AccountMenu';
import { canUseTokens, hasRole, isAdministrator } from '../auth/auth-model';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useSession } from '../auth/session';
import { useCatalogue, useRegion } from '../data/catalogue';
import { documentLabel } from '../data/targets';
import { useI18n } from '../i18n/useI18n';
import { PresentView } from '../presentation/PresentView';
import { PRESENT_PARAM, PRINT_PARAM } from '../presentation/present-link';
import { hrefFor, type PageId, useUrlParam, useViewState } from '../url-state';
import { PAGE_COMPONENTS, PresentDeck } from './pages';
import { RegionSearch } from './RegionSearch';
import { TrainingBanner } from './TrainingBanner';
import { Notice } from './ui';

/** A deck laid out for print (its own chunk, like PresentDeck). */
const PrintDeck = lazy(() => import('../presentation/PrintDeck').then((m) => ({ default: m.PrintDeck })));

type TabKey = 'tabCompare' | 'tabTrend' | 'tabScorecard' | 'tabMap' | 'tabRegions';

type PageKey =
  | 'pageOverview'
  | 'pageCompare'
  | 'pageTrend'
  | 'pageScorecard'
  | 'pageMap'
  | 'pageProgrammes'
  | 'pageData'
  | 'pageRegions'
  | 'pageAccounts'
  | 'pageVerification'
  | 'pagePresentations'
  | 'pagePpks'
  | 'pageIks';

/**
 * The pages, named in full in the window title and with a shorter word on the tab where the full name is long: an
 * administrator's thirteen tabs then fit one line at a laptop's 1366 px, as a visitor's ten do at 1280 px.
 */
const NAV: { page: PageId; key: PageKey; tab?: TabKey }[] = [
  { page: 'ringkasan', key: 'pageOverview' },
  { page: 'bandingkan', key: 'pageCompare', tab: 'tabCompare' },
  { page: 'tren', key: 'pageTrend', tab: 'tabTrend' },
  { page: 'rapor', key: 'pageScorecard', tab: 'tabScorecard' },
  { page: 'peta', key: 'pageMap', tab: 'tabMap' },
  { page: 'program', key: 'pageProgrammes' },
  { page: 'ppks', key: 'pagePpks' },
  { page: 'iks', key: 'pageIks' },
  { page: 'data', key: 'pageData' },
  { page: 'wilayah', key: 'pageRegions', tab: 'tabRegions' },
  { page: 'akun', key: 'pageAccounts' },
  { page: 'verifikasi', key: 'pageVerification' },
  { page: 'presentasi', key: 'pagePresentations' },
];

class PageErrorBoundary extends Component<{ message: string; children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? <Notice kind="error">{this.props.message}</Notice> : this.props.children;
  }
}

/** Follows a link inside the dashboard without reloading; other clicks (new tab, middle button) work as links do. */
export function useLinkHandler() {
  const [, navigate] = useViewState();
  return (e: React.MouseEvent<HTMLAnchorElement>, patch: Parameters<typeof navigate>[0]) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(patch);
  };
}

function LanguageSwitch() {
  const [view, navigate] = useViewState();
  const { t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="sr-only">{t('language')}</legend>
      {(['id', 'en'] as const).map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={view.lang === lang}
          title={lang === 'en' ? t('switchToEnglish') : t('switchToIndonesian')}
          onClick={() => navigate({ lang })}
        >
          {lang === 'id' ? 'Bahasa Indonesia' : 'English'}
        </button>
      ))}
    </fieldset>
  );
}

function ContextBar() {
  const [view, navigate] = useViewState();
  const { t } = useI18n();
  const { region, loading, error } = useRegion(view.region);
  const { catalogue } = useCatalogue();
  const onLink = useLinkHandler();
  const levelText = region
    ? region.kind === 'CITY'
      ? t('kindCITY')
      : region.kind === 'REGENCY'
        ? t('kindREGENCY')
        : t(`level${region.level}` as 'levelPROVINCE')
    : '';
  return (
    <div className="context-bar">
      <div className="current-region">
        <span className="context-label">{t('searchLabel')}</span>
        {region ? (
          <nav aria-label={t('searchLabel')} className="breadcrumb">
            {region.ancestors.map((a) => (
              <span key={a.code}>
                <a href={hrefFor(view, { region: a.code })} onClick={(e) => onLink(e, { region: a.code })}>
                  {a.name}
                </a>
                <span aria-hidden="true"> › </span>
              </span>
            ))}
            <strong className="region-name" data-testid="current-region">
              {region.name}
            </strong>{' '}
            <span className="level-chip">{levelText}</span>
          </nav>
        ) : loading ? (
          <span className="muted">{t('loadingData')}</span>
        ) : (
          <span className="error">
            {error ? t('loadFailed', { msg: error.message }) : t('regionNotFound', { code: view.region })}
          </span>
        )}
      </div>
      <RegionSearch
        id="region-search"
        label={t('searchLabel')}
        onPick={(r) => navigate({ region: r.code, parent: null, regions: [] })}
      />
      <div className="field">
        <label htmlFor="document-select">{t('document')}</label>
        <select id="document-select" value={view.document} onChange={(e) => navigate({ document: e.target.value })}>
          {!catalogue?.document(view.document) && <option value={view.document}>{view.document}</option>}
          {catalogue?.documents.map((d) => (
            <option key={d.code} value={d.code}>
              {documentLabel(d)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/**
 * An account whose password an administrator set may do nothing but change it: this screen replaces the whole
 * dashboard until it has.
 */
function MustChangePassword() {
  const { t } = useI18n();
  const { account } = useSession();
  if (!account) return null;
  return (
    <section className="page must-change" aria-labelledby="must-change-heading" data-testid="must-change-password">
      <h2 id="must-change-heading">{t('mustChangeTitle')}</h2>
      <p className="intro">{t('mustChangeIntro')}</p>
      <div className="panel">
        <ChangePasswordForm account={account} />
      </div>
    </section>
  );
}

/** A server with ANONYMOUS_ACCESS off shows nothing to visitors: say so, rather than a page of refusals. */
function SignInRequired() {
  const { t } = useI18n();
  const { openSignIn } = useSession();
  return (
    <section className="page" aria-labelledby="sign-in-required-heading" data-testid="sign-in-required">
      <h2 id="sign-in-required-heading">{t('signInTitle')}</h2>
      <div className="panel">
        <p>{t('signInRequired')}</p>
        <button type="button" className="button-primary" onClick={openSignIn}>
          {t('signIn')}
        </button>
      </div>
    </section>
  );
}

export function App() {
  const [view] = useViewState();
  const { t, lang } = useI18n();
  const { account, known, anonymousAccess } = useSession();
  // The administration page's tab, for those who have something there (accounts, or access tokens).
  // The verification page's tab, for verifiers and administrators.
  const nav = NAV.filter(
    (n) =>
      (n.page !== 'akun' || isAdministrator(account) || canUseTokens(account)) &&
      (n.page !== 'verifikasi' || hasRole(account, ['VERIFIER', 'ADMINISTRATOR'])) &&
      // Decks belong to accounts; a visitor sees the tab only on a deck shared with them.
      (n.page !== 'presentasi' || account !== null || view.page === 'presentasi'),
  );
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(NAV.find((n) => n.page === view.page)?.key ?? 'pageOverview')} · ${t('appTitle')}`;
  }, [lang, t, view.page]);
  const Page = PAGE_COMPONENTS[view.page];
  const [present] = useUrlParam(PRESENT_PARAM);
  const [print] = useUrlParam(PRINT_PARAM);
  if (print === '1' && view.page === 'presentasi' && view.deck) {
    return (
      <Suspense fallback={<Notice kind="loading">{t('loadingPage')}</Notice>}>
        <PrintDeck id={view.deck} />
      </Suspense>
    );
  }
  if (present === '1') {
    return view.page === 'presentasi' && view.deck ? (
      <Suspense fallback={<Notice kind="loading">{t('loadingPage')}</Notice>}>
        <PresentDeck id={view.deck} />
      </Suspense>
    ) : (
      <PresentView />
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <TrainingBanner />
      <header className={`app-header${account ? ' with-account' : ''}`}>
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <SessionEndedNotice />
      {account?.mustChangePassword ? (
        <main id="main" tabIndex={-1}>
          <MustChangePassword />
        </main>
      ) : known && !account && !anonymousAccess ? (
        <main id="main" tabIndex={-1}>
          <SignInRequired />
        </main>
      ) : (
        <>
          <ContextBar />
          <Tabs nav={nav} />
          <main id="main" tabIndex={-1}>
            <PageErrorBoundary message={t('pageFailed')} resetKey={view.page}>
              <Suspense fallback={<Notice kind="loading">{t('loadingPage')}</Notice>}>
                <Page />
              </Suspense>
            </PageErrorBoundary>
          </main>
        </>
      )}
    </div>
  );
}

function Tabs({ nav }: { nav: typeof NAV }) {
  const [view] = useViewState();
  const { t } = useI18n();
  const onLink = useLinkHandler();
  return (
    <nav className="tabs" aria-label={t('navLabel')}>
      {nav.map((n) => (
        <a
          key={n.page}
          href={hrefFor(view, { page: n.page })}
          aria-current={view.page === n.page ? 'page' : undefined}
          onClick={(e) => onLink(e, { page: n.page })}
        >
          {t(n.tab ?? n.key)}
        </a>
      ))}
    </nav>
  );
}
