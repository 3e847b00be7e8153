// An activity's target group (sasaran) is a PPKS category of the Kementerian Sosial data guidelines, held as
// reference data (prisma/seed/breakdowns, set "ppks"). A file names it by code, by its name or abbreviation (the
// breakdown files' rule), or by a spelling Dinas Sosial tables use; it is stored as the category's code.

import { type CategoryRef, type CategoryRule, categoryKey, categoryRule, resolveCategory } from '../breakdowns/categories.js';
import type { SqlClient } from '../db/database.js';

export const PPKS_SET = 'ppks';

/**
 * Codes written loosely, and spellings in use for a few categories besides the guideline's name, as keys (see categoryKey): "lansia" is the
 * usual short form of lanjut usia, ODHA of orang dengan HIV/AIDS, KAT of komunitas adat terpencil (the nomenclature's
 * own kegiatan name writes it so), "perdagangan orang" is the Indonesian word for trafficking.
 */
const SPELLINGS: readonly [from: RegExp, to: string][] = [
  // The code with a space or dash, or without its leading zero: "PPKS 24", "PPKS-8".
  [/^ppks ?(\d)$/, 'ppks0$1'],
  [/^ppks (\d\d)$/, 'ppks$1'],
  [/\blansia\b/g, 'lanjut usia'],
  [/\btunasusila\b/g, 'tuna susila'],
  [/^odha$/, 'orang dengan hiv aids'],
  [/^kat$/, 'komunitas adat terpencil'],
  [/\bperdagangan orang\b/g, 'trafficking'],
  [/\bnarkoba\b/g, 'napza'],
  // "Anak Berhadapan dengan Hukum", "Anak Memerlukan Perlindungan Khusus": the guideline's "yang" left out.
  [/\byang\b/g, ''],
];

export function targetGroupKey(text: string): string {
  let key = categoryKey(text);
  for (const [from, to] of SPELLINGS) key = key.replace(from, to);
  return key.replace(/\s+/g, ' ').trim();
}

export interface TargetGroupRule {
  categories: readonly CategoryRef[];
  byKey: ReadonlyMap<string, string>;
  rule: CategoryRule;
}

export function targetGroupRule(categories: readonly CategoryRef[]): TargetGroupRule {
  const rule = categoryRule(PPKS_SET, 'PPKS', categories);
  const byKey = new Map<string, string>();
  for (const c of categories) {
    for (const text of [c.code, c.nameId, c.nameEn, c.abbreviation]) if (text) byKey.set(targetGroupKey(text), c.code);
  }
  return { categories, byKey, rule };
}

/** The PPKS category's code the text names; null when it names none. */
export function resolveTargetGroup(rule: TargetGroupRule, text: string): string | null {
  return resolveCategory(rule.rule, text) ?? rule.byKey.get(targetGroupKey(text)) ?? null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length]!;
}

/**
 * Up to three categories close to a text that names none: those sharing a word with it (more words first), then
 * those within a few typing mistakes of the name.
 */
export function closeTargetGroups(rule: TargetGroupRule, text: string): CategoryRef[] {
  const key = targetGroupKey(text);
  if (key === '') return [];
  const words = new Set(key.split(' ').filter((w) => w.length >= 4));
  const scored = rule.categories.map((c) => {
    const name = targetGroupKey(c.nameId);
    const nameWords = name.split(' ');
    const shared = nameWords.filter((w) => [...words].some((x) => w.startsWith(x) || x.startsWith(w) || w.includes(x))).length;
    return { c, shared, distance: editDistance(key, name) };
  });
  const limit = Math.max(2, Math.floor(key.length / 3));
  return scored
    .filter((s) => s.shared > 0 || s.distance <= limit)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.c.code.localeCompare(b.c.code))
    .slice(0, 3)
    .map((s) => s.c);
}

/** The refusal of a text that names no PPKS category, Bahasa Indonesia first, with close matches when there are any. */
export function unknownTargetGroupMessage(rule: TargetGroupRule, text: string): string {
  const close = closeTargetGroups(rule, text);
  const list = close.map((c) => `${c.code} “${c.nameId}”`).join(', ');
  return (
    `Sasaran “${text}” bukan kategori PPKS dalam pedoman Kementerian Sosial: tulis kodenya (PPKS01–PPKS${String(rule.categories.length).padStart(2, '0')}) atau namanya` +
    (close.length ? `; yang mirip: ${list}.` : '.') +
    ` (“${text}” is not a PPKS category of the Ministry of Social Affairs guidelines: write its code or name` +
    (close.length ? `; close matches: ${close.map((c) => c.code).join(', ')}.)` : '.)')
  );
}

/** The PPKS categories, in the guideline's order: one statement. */
export async function loadTargetGroupRule(sql: SqlClient): Promise<TargetGroupRule> {
  const rows = await sql.query<CategoryRef>(
    `SELECT code, name_id AS "nameId", name_en AS "nameEn", abbreviation FROM breakdown_category
     WHERE set_code = $1 AND position > 0 ORDER BY position`,
    [PPKS_SET],
  );
  return targetGroupRule(rows);
}
