import type { Lang } from '../../i18n/format';

// Excel number formats for chart values. Separators in a format code are always "," and "."; PowerPoint shows
// them in the reader's locale (8,47% in Indonesian). A percent sign is a literal: the values are already percents.

/** Decimals the values are published with (at most 3): 16.37 → 2, 5.3 → 1, 100 → 0. */
export function valueDecimals(values: readonly (number | null)[]): number {
  let decimals = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    const fraction = v.toFixed(6).replace(/0+$/, '').split('.')[1] ?? '';
    decimals = Math.max(decimals, Math.min(3, fraction.length));
  }
  return decimals;
}

const RUPIAH_SCALES = [
  { factor: 1e12, commas: ',,,,', id: 'triliun', en: 'trillion' },
  { factor: 1e9, commas: ',,,', id: 'miliar', en: 'billion' },
  { factor: 1e6, commas: ',,', id: 'juta', en: 'million' },
];

/** Locale of a format: Indonesian (8,47%) or British English (8.47%), as the dashboard writes numbers. */
const LOCALE: Record<Lang, string> = { id: '[$-421]', en: '[$-809]' };

/**
 * `[$-421]#,##0.00"%"` for percents, `[$-421]"Rp "#,##0.0,,," miliar"` for budgets (as the dashboard writes
 * Rp 32 miliar). `decimals` overrides those of the values (an axis needs fewer).
 */
export function numberFormatFor(values: readonly (number | null)[], unit: string | null, lang: Lang, decimals?: number): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (unit && /rupiah/i.test(unit)) {
    const max = Math.max(0, ...known.map(Math.abs));
    const scale = RUPIAH_SCALES.find((s) => max >= s.factor);
    // Each trailing comma divides by a thousand.
    return `${LOCALE[lang]}${scale ? `"Rp "#,##0.0${scale.commas}" ${scale[lang]}"` : '"Rp "#,##0'}`;
  }
  const places = decimals ?? valueDecimals(known);
  const number = places ? `#,##0.${'0'.repeat(places)}` : '#,##0';
  return `${LOCALE[lang]}${number}${unit && /%|persen|percent/i.test(unit) ? '"%"' : ''}`;
}

/** Decimals an axis needs: enough to tell about five steps across the values (and zero) apart, at most the data's. */
export function axisDecimals(values: readonly (number | null)[]): number {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!known.length) return 0;
  const span = Math.max(0, ...known) - Math.min(0, ...known);
  if (span === 0) return valueDecimals(known);
  return Math.max(0, Math.min(valueDecimals(known), Math.ceil(-Math.log10(span / 5))));
}
