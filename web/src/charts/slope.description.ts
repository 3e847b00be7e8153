import type { Direction } from '../data/types';
import { formatChange, formatValue, type Lang, missingText, type UnitInfo } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type ChartDescription, ends, listOf, paragraph } from './chart-description';
import { type SlopeRow, slopeKind, sortByChange } from './slope.option';

export interface ChangeDescriptionInput {
  /** The rows the arrows are drawn from. */
  rows: readonly SlopeRow[];
  /** The two periods as the chart writes them, e.g. "Maret 2024" and "Maret 2025". */
  fromLabel: string;
  toLabel: string;
  unit: UnitInfo;
  lang: Lang;
  direction: Direction;
  highlight: string | null;
}

/** Regions named at each end of the changes in the summary; all of them are in the table. */
const AT_EACH_END = 3;

/** The change between two periods in words: how many got better or worse, the largest changes, the highlighted region. */
export function describeChange(input: ChangeDescriptionInput, t: Translate): ChartDescription {
  const { unit, lang, direction } = input;
  const rows = sortByChange(input.rows, direction);
  const kinds = rows.map((r) => slopeKind(r, direction));
  const value = (v: number | null) => (v === null ? missingText(lang) : formatValue(v, unit, lang));
  // Rounded as the chart shows it, so the words never disagree with the figures drawn.
  const change = (r: SlopeRow) => (r.from === null || r.to === null ? null : Number((r.to - r.from).toFixed(unit.decimals)));
  // A missing value is not a series break: it says so rather than "not comparable".
  const changeText = (r: SlopeRow, i: number) =>
    r.from === null || r.to === null
      ? missingText(lang)
      : kinds[i] === 'notComparable'
        ? t('notComparable')
        : formatChange(change(r), unit, lang);
  const item = (r: SlopeRow) =>
    t('describeChangeOf', { region: r.name, from: value(r.from), to: value(r.to), change: formatChange(change(r), unit, lang) });
  const readable = rows.filter((_, i) => kinds[i] !== 'notComparable');
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  const neutral = direction === 'NEUTRAL';
  // Sorted from the largest gain to the largest loss; a list's end shows only changes in its own direction.
  const gains = readable.filter((r) => (neutral ? change(r)! > 0 : slopeKind(r, direction) === 'improved'));
  const losses = readable.filter((r) => (neutral ? change(r)! < 0 : slopeKind(r, direction) === 'worsened'));
  const top = ends(gains, AT_EACH_END).first;
  const bottom = ends([...losses].reverse(), AT_EACH_END).first;
  const highlightIndex = rows.findIndex((r) => r.code === input.highlight);
  const highlighted = rows[highlightIndex];

  const summary = paragraph([
    !neutral &&
      t('describeCounts', {
        improved: count('improved'),
        worsened: count('worsened'),
        unchanged: count('unchanged'),
        notComparable: count('notComparable'),
      }),
    top.length > 0 && t(neutral ? 'describeLargestRise' : 'describeMostImproved', { list: listOf(top.map(item)) }),
    bottom.length > 0 && t(neutral ? 'describeLargestFall' : 'describeMostWorsened', { list: listOf(bottom.map(item)) }),
    // Said once: a highlighted region among the largest changes is already named there.
    highlighted &&
      !top.includes(highlighted) &&
      !bottom.includes(highlighted) &&
      `${t('describeChangeOf', {
        region: highlighted.name,
        from: value(highlighted.from),
        to: value(highlighted.to),
        change: changeText(highlighted, highlightIndex),
      })}.`,
  ]);
  return {
    summary,
    table: {
      header: [t('region'), input.fromLabel, input.toLabel, t('change')],
      rows: rows.map((r, i) => [r.name, value(r.from), value(r.to), changeText(r, i)]),
    },
  };
}
