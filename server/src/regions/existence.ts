// Whether a region existed in a year. Only recorded changes count (region-changes.csv, each with its law): a region
// formed by a split exists since the split's year; every other region is taken to have existed throughout.

/** A region formed by a recorded split, with what an analyst needs to move a value to where it belongs. */
export interface Formation {
  code: string;
  name: string;
  /** The year of the split (region.exists_since). */
  since: number;
  /** The region it was formed from. */
  fromCode: string;
  fromName: string;
  /** The law that formed it, as recorded ("UU 15/2022 tentang Pembentukan Provinsi Papua Tengah"). */
  legalBasis: string;
}

/** Whether a region with this `existsSince` existed in `year` (null: it existed before every recorded change). */
export function existedIn(existsSince: number | null | undefined, year: number): boolean {
  return existsSince === null || existsSince === undefined || year >= existsSince;
}

/** "UU 15/2022" from "UU 15/2022 tentang Pembentukan Provinsi Papua Tengah": the sentence stays short. */
export function lawShort(legalBasis: string): string {
  return legalBasis.split(/\s+tentang\s+/i)[0]!.trim();
}

/**
 * Why a value of `year` cannot be stored under a region formed later. BPS tables print figures for a new province in
 * years before it existed: those are its parent's (or a back-cast on boundaries that had no government then).
 */
export function beforeExistenceMessage(f: Formation, year: number, what = 'a value'): string {
  return (
    `${f.name} (${f.code}) exists since ${f.since} (${lawShort(f.legalBasis)}): ${what} for ${year} belongs to ` +
    `${f.fromName} (${f.fromCode}), from which it was formed — import it there, or remove it from the file.`
  );
}
