import type { Database } from '../db/database.js';
import type { ActivityStatus, FundingSource } from '../generated/prisma/enums.js';
import { badInput } from '../messages/errors.js';
import type { Activity, ActivityBudgetSeries, ActivityOverlap, ActivityRankingRow, ActivityStage } from './activities.types.js';
import { countReports, findOverlaps, type RankingOrder, rankRegions, type StageReport, stageTiming } from './activity.rules.js';

// Reading activities: each answer is one SQL statement whatever the number of regions, activities or stages (stages
// come with their activity as JSON), and the rules (overlap, timeliness, ranking) are applied to its rows.

export interface ResolvedFilter {
  programmeCode: string | null;
  implementerCode: string | null;
  locationCode: string | null;
  year: number | null;
  status: ActivityStatus | null;
  /** A PPKS category's code. */
  targetGroup: string | null;
}

/** Activities a page may hold, and activities an overlap check reads for one province and year. */
export const MAX_PAGE = 1_000;
export const MAX_OVERLAP_ROWS = 20_000;

const ACTIVITY_SELECT = `
  SELECT a.id, a.year, a.status::text AS status, a.programme_code AS "programmeCode", p.name_id AS "programmeName",
         a.implementer_code AS "implementerCode", ri.name AS "implementerName", a.location_code AS "locationCode",
         rl.name AS "locationName", NULLIF(a.district, '') AS district, NULLIF(a.village, '') AS village,
         a.funding_source::text AS "fundingSource", NULLIF(a.target_group, '') AS "targetGroupCode", a.description,
         a.budget_planned::float8 AS "budgetPlanned", a.budget_realised::float8 AS "budgetRealised",
         a.beneficiaries_planned::float8 AS "beneficiariesPlanned", a.beneficiaries_realised::float8 AS "beneficiariesRealised",
         to_char(b.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "dataAsOf",
         COALESCE((SELECT json_agg(json_build_object('stage', s.stage, 'plannedDate', to_char(s.planned_date, 'YYYY-MM-DD'),
                     'actualDate', to_char(s.actual_date, 'YYYY-MM-DD'), 'reportDueDate', to_char(s.report_due_date, 'YYYY-MM-DD'),
                     'reportDate', to_char(s.report_date, 'YYYY-MM-DD'), 'budgetPlanned', s.budget_planned::float8,
                     'budgetRealised', s.budget_realised::float8, 'beneficiariesPlanned', s.beneficiaries_planned::float8,
                     'beneficiariesRealised', s.beneficiaries_realised::float8) ORDER BY s.stage)
                   FROM activity_stage s WHERE s.activity_id = a.id), '[]') AS stages`;
const ACTIVITY_FROM = `
  FROM activity a
    JOIN programme p ON p.code = a.programme_code
    JOIN region ri ON ri.code = a.implementer_code
    JOIN region rl ON rl.code = a.location_code
    LEFT JOIN import_batch b ON b.id = a.import_batch_id`;
const ACTIVITY_ORDER = 'ORDER BY a.year, a.location_code, a.programme_code, a.implementer_code, a.status, a.id';

/** A code and everything below it in the nomenclature ("1.06.04" holds "1.06.04.2.01.0001"). */
const UNDER = (column: string, param: string) => `(${column} = ${param} OR ${column} LIKE ${param} || '.%')`;

type ActivityRow = Omit<Activity, 'realisation' | 'stages'> & { stages: unknown; totalCount?: number };

const percent = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1e6) / 1e4;

const today = () => new Date().toISOString().slice(0, 10);

function activityOf(row: ActivityRow, asOf: string): Activity {
  const raw = (typeof row.stages === 'string' ? JSON.parse(row.stages) : row.stages) as Omit<ActivityStage, 'onTime'>[];
  const { totalCount: _count, ...rest } = row;
  return {
    ...rest,
    status: row.status as ActivityStatus,
    fundingSource: row.fundingSource as FundingSource,
    realisation: percent(row.budgetRealised, row.budgetPlanned),
    // A renja's stages are a proposal's schedule: nothing is due or late yet.
    stages: raw.map((s) => {
      const timing = stageTiming(s, asOf);
      return { ...s, onTime: row.status === 'REALISATION' && timing.due ? timing.onTime : null };
    }),
  };
}

export async function listActivities(
  db: Database,
  filter: ResolvedFilter,
  first: number,
): Promise<{ nodes: Activity[]; totalCount: number }> {
  if (!(first >= 0 && first <= MAX_PAGE)) throw badInput(`first must be between 0 and ${MAX_PAGE}.`);
  const rows = await db.sql.query<ActivityRow>(
    `${ACTIVITY_SELECT}, count(*) OVER ()::int AS "totalCount" ${ACTIVITY_FROM}
     WHERE ($1::text IS NULL OR ${UNDER('a.programme_code', '$1')}) AND ($2::text IS NULL OR a.implementer_code = $2)
       AND ($3::text IS NULL OR ${UNDER('a.location_code', '$3')}) AND ($4::int IS NULL OR a.year = $4)
       AND ($5::text IS NULL OR a.status::text = $5)
       AND ($6::text IS NULL OR a.target_group = $6)
     ${ACTIVITY_ORDER} LIMIT $7`,
    [filter.programmeCode, filter.implementerCode, filter.locationCode, filter.year, filter.status, filter.targetGroup, first],
  );
  const asOf = today();
  return { nodes: rows.map((r) => activityOf(r, asOf)), totalCount: rows[0]?.totalCount ?? 0 };
}

/** Overlapping activities in a province (or one kabupaten/kota) and year: one statement, the rule applied to its rows. */
export async function activityOverlaps(
  db: Database,
  parentCode: string,
  year: number,
  status: ActivityStatus | null,
): Promise<ActivityOverlap[]> {
  const rows = await db.sql.query<ActivityRow>(
    `${ACTIVITY_SELECT} ${ACTIVITY_FROM}
     WHERE ${UNDER('a.location_code', '$1')} AND a.year = $2 AND a.target_group <> '' AND ($3::text IS NULL OR a.status::text = $3)
     ${ACTIVITY_ORDER} LIMIT ${MAX_OVERLAP_ROWS + 1}`,
    [parentCode, year, status],
  );
  if (rows.length > MAX_OVERLAP_ROWS) {
    throw badInput(
      `More than ${MAX_OVERLAP_ROWS.toLocaleString('en-US')} activities with a target group in ${parentCode} in ${year}: ask for one kabupaten/kota, or one status, at a time.`,
    );
  }
  const asOf = today();
  const activities = rows.map((r) => ({ ...activityOf(r, asOf), targetGroup: r.targetGroupCode ?? '' }));
  return findOverlaps(activities).map((g) => ({
    year: g.year,
    status: g.status as ActivityStatus,
    locationCode: g.locationCode,
    locationName: g.activities[0]!.locationName,
    targetGroupCode: g.targetGroup,
    implementerCodes: g.implementerCodes,
    activities: g.activities,
  }));
}

/**
 * Every kabupaten/kota of a province with its realisation and timeliness for a programme (and the entries below it)
 * in a year, whoever implemented the activities there; ranked by rankRegions. Realisations only: a renja has none.
 */
export async function activityRanking(
  db: Database,
  programmeCode: string,
  parentCode: string,
  year: number,
  order: RankingOrder,
  asOf: string,
): Promise<ActivityRankingRow[]> {
  const rows = await db.sql.query<{
    regionCode: string;
    regionName: string;
    activities: number;
    budgetPlanned: number | null;
    budgetRealised: number | null;
    stages: unknown;
  }>(
    `WITH acts AS (
       SELECT a.id, a.location_code, a.budget_planned, a.budget_realised FROM activity a
       WHERE a.status = 'REALISATION' AND a.year = $2 AND ${UNDER('a.programme_code', '$1')} AND a.location_code LIKE $3 || '.%'
     ), money AS (
       SELECT location_code, count(*)::int AS n, sum(budget_planned)::float8 AS bp, sum(budget_realised)::float8 AS br
       FROM acts GROUP BY location_code
     ), timing AS (
       SELECT x.location_code, json_agg(json_build_object('plannedDate', to_char(s.planned_date, 'YYYY-MM-DD'),
                'actualDate', to_char(s.actual_date, 'YYYY-MM-DD'), 'reportDueDate', to_char(s.report_due_date, 'YYYY-MM-DD'),
                'reportDate', to_char(s.report_date, 'YYYY-MM-DD'), 'budgetRealised', s.budget_realised::float8,
                'beneficiariesRealised', s.beneficiaries_realised::float8)) AS stages
       FROM acts x JOIN activity_stage s ON s.activity_id = x.id GROUP BY x.location_code
     )
     SELECT r.code AS "regionCode", r.name AS "regionName", COALESCE(m.n, 0) AS activities, m.bp AS "budgetPlanned",
            m.br AS "budgetRealised", COALESCE(t.stages, '[]') AS stages
     FROM region r LEFT JOIN money m ON m.location_code = r.code LEFT JOIN timing t ON t.location_code = r.code
     WHERE r.level = 'REGENCY_CITY' AND r.parent_code = $3 AND (r.valid_until IS NULL OR r.valid_until >= $2)
     ORDER BY r.code`,
    [programmeCode, year, parentCode],
  );
  const inputs = rows.map((r) => {
    const stages = (typeof r.stages === 'string' ? JSON.parse(r.stages) : r.stages) as (StageReport & {
      plannedDate: string | null;
    })[];
    const timings = stages.map((s) => stageTiming(s, asOf));
    return {
      regionCode: r.regionCode,
      regionName: r.regionName,
      activities: r.activities,
      budgetPlanned: r.budgetPlanned,
      budgetRealised: r.budgetRealised,
      stagesDue: timings.filter((t) => t.due).length,
      stagesOnTime: timings.filter((t) => t.due && t.onTime).length,
      ...countReports(stages, asOf),
    };
  });
  return rankRegions(inputs, order).map((r) => ({
    ...r.row,
    realisation: r.realisation,
    onTime: r.onTime,
    dataResponse: r.dataResponse,
    rank: r.rank,
    realisationRank: r.ranks.REALISATION,
    onTimeRank: r.ranks.ON_TIME,
    dataResponseRank: r.ranks.DATA_RESPONSE,
  }));
}

/** Implementers' activity budgets per year, realisations beside the renja proposals, in one statement. */
export async function activityBudget(
  db: Database,
  implementers: readonly { code: string; name: string }[],
  fromYear: number,
  toYear: number,
  programmeCode: string | null,
): Promise<ActivityBudgetSeries[]> {
  const rows = await db.sql.query<{ code: string; year: number; status: string; bp: number | null; br: number | null }>(
    `SELECT a.implementer_code AS code, a.year, a.status::text AS status, sum(a.budget_planned)::float8 AS bp,
            sum(a.budget_realised)::float8 AS br
     FROM activity a
     WHERE a.implementer_code = ANY($1::text[]) AND a.year BETWEEN $2 AND $3 AND ($4::text IS NULL OR ${UNDER('a.programme_code', '$4')})
     GROUP BY a.implementer_code, a.year, a.status`,
    [implementers.map((i) => i.code), fromYear, toYear, programmeCode],
  );
  const at = new Map(rows.map((r) => [`${r.code}|${r.year}|${r.status}`, r]));
  return implementers.map((i) => ({
    implementerCode: i.code,
    implementerName: i.name,
    points: Array.from({ length: toYear - fromYear + 1 }, (_, k) => {
      const year = fromYear + k;
      const done = at.get(`${i.code}|${year}|REALISATION`);
      const plan = at.get(`${i.code}|${year}|PLAN`);
      return {
        year,
        budgetPlanned: done?.bp ?? null,
        budgetRealised: done?.br ?? null,
        realisation: percent(done?.br ?? null, done?.bp ?? null),
        proposed: plan?.bp ?? null,
      };
    }),
  }));
}
