import { formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type ChartDescription, listOf } from './chart-description';
import { type CompositeResultChartData, compositeBarOrder } from './composite-result.option';

/** The index for a province's kabupaten/kota in words: the highest and lowest, and how many could not be computed. */
export function describeCompositeResult(
  data: CompositeResultChartData & { indexName: string; provinceName: string; period: string },
  t: Translate,
): ChartDescription {
  const { lang } = data;
  const ordered = compositeBarOrder(data.regions);
  const computed = ordered.filter((r) => r.value !== null);
  const named = (r: (typeof ordered)[number]) => `${r.regionName} ${formatNumber(r.value, 2, lang)}`;
  const summary = [
    t('iksDescription', {
      index: data.indexName,
      province: data.provinceName,
      period: data.period,
      computed: computed.length,
      of: ordered.length,
    }),
    computed.length > 0
      ? t('iksDescriptionRange', { highest: named(computed[0]!), lowest: named(computed[computed.length - 1]!) })
      : null,
    computed.length < ordered.length
      ? t('iksDescriptionMissing', {
          regions: listOf(ordered.filter((r) => r.value === null).map((r) => r.regionName)),
        })
      : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    summary,
    table: {
      header: [t('region'), data.indexName, ...data.dimensions],
      rows: ordered.map((r) => [
        r.regionName,
        r.value === null ? data.missingLabel(r.missingCount) : formatNumber(r.value, 2, lang),
        ...r.contributions.map((c) => (c === null ? '–' : formatNumber(c, 2, lang))),
      ]),
    },
  };
}
