// What the demo data's descriptions of their sources say about the publisher's own page and release date. The
// shared data names, for each value, the mirror it was copied from (source_url) and, in words, the publisher's table
// or publication, usually with its bps.go.id address (original_publisher_table). Only what is written there is
// taken: a date is never guessed.

const BPS_PAGE = /https?:\/\/(?:www\.)?bps\.go\.id\/[^\s)"]+/;
/** BPS addresses its publications by release date: /id/publication/2026/02/27/<id>/statistik-indonesia-2026.html. */
const PUBLICATION_DATE = /\/publication\/(\d{4})\/(\d{2})\/(\d{2})\//;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A date written out in a description: "BPS press conference 15 Nov 2024", "(Rakornas …, 9 Nov 2023)". */
const WRITTEN_DATE = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/g;

/** The publisher's page a description names (its bps.go.id address); null when it names none. */
export function publisherPage(description: string): string | null {
  return BPS_PAGE.exec(description)?.[0] ?? null;
}

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * The release date a description gives (YYYY-MM-DD): the date in a BPS publication's address, else the one date
 * written in the description (a press conference). Null when it gives none, or more than one.
 */
export function releaseDateOf(description: string): string | null {
  const page = publisherPage(description);
  const published = page ? PUBLICATION_DATE.exec(page) : null;
  if (published) return iso(Number(published[1]), Number(published[2]), Number(published[3]));
  const written = [...new Set([...description.matchAll(WRITTEN_DATE)].map((m) => m[0]))];
  if (written.length !== 1) return null;
  const [, day, month, year] = WRITTEN_DATE.exec(written[0]!) ?? [];
  WRITTEN_DATE.lastIndex = 0;
  return iso(Number(year), MONTHS.indexOf(month!.toLowerCase()) + 1, Number(day));
}
