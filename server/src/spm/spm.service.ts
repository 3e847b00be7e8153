import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../messages/errors.js';
import { visibleObservations } from '../observations/visibility.js';
import { requireRegions } from '../reference/lookups.js';
import { existedIn } from '../regions/existence.js';
import type { RegionRecord } from '../regions/regions.service.js';
import { achievements, type ServiceAchievement, type SpmValue } from './achievement.js';
import { type SpmLevel, servicesFor } from './services.js';

export interface RegionAchievement {
  regionCode: string;
  regionName: string;
  level: SpmLevel;
  year: number;
  services: ServiceAchievement[];
  /** Services with an achievement reported for the year. */
  servicesReported: number;
  /** Services reported with both counts (needing and served). */
  servicesWithCounts: number;
}

const SPM_LEVELS: readonly string[] = ['PROVINCE', 'REGENCY_CITY'];

function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < 2018 || year > 2100) {
    throw badInput({
      en: `year ${year} is not a year of the SPM Bidang Sosial: PP 2/2018 applies from 2018 on (e.g. 2024).`,
      id: `tahun ${year} bukan tahun SPM Bidang Sosial: PP 2/2018 berlaku sejak 2018 (misalnya 2024).`,
    });
  }
}

/**
 * The SPM achievement of each region for a year, each with the basic services of its own government only: one SQL
 * statement for any number of regions (the services' values of every region at once). Only values the viewer may
 * read count (see visibility.ts).
 */
export async function spmAchievements(
  db: Database,
  viewer: Viewer,
  regions: readonly RegionRecord[],
  year: number,
): Promise<RegionAchievement[]> {
  const codes = [...new Set(regions.flatMap((r) => servicesFor(r.level).map((s) => s.indicatorCode)))];
  const rows = regions.length
    ? await db.sql.query<SpmValue & { regionCode: string }>(
        `SELECT o.region_code AS "regionCode", o.indicator_code AS "indicatorCode", o.value::float8 AS value,
                o.numerator::float8 AS numerator, o.denominator::float8 AS denominator, o.status::text AS status
         FROM observation o
         WHERE o.region_code = ANY($1::text[]) AND o.indicator_code = ANY($2::text[]) AND o.period = $3
           AND ${visibleObservations(viewer)}`,
        [regions.map((r) => r.code), codes, String(year)],
      )
    : [];
  return regions.map((region) => {
    const services = achievements(
      servicesFor(region.level),
      rows.filter((r) => r.regionCode === region.code),
    );
    return {
      regionCode: region.code,
      regionName: region.name,
      level: region.level as SpmLevel,
      year,
      services,
      servicesReported: services.filter((s) => s.achievement !== null).length,
      servicesWithCounts: services.filter((s) => s.needing !== null).length,
    };
  });
}

/** One province's or kabupaten/kota's achievement; another level has no SPM Bidang Sosial of its own. */
export async function spmAchievementOf(
  { db, viewer, loaders }: Pick<Context, 'db' | 'viewer' | 'loaders'>,
  regionText: string,
  year: number,
): Promise<RegionAchievement> {
  requireYear(year);
  const [region] = await requireRegions(loaders, [regionText.trim()]);
  if (!SPM_LEVELS.includes(region!.level)) {
    throw badInput({
      en: `${region!.name} (${region!.code}) has no SPM Bidang Sosial of its own: PP 2/2018 Pasal 10 sets basic services for provinces and kabupaten/kota only.`,
      id: `${region!.name} (${region!.code}) tidak memiliki SPM Bidang Sosial sendiri: PP 2/2018 Pasal 10 menetapkan pelayanan dasar untuk provinsi dan kabupaten/kota saja.`,
    });
  }
  const [answer] = await spmAchievements(db, viewer, [region!], year);
  return answer!;
}

/**
 * The kabupaten/kota of a province, each with its own five services (outside panti, its own disasters): what a
 * province's rakor reviews. The province's own services are not among them (see spmAchievementOf).
 */
export async function spmAchievementsUnder(
  { db, viewer, loaders }: Pick<Context, 'db' | 'viewer' | 'loaders'>,
  parentText: string,
  year: number,
): Promise<RegionAchievement[]> {
  requireYear(year);
  const [parent] = await requireRegions(loaders, [parentText.trim()]);
  if (parent!.level !== 'PROVINCE') {
    throw badInput({
      en: `${parent!.name} (${parent!.code}) is not a province: give a province to list the SPM achievement of its kabupaten/kota.`,
      id: `${parent!.name} (${parent!.code}) bukan provinsi: sebutkan provinsi untuk melihat capaian SPM kabupaten/kotanya.`,
    });
  }
  const children = (await loaders.childrenOf.load(parent!.code)).filter(
    (c) => c.level === 'REGENCY_CITY' && existedIn(c.existsSince, year),
  );
  return spmAchievements(db, viewer, children, year);
}
