import type { Translate } from '../i18n/useI18n';
import { type ChartDescription, listOf, paragraph } from './chart-description';
import { MISSING_FILL } from './palette';
import type { TileMapData } from './tile-map.option';

/**
 * The tile map in words: how many provinces fall in each group of the legend (value range or target status), the
 * highlighted province with its value; the table has every province's value, period, rank and status.
 */
export function describeTileMap(input: Pick<TileMapData, 'tiles' | 'legend'>, t: Translate): ChartDescription {
  const byFill = new Map(input.legend.map((l) => [l.fill, l.label]));
  const counts = new Map<string, number>();
  for (const tile of input.tiles) {
    // A province without a value has no fill of its own: it is drawn, and named in the legend, in the missing colour.
    const label = byFill.get(tile.fill ?? MISSING_FILL) ?? '–';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const labels = [...new Set([...input.legend.map((l) => l.label), ...counts.keys()])].filter((l) => counts.has(l));
  const highlighted = input.tiles.find((tile) => tile.highlighted);
  const summary = paragraph([
    `${listOf(labels.map((label) => (counts.get(label) === 1 ? t('describeClassOne', { label }) : t('describeClass', { label, n: counts.get(label)! }))))}.`,
    highlighted && t('describeHighlighted', { region: highlighted.name, detail: highlighted.detail }),
  ]);
  return {
    summary,
    table: {
      header: [t('province'), t('value')],
      rows: [...input.tiles].sort((a, b) => a.name.localeCompare(b.name, 'id')).map((tile) => [tile.name, tile.detail]),
    },
  };
}
