// Which category a file's cell names: the code, the Indonesian or English name, or the abbreviation, compared without
// case, punctuation or repeated spaces, and "telantar" read as "terlantar" (both spellings are in use).

export interface CategoryRef {
  code: string;
  nameId: string;
  nameEn: string;
  abbreviation: string | null;
}

/** An indicator's categories, by every way a file may name them. */
export interface CategoryRule {
  setCode: string;
  setName: string;
  categories: readonly CategoryRef[];
  byKey: ReadonlyMap<string, string>;
}

export function categoryKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\btelantar\b/g, 'terlantar')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function categoryRule(setCode: string, setName: string, categories: readonly CategoryRef[]): CategoryRule {
  const byKey = new Map<string, string>();
  for (const c of categories) {
    for (const text of [c.code, c.nameId, c.nameEn, c.abbreviation]) if (text) byKey.set(categoryKey(text), c.code);
  }
  return { setCode, setName, categories, byKey };
}

/** The category's code, or null when the text names none of the set's categories. */
export function resolveCategory(rule: CategoryRule, text: string): string | null {
  return rule.byKey.get(categoryKey(text)) ?? null;
}
