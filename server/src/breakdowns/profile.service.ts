import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../messages/errors.js';
import { visibilityOf, visibleRows } from '../observations/visibility.js';
import { requireIndicators, requireRegions } from '../reference/lookups.js';
import type { CategoryRef } from './categories.js';
import { type CountRow, existedIn, FigureBook, type Profile, type ProfileRegion, profileOf } from './profile.js';

// Profiles of regions for an indicator counted by category: four statements whatever the number of regions — the
// indicator's categories, the regions of the subtree, the counts of two years in it, and their sources.

export interface ProfileSource {
  id: number;
  title: string;
  url: string;
  publisher: string;
  releasedOn: string | null;
}

export interface BreakdownProfileAnswer extends Profile {
  indicatorCode: string;
  setCode: string;
  setNameId: string;
  setNameEn: string;
  sources: ProfileSource[];
}

const LEVELS = `('NATIONAL', 'PROVINCE', 'REGENCY_CITY')`;
/** Regions at or below the roots (down to kabupaten/kota): codes are hierarchical, "75" holds "75.01". */
const IN_SUBTREE = (alias: string) =>
  `(${alias}.code = ANY($1::text[]) OR 'ID' = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($1::text[]) AS root(code) WHERE ${alias}.code LIKE root.code || '.%'))`;

interface SetRow {
  setCode: string;
  setNameId: string;
  setNameEn: string;
  categories: CategoryRef[] | string;
}

async function categorySet(db: Database, indicatorCode: string): Promise<SetRow> {
  const [row] = await db.sql.query<SetRow>(
    `SELECT s.code AS "setCode", s.name_id AS "setNameId", s.name_en AS "setNameEn",
            json_agg(json_build_object('code', c.code, 'nameId', c.name_id, 'nameEn', c.name_en, 'abbreviation', c.abbreviation)
                     ORDER BY c.position) AS categories
     FROM indicator_breakdown ib JOIN breakdown_set s ON s.code = ib.set_code
       JOIN breakdown_category c ON c.set_code = s.code AND c.position > 0
     WHERE ib.indicator_code = $1 GROUP BY s.code`,
    [indicatorCode],
  );
  if (!row) {
    throw badInput({
      id: `Indikator ${indicatorCode} tidak dirinci menurut kategori; profil kategori ada untuk indikator seperti jumlah_pmks dan jumlah_psks.`,
      en: `${indicatorCode} is not counted by category; category profiles exist for indicators such as jumlah_pmks and jumlah_psks.`,
    });
  }
  return row;
}

export interface ProfileRequest {
  indicatorCode: string;
  year: number;
  /** One region's profile… */
  regionCode?: string;
  /** …or the profiles of a parent's children that existed in the year. */
  parentCode?: string;
}

export async function breakdownProfiles(
  db: Database,
  viewer: Viewer,
  loaders: Context['loaders'],
  request: ProfileRequest,
): Promise<BreakdownProfileAnswer[]> {
  if (!Number.isInteger(request.year) || request.year < 1900 || request.year > 2100) {
    throw badInput({
      id: `Tahun ${request.year} tidak valid: tulis empat angka, 1900–2100.`,
      en: `Year ${request.year} is not valid: write four digits, 1900–2100.`,
    });
  }
  const rootText = (request.regionCode ?? request.parentCode ?? '').trim();
  const [[indicator], [root]] = await Promise.all([
    requireIndicators(loaders, [request.indicatorCode.trim()]),
    requireRegions(loaders, [rootText]),
  ]);
  const set = await categorySet(db, indicator!.code);
  const years = [request.year, request.year - 1];
  const [regions, counts] = await Promise.all([
    db.sql.query<ProfileRegion>(
      `SELECT r.code, r.name, r.level::text AS level, r.parent_code AS "parentCode", r.exists_since AS "existsSince",
              r.valid_until AS "validUntil"
       FROM region r WHERE r.level IN ${LEVELS} AND ${IN_SUBTREE('r')}`,
      [[root!.code]],
    ),
    db.sql.query<CountRow>(
      `SELECT b.region_code AS "regionCode", b.year, b.category_code AS "categoryCode", b.value::float8 AS value,
              b.source_id AS "sourceId", b.status::text AS status
       FROM breakdown_count b JOIN region r ON r.code = b.region_code
       WHERE b.indicator_code = $2 AND b.year = ANY($3::int[]) AND b.subperiod = 0 AND r.level IN ${LEVELS}
         AND ${IN_SUBTREE('r')} AND ${visibleRows(visibilityOf(viewer), 'b')}`,
      [[root!.code], indicator!.code, years],
    ),
  ]);
  const categories = typeof set.categories === 'string' ? (JSON.parse(set.categories) as CategoryRef[]) : set.categories;
  const book = new FigureBook(
    regions,
    counts,
    categories.map((c) => c.code),
  );
  const rootRegion = regions.find((r) => r.code === root!.code);
  if (!rootRegion) {
    throw badInput({
      id: `Profil kategori tersedia untuk Indonesia, provinsi dan kabupaten/kota; ${root!.name} bukan salah satunya.`,
      en: `Category profiles exist for Indonesia, provinces and kabupaten/kota; ${root!.name} is none of them.`,
    });
  }
  const targets = request.parentCode
    ? regions
        .filter((r) => r.parentCode === rootRegion.code && existedIn(r, request.year))
        .sort((a, b) => a.code.localeCompare(b.code))
    : [rootRegion];
  const profiles = targets.map((r) => profileOf(book, r, request.year, categories));
  const ids = [...new Set(profiles.flatMap((p) => p.sourceIds))];
  const sources = ids.length
    ? await db.sql.query<ProfileSource>(
        `SELECT id, title, url, publisher, to_char(released_on, 'YYYY-MM-DD') AS "releasedOn" FROM source WHERE id = ANY($1::int[])`,
        [ids],
      )
    : [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  return profiles.map((p) => ({
    ...p,
    indicatorCode: indicator!.code,
    setCode: set.setCode,
    setNameId: set.setNameId,
    setNameEn: set.setNameEn,
    sources: p.sourceIds.flatMap((id) => byId.get(id) ?? []),
  }));
}

/** The held category sets with their categories and indicators: one statement. */
export async function breakdownSets(db: Database) {
  const rows = await db.sql.query<{
    code: string;
    nameId: string;
    nameEn: string;
    source: string;
    sourceUrl: string | null;
    indicatorCodes: string[];
    categories: (CategoryRef & { position: number })[] | string;
  }>(
    `SELECT s.code, s.name_id AS "nameId", s.name_en AS "nameEn", s.source, s.source_url AS "sourceUrl",
            ARRAY(SELECT ib.indicator_code FROM indicator_breakdown ib WHERE ib.set_code = s.code ORDER BY 1) AS "indicatorCodes",
            (SELECT json_agg(json_build_object('code', c.code, 'position', c.position, 'nameId', c.name_id, 'nameEn', c.name_en,
                                               'abbreviation', c.abbreviation) ORDER BY c.position)
             FROM breakdown_category c WHERE c.set_code = s.code AND c.position > 0) AS categories
     FROM breakdown_set s ORDER BY s.code`,
  );
  return rows.map((r) => ({
    ...r,
    categories: typeof r.categories === 'string' ? JSON.parse(r.categories) : (r.categories ?? []),
  }));
}

/** The years with counts of the indicator in the region or below it, latest first: one statement after the lookups. */
export async function breakdownYears(
  db: Database,
  viewer: Viewer,
  loaders: Context['loaders'],
  args: { indicatorCode: string; regionCode: string },
): Promise<number[]> {
  const [[indicator], [region]] = await Promise.all([
    requireIndicators(loaders, [args.indicatorCode.trim()]),
    requireRegions(loaders, [args.regionCode.trim()]),
  ]);
  const rows = await db.sql.query<{ year: number }>(
    `SELECT DISTINCT b.year FROM breakdown_count b JOIN region r ON r.code = b.region_code
     WHERE b.indicator_code = $2 AND b.subperiod = 0 AND ${IN_SUBTREE('r')} AND ${visibleRows(visibilityOf(viewer), 'b')}
     ORDER BY b.year DESC`,
    [[region!.code], indicator!.code],
  );
  return rows.map((r) => r.year);
}
