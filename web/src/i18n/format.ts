// Intl-based formatters for the dashboard. Indonesian is the default: 8,47%, 1.234,5, Rp 32 miliar, Maret 2025.
export type Lang = 'id' | 'en';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const MINUS = '\u2212';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, min: number, max: number, sign: boolean): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${sign}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
    numberFormats.set(key, f);
  }
  return f;
}

/** Text for a missing value. Never zero. */
export function missingText(lang: Lang): string {
  return lang === 'id' ? 'belum ada data' : 'no data';
}

/** `formatNumber(8.47, 2, 'id') === '8,47'`, `formatNumber(1234.5, 1, 'id') === '1.234,5'`. */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, decimals, decimals, false).format(value).replace('-', MINUS);
}

/** A change with its sign: `+0,43`, `−1,64`, `0,00`. */
export function formatSigned(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, decimals, decimals, true).format(value).replace('-', MINUS);
}

/** `formatPercent(8.47, 2, 'id') === '8,47%'`. */
export function formatPercent(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, decimals, lang)}%`;
}

const RUPIAH_SCALE: { factor: number; id: string; en: string }[] = [
  { factor: 1e12, id: 'triliun', en: 'trillion' },
  { factor: 1e9, id: 'miliar', en: 'billion' },
  { factor: 1e6, id: 'juta', en: 'million' },
];

/** `formatRupiah(32e9, 'id') === 'Rp 32 miliar'`, `formatRupiah(1.5e12, 'en') === 'Rp 1.5 trillion'`. */
export function formatRupiah(value: number | null | undefined, lang: Lang, maxDecimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const scale = RUPIAH_SCALE.find((s) => abs >= s.factor);
  if (!scale) return `Rp ${numberFormat(lang, 0, 0, false).format(value).replace('-', MINUS)}`;
  const scaled = numberFormat(lang, 0, maxDecimals, false)
    .format(value / scale.factor)
    .replace('-', MINUS);
  return `Rp ${scaled} ${scale[lang]}`;
}

// Building an Intl.DateTimeFormat costs far more than using one (a chart's axis labels, a page of
// cards): one per language and style, made on first use.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, style: 'month' | 'shortMonth' | 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      LOCALE[lang],
      style === 'date'
        ? { dateStyle: 'long', timeZone: 'Asia/Jakarta' }
        : style === 'dateTime'
          ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }
          : { month: style === 'month' ? 'long' : 'short', timeZone: 'UTC' },
    );
    dateFormats.set(key, f);
  }
  return f;
}

/** Name of a month (1–12) in the language, from Intl. */
export function monthName(month: number, lang: Lang): string {
  return dateFormat(lang, 'month').format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** A period as BPS writes it: "2025" (annual) or "2025-03" → "Maret 2025" / "March 2025". */
export function formatPeriod(period: string | null | undefined, lang: Lang): string {
  if (!period) return '–';
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!m) return period;
  const year = m[1]!;
  if (!m[2]) return year;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return period;
  return `${monthName(month, lang)} ${year}`;
}

/** Short form for axis labels: "Mar 2025" / "2025". */
export function formatPeriodShort(period: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!m) return period;
  if (!m[2]) return m[1]!;
  const name = dateFormat(lang, 'shortMonth')
    .format(new Date(Date.UTC(2000, Number(m[2]) - 1, 1)))
    .replace('.', '');
  return `${name} ${m[1]}`;
}

/** An ISO timestamp as a date in Jakarta time: "23 November 2026". */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, 'date').format(d);
}

/** A moment to the minute, in Jakarta time (WIB): "5 Des 2026, 09.40". */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, 'dateTime').format(d);
}

export interface UnitInfo {
  unitId: string;
  unitEn: string;
  decimals: number;
}

/** True when the unit is a percentage ("persen"). */
export function isPercent(unit: UnitInfo): boolean {
  return unit.unitId.toLowerCase() === 'persen';
}

/** A value with its unit as people read it: "8,47%", "1.234,56 ribu jiwa", "0,381", "72,62". */
export function formatValue(value: number | null | undefined, unit: UnitInfo, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missingText(lang);
  if (isPercent(unit)) return formatPercent(value, unit.decimals, lang);
  const text = formatNumber(value, unit.decimals, lang);
  const name = lang === 'id' ? unit.unitId : unit.unitEn;
  // Indexes and ratios read without their unit ("72,62", "0,381"); counts keep it ("ribu jiwa").
  if (/^(indeks|rasio|index|ratio)/i.test(name)) return text;
  return `${text} ${name}`;
}

/** Unit for an axis or a subtitle: "%", "ribu jiwa", "indeks (0–100)". */
export function unitLabel(unit: UnitInfo, lang: Lang): string {
  if (isPercent(unit)) return lang === 'id' ? 'persen (%)' : 'percent (%)';
  return lang === 'id' ? unit.unitId : unit.unitEn;
}

/** A change in the indicator's unit: "−0,43 poin persen", "+12,30 ribu jiwa". */
export function formatChange(value: number | null | undefined, unit: UnitInfo, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatSigned(value, unit.decimals, lang);
  if (isPercent(unit)) return `${text} ${lang === 'id' ? 'poin persen' : 'percentage points'}`;
  const name = lang === 'id' ? unit.unitId : unit.unitEn;
  if (/^(indeks|rasio|index|ratio)/i.test(name)) return `${text} ${lang === 'id' ? 'poin' : 'points'}`;
  return `${text} ${name}`;
}

/** Drops addresses and BPS variable numbers from a source title, for a chart footer. */
export function shortSource(title: string | null | undefined): string {
  if (!title) return '';
  return title
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\(var \d+\)/gi, '')
    .replace(/^\s*[A-Z]+ table\s+"([^"]+)"/, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A target as written in planning documents: "4,50%", or a range "7,00–8,00%". */
export function formatTarget(
  target: { value: number | null; lowerBound: number | null; upperBound: number | null },
  unit: UnitInfo,
  lang: Lang,
): string {
  if (target.value !== null) return formatValue(target.value, unit, lang);
  if (target.lowerBound === null || target.upperBound === null) return '–';
  const lower = formatNumber(target.lowerBound, unit.decimals, lang);
  const upper = formatValue(target.upperBound, unit, lang);
  return `${lower}–${upper}`;
}
