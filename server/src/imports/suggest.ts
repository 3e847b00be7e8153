/** "Did you mean …?" for codes typed by hand. */
export function suggest(text: string, options: readonly string[]): string {
  const needle = text.trim().toLowerCase();
  if (!needle) return '';
  const scored = options
    .map((o) => ({ o, d: distance(needle, o.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(needle.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  return scored.length ? `Did you mean ${scored.map((x) => `“${x.o}”`).join(', ')}?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
