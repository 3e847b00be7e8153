// What every generator writes with: CSV lines and whole random numbers. Below the generators' registry
// (generators.ts), which imports every generator.

/** A CSV line of plain cells (generators write codes, names without commas or quotes, and numbers). */
export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells
    .map((c) => {
      const text = c === null ? '' : String(c);
      return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',');
}

/** A whole uniform number in [min, max]. */
export function between(random: () => number, min: number, max: number): number {
  return Math.floor(min + random() * (max - min + 1));
}
