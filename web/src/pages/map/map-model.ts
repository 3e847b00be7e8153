import { MISSING_FILL, STATUS_ORDER, STATUS_STYLE, VALUE_CLASSES } from '../../charts/palette';
import { classOf, type LegendItem, quantileBreaks, type Tile } from '../../charts/tile-map.option';
import type { ProgressStatus } from '../../data/types';
import { TILE_POSITIONS } from './tile-positions';

export interface MapValue {
  regionCode: string;
  name: string;
  value: number;
  rank: number;
}

export interface MapStatus {
  regionCode: string;
  status: ProgressStatus;
}

export interface TileInput {
  values: readonly MapValue[];
  statuses: readonly MapStatus[] | null;
  names: ReadonlyMap<string, string>;
  highlight: string | null;
  format: (value: number) => string;
  statusLabel: (status: ProgressStatus) => string;
  missingLabel: string;
  periodLabel: string;
}

/** Groups of values with their ranges, e.g. "3,42–5,19", darker for higher values. */
export function valueClasses(
  values: readonly number[],
  format: (v: number) => string,
): { breaks: number[]; legend: LegendItem[] } {
  const breaks = quantileBreaks(values, VALUE_CLASSES.length);
  const groups = new Map<number, number[]>();
  for (const v of values) {
    const c = classOf(v, breaks);
    groups.set(c, [...(groups.get(c) ?? []), v]);
  }
  const legend = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([c, vs]) => ({ label: `${format(Math.min(...vs))}–${format(Math.max(...vs))}`, fill: VALUE_CLASSES[c]! }));
  return { breaks, legend };
}

/** A tile per province: value mode colours by value group, status mode by target status; text always carries it. */
export function buildTiles(input: TileInput, mode: 'nilai' | 'status'): { tiles: Tile[]; legend: LegendItem[] } {
  const byCode = new Map(input.values.map((v) => [v.regionCode, v]));
  const statusByCode = new Map((input.statuses ?? []).map((s) => [s.regionCode, s.status]));
  const { breaks, legend: valueLegend } = valueClasses(
    input.values.map((v) => v.value),
    input.format,
  );
  const tiles = TILE_POSITIONS.map((pos) => {
    const v = byCode.get(pos.code);
    const status = statusByCode.get(pos.code) ?? 'NO_DATA';
    const name = input.names.get(pos.code) ?? v?.name ?? pos.short;
    let fill: string | null;
    let valueText: string;
    if (mode === 'status') {
      fill = input.statuses ? STATUS_STYLE[status].colour : null;
      valueText = `${STATUS_STYLE[status].icon} ${v ? input.format(v.value) : '–'}`;
    } else {
      fill = v ? VALUE_CLASSES[classOf(v.value, breaks)]! : null;
      valueText = v ? input.format(v.value) : '–';
    }
    const detail = [
      v ? `${input.format(v.value)} (${input.periodLabel}) · #${v.rank}` : `${input.missingLabel} (${input.periodLabel})`,
      input.statuses ? `${STATUS_STYLE[status].icon} ${input.statusLabel(status)}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      code: pos.code,
      name,
      short: pos.short,
      col: pos.col,
      row: pos.row,
      valueText,
      fill,
      detail,
      highlighted: pos.code === input.highlight,
    };
  });
  const legend =
    mode === 'status'
      ? STATUS_ORDER.map((s) => ({ label: `${STATUS_STYLE[s].icon} ${input.statusLabel(s)}`, fill: STATUS_STYLE[s].colour }))
      : [...valueLegend, { label: input.missingLabel, fill: MISSING_FILL }];
  return { tiles, legend };
}
