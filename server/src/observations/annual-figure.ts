import type { SqlClient } from '../db/database.js';
import { MONTH_NAMES } from './periods.js';

// An indicator with an annual round (`annualRound`: kab/kota poverty is annual and comes from the March Susenas, TPT
// from the August Sakernas) has one figure a year per region: its annual value IS the value of that round. BPS prints
// it twice — the province's March poverty figure in the province table ("2025-03") and again as the province's total
// row of the kab/kota table ("2025") — so both periods may be stored, but they must hold the same number. Every write
// of observations (imports, accepted revisions, a catalogue change of the round) checks, in its own transaction and
// before it commits, the pairs it could have touched; a write that would leave the two apart is refused whole.
//
// Two numbers are compared for each pair: the stored values (what the tables, series and exports read) and the
// proposed ones (a waiting revision's value, else the stored one), so that a verifier cannot later accept a revision
// of one half and leave the other behind.

/**
 * A pair to check: an indicator's annual figure of `year` and its round `round`. Null: every year; the indicator's
 * annual round as the catalogue holds it now; every region.
 */
export interface AnnualPair {
  indicatorCode: string;
  year: number | null;
  round: number | null;
  regionCode: string | null;
}

/** Two figures of one pair that differ. */
export interface AnnualRoundConflict {
  indicatorCode: string;
  regionCode: string;
  year: number;
  round: number;
  /** Values as text without trailing zeros ("13.24"); the stored value, or, when those agree, the proposed one. */
  annualValue: string;
  roundValue: string;
  /** Whether the stored values agree and only waiting revisions differ. */
  proposedOnly: boolean;
}

/** The year as a number for the set of cells of one indicator (see ImportWriter): year and month (0: the year). */
export const cellNumber = (year: number, subperiod: number) => year * 16 + subperiod;

/**
 * The pairs an import can touch: years where the file gives the annual figure or the round and the other is in the
 * file or already stored. Computed from the cells (indicator × period) alone, in memory, so that an import of a new
 * year of annual kab/kota figures — the bulk of a large import, with no round beside it — costs no statement at all.
 */
export function touchedPairs(
  annualRounds: ReadonlyMap<string, number>,
  fileCells: ReadonlyMap<string, ReadonlySet<number>>,
  storedCells: ReadonlyMap<string, ReadonlySet<number>>,
): AnnualPair[] {
  const pairs: AnnualPair[] = [];
  for (const [indicatorCode, cells] of fileCells) {
    const round = annualRounds.get(indicatorCode);
    if (!round) continue;
    const stored = storedCells.get(indicatorCode);
    const held = (cell: number) => cells.has(cell) || stored?.has(cell) === true;
    const years = new Set<number>();
    for (const cell of cells) {
      const subperiod = cell % 16;
      if (subperiod === 0 || subperiod === round) years.add((cell - subperiod) / 16);
    }
    for (const year of [...years].sort((a, b) => a - b)) {
      if (held(cellNumber(year, 0)) && held(cellNumber(year, round)))
        pairs.push({ indicatorCode, year, round, regionCode: null });
    }
  }
  return pairs;
}

/** Revisions that still wait (submitted, returned to the editor, or saved as a draft): their value is proposed. */
const WAITING_REVISIONS = `'SUBMITTED', 'RETURNED', 'DRAFT'`;

/**
 * The pairs whose figures differ, as stored now — or, with `staged`, as they will be once the import's staged rows
 * are written: a staged row replaces the stored value unless the row's status is `locked` (a verified value's change
 * becomes a revision, so only its proposed value changes). Rows an import copied straight into the table are stored
 * already. One statement; none when there is nothing to check.
 */
export async function annualRoundConflicts(
  sql: SqlClient,
  pairs: readonly AnnualPair[],
  staged?: { view: string; locked: readonly string[] },
): Promise<AnnualRoundConflict[]> {
  if (pairs.length === 0) return [];
  const locked = (staged?.locked ?? []).map((s) => `'${s}'`).join(', ') || 'NULL';
  const stagedCells = staged
    ? `staged AS (
         SELECT s.indicator_code, s.region_code, s.year, s.subperiod, s.value
         FROM pair p JOIN ${staged.view} s ON s.indicator_code = p.indicator_code AND s.year BETWEEN COALESCE(p.year, 0) AND COALESCE(p.year, 9999)
           AND s.subperiod IN (0, p.round) AND (p.region_code IS NULL OR s.region_code = p.region_code)),`
    : 'staged AS (SELECT NULL::text AS indicator_code, NULL::text AS region_code, NULL::int AS year, NULL::int AS subperiod, NULL::numeric AS value WHERE false),';
  const rows = await sql.query<AnnualRoundConflict>(
    `WITH pair AS (
       SELECT p.indicator_code, p.year, COALESCE(p.round, i.annual_round) AS round, p.region_code
       FROM unnest($1::text[], $2::int[], $3::int[], $4::text[]) AS p(indicator_code, year, round, region_code)
         JOIN indicator i ON i.code = p.indicator_code
       WHERE COALESCE(p.round, i.annual_round) IS NOT NULL),
     stored AS (
       SELECT o.indicator_code, o.region_code, o.year, o.subperiod, o.period, o.value, o.status::text AS status, p.round
       FROM pair p JOIN observation o ON o.indicator_code = p.indicator_code AND o.year BETWEEN COALESCE(p.year, 0) AND COALESCE(p.year, 9999)
         AND o.subperiod IN (0, p.round) AND (p.region_code IS NULL OR o.region_code = p.region_code)),
     ${stagedCells}
     cell AS (
       SELECT COALESCE(t.indicator_code, s.indicator_code) AS indicator_code, COALESCE(t.region_code, s.region_code) AS region_code,
              COALESCE(t.year, s.year) AS year, COALESCE(t.subperiod, s.subperiod) AS subperiod,
              CASE WHEN s.value IS NOT NULL AND (t.status IS NULL OR t.status NOT IN (${locked})) THEN s.value ELSE t.value END AS stored,
              -- A staged change replaces a waiting revision (the import supersedes it); an unchanged row keeps it.
              CASE WHEN t.value IS NULL OR s.value <> t.value THEN COALESCE(s.value, t.value) ELSE COALESCE((
                SELECT r.value FROM observation_revision r
                WHERE r.indicator_code = t.indicator_code AND r.region_code = t.region_code AND r.period = t.period
                  AND r.status IN (${WAITING_REVISIONS})
                ORDER BY r.id DESC LIMIT 1), t.value) END AS proposed
       FROM stored t FULL JOIN staged s
         ON s.indicator_code = t.indicator_code AND s.region_code = t.region_code AND s.year = t.year AND s.subperiod = t.subperiod)
     SELECT a.indicator_code AS "indicatorCode", a.region_code AS "regionCode", a.year, r.subperiod AS round,
            trim_scale(CASE WHEN a.stored <> r.stored THEN a.stored ELSE a.proposed END)::text AS "annualValue",
            trim_scale(CASE WHEN a.stored <> r.stored THEN r.stored ELSE r.proposed END)::text AS "roundValue",
            a.stored = r.stored AS "proposedOnly"
     FROM cell a JOIN cell r ON r.indicator_code = a.indicator_code AND r.region_code = a.region_code AND r.year = a.year
       AND r.subperiod > 0
     WHERE a.subperiod = 0 AND (a.stored <> r.stored OR a.proposed <> r.proposed)
     ORDER BY a.indicator_code, a.region_code, a.year`,
    [pairs.map((p) => p.indicatorCode), pairs.map((p) => p.year), pairs.map((p) => p.round), pairs.map((p) => p.regionCode)],
  );
  return rows;
}

/**
 * The other half of a region's annual figure or round (the "2025-03" of "2025", or the reverse), locked for the
 * caller's transaction; null when the indicator has no annual round, the period is neither half, or the other half is
 * not stored. Used by the writes that change a status rather than a value (disputes and the decisions on them), which
 * must move both halves together.
 */
export async function otherHalf(
  sql: SqlClient,
  key: { indicator: string; region: string; period: string },
): Promise<{ period: string; status: string } | null> {
  const [pair] = await sql.query<{ period: string; status: string }>(
    `SELECT p.period, p.status::text AS status
     FROM observation o JOIN indicator i ON i.code = o.indicator_code
     JOIN observation p ON p.indicator_code = o.indicator_code AND p.region_code = o.region_code AND p.year = o.year
      AND ((o.subperiod = 0 AND p.subperiod = i.annual_round) OR (o.subperiod = i.annual_round AND p.subperiod = 0))
     WHERE o.indicator_code = $1 AND o.region_code = $2 AND o.period = $3 AND i.annual_round IS NOT NULL
     FOR UPDATE OF p`,
    [key.indicator, key.region, key.period],
  );
  return pair ?? null;
}

/** How a pair is named in a sentence: "tahunan 2025 dan Maret 2025" / "annual 2025 and March 2025". */
function pairText(c: Pick<AnnualRoundConflict, 'year' | 'round'>) {
  return {
    id: `angka tahunan ${c.year} dan angka ${MONTH_NAMES.id[c.round]} ${c.year}`,
    en: `the annual ${c.year} figure and the ${MONTH_NAMES.en[c.round]} ${c.year} round`,
  };
}

/** Where a figure of the pair is: a line of the file, or the database. */
export interface FigurePlace {
  annualLine: number | null;
  roundLine: number | null;
}

const at = (line: number | null, id: boolean) =>
  line === null ? (id ? 'tersimpan' : 'stored') : `${id ? 'baris' : 'line'} ${line}`;
const idNumber = (value: string) => value.replace('.', ',');

/**
 * The sentence of an import error, Bahasa Indonesia first, then English: which pair, both values and where each is
 * (a line of the file, or stored), and what to do.
 */
export function importConflictMessage(c: AnnualRoundConflict, place: FigurePlace): string {
  const pair = pairText(c);
  const month = { id: MONTH_NAMES.id[c.round], en: MONTH_NAMES.en[c.round] };
  const id =
    `${c.indicatorCode}, wilayah ${c.regionCode}: ${pair.id} adalah satu angka (angka tahunan diambil dari putaran ${month.id}), ` +
    `tetapi ${c.proposedOnly ? 'revisi yang menunggu verifikasi membuatnya' : 'impor ini membuatnya'} berbeda: ` +
    `${idNumber(c.annualValue)} (${at(place.annualLine, true)}) dan ${idNumber(c.roundValue)} (${at(place.roundLine, true)}). ` +
    'Samakan keduanya dalam satu berkas, atau impor salah satunya saja; tidak ada yang disimpan.';
  const en =
    `${c.indicatorCode}, region ${c.regionCode}: ${pair.en} are one figure (the annual figure comes from the ${month.en} round), ` +
    `but ${c.proposedOnly ? 'a revision waiting for verification would make them' : 'this import would make them'} differ: ` +
    `${c.annualValue} (${at(place.annualLine, false)}) and ${c.roundValue} (${at(place.roundLine, false)}). ` +
    'Give both the same value in one file, or import only one of them; nothing was written.';
  return `${id} / ${en}`;
}

/** The sentence refusing a verifier's decisions that would leave a pair apart (reviewValues). */
export function reviewConflictMessage(c: AnnualRoundConflict): string {
  const pair = pairText(c);
  return (
    `${c.indicatorCode}, wilayah ${c.regionCode}: ${pair.id} adalah satu angka, tetapi keputusan ini membuatnya berbeda ` +
    `(${idNumber(c.annualValue)} dan ${idNumber(c.roundValue)}): verifikasi atau kembalikan revisi keduanya bersama-sama. / ` +
    `${c.indicatorCode}, region ${c.regionCode}: ${pair.en} are one figure, but these decisions would leave them apart ` +
    `(${c.annualValue} and ${c.roundValue}): verify or return the revisions of both together.`
  );
}
