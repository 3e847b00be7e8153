import type { ChartLabels } from '../charts/common';

/**
 * The footer every exported slide carries: the chart's source and date ("Sumber: BPS … · Data per …") and its unit
 * and period, so a slide taken home still says where its figures come from and when.
 */
export function slideFooter(labels: Pick<ChartLabels, 'footer' | 'subtitle'>): string {
  return [labels.footer, labels.subtitle].filter((s) => s.trim() !== '').join(' · ');
}
