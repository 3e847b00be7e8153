import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { PageId } from '../url-state';

// Each page is its own chunk: opening the overview does not load the charts of the other pages.
const load = {
  ringkasan: () => import('../pages/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
  bandingkan: () => import('../pages/compare/ComparePage').then((m) => ({ default: m.ComparePage })),
  tren: () => import('../pages/trend/TrendPage').then((m) => ({ default: m.TrendPage })),
  rapor: () => import('../pages/scorecard/ScorecardPage').then((m) => ({ default: m.ScorecardPage })),
  peta: () => import('../pages/map/MapPage').then((m) => ({ default: m.MapPage })),
  program: () => import('../pages/programmes/ProgrammesPage').then((m) => ({ default: m.ProgrammesPage })),
  data: () => import('../pages/data/DataPage').then((m) => ({ default: m.DataPage })),
  wilayah: () => import('../regions/RegionExplorer').then((m) => ({ default: m.RegionExplorer })),
  akun: () => import('../pages/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })),
  verifikasi: () => import('../pages/verification/VerificationPage').then((m) => ({ default: m.VerificationPage })),
  presentasi: () => import('../decks/DecksPage').then((m) => ({ default: m.DecksPage })),
  ppks: () => import('../pages/ppks/PpksPage').then((m) => ({ default: m.PpksPage })),
  iks: () => import('../pages/iks/IksPage').then((m) => ({ default: m.IksPage })),
} satisfies Record<PageId, () => Promise<{ default: ComponentType }>>;

export const PAGE_COMPONENTS = Object.fromEntries(Object.entries(load).map(([page, l]) => [page, lazy(l)])) as Record<
  keyof typeof load,
  LazyExoticComponent<ComponentType>
>;

/** Pages a slide can show: those that draw a chart of the data. */
export const CHART_PAGES = ['ringkasan', 'bandingkan', 'tren', 'rapor', 'peta', 'program'] as const;
export type ChartPageId = (typeof CHART_PAGES)[number];

/**
 * Loads the code of the chart pages now, so a presentation keeps working once the network drops: a page whose
 * chunk was never fetched could not be shown.
 */
export function preloadChartPages(): Promise<unknown> {
  return Promise.all(CHART_PAGES.map((page) => load[page]()));
}

/** A deck presented (its own chunk: the dashboard does not carry it). */
export const PresentDeck = lazy(() => import('../presentation/PresentDeck').then((m) => ({ default: m.PresentDeck })));
