// A chart's text alternative with its figures: what a reader who cannot see the chart needs from it. Each chart kind
// has a pure builder (*.description.ts) that turns the data the chart is drawn from into one; ChartFrame gives the
// summary to the chart as its accessible description and keeps the table, visually hidden, beside it.

export interface ChartDescription {
  /** A few sentences with the figures a sighted reader takes in at a glance: names, values, periods, target. */
  summary: string;
  /** Every value the chart draws, as text under column headers, for a screen reader to walk through. */
  table: { header: string[]; rows: string[][] };
}

/** "A; B; C" — items of a list that themselves contain commas (values with decimals, "Maret 2025"). */
export function listOf(items: readonly string[]): string {
  return items.join('; ');
}

/** The first `n` and the last `n` of a list, without repeating items when the list is short. */
export function ends<T>(items: readonly T[], n: number): { first: T[]; last: T[] } {
  const first = items.slice(0, n);
  const last = items.slice(Math.max(n, items.length - n)).reverse();
  return { first, last };
}

/** Sentences joined into a paragraph, leaving out the ones there was nothing to say in. */
export function paragraph(sentences: readonly (string | null | undefined | false)[]): string {
  return sentences.filter((s): s is string => Boolean(s)).join(' ');
}
