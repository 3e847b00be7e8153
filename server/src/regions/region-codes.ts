// Which texts are region codes (Kemendagri's) rather than names: a rule with no imports, used by the region
// loaders, the lookups (reference/lookups.ts) and the cost facts alike.

/** A Kemendagri code ("75", "75.02", "75.02.01", "75.02.01.2001") or "ID": looked up as it is, never as a name. */
const KEMENDAGRI_CODE = /^(?:ID|\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?)$/;

export function isKemendagriCode(text: string): boolean {
  return KEMENDAGRI_CODE.test(text);
}
