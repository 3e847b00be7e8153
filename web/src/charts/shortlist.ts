/**
 * The rows a slide can show of a long ranked list: the first and the last `each`, and the chosen region wherever it
 * stands, in their order. 38 provinces cannot be read from the back of a room at once; the best five, the worst five
 * and one's own can. A list short enough is kept whole.
 */
export function shortlist<T>(sorted: readonly T[], isChosen: (row: T) => boolean, each: number): T[] {
  if (sorted.length <= 2 * each + 1) return [...sorted];
  return sorted.filter((row, i) => i < each || i >= sorted.length - each || isChosen(row));
}

/** Rows per end a slide keeps of a list longer than this and one more. */
export const SLIDE_LIST_EACH = 5;
