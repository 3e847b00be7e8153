import type { SqlClient } from '../db/database.js';

// Reading and writing the activities a file names, set-based: one statement reads them with their stages, five write
// the changed ones (upsert, stages replaced, audit trail), however many rows the file has.

export const AMOUNTS = ['budgetPlanned', 'budgetRealised', 'beneficiariesPlanned', 'beneficiariesRealised'] as const;
export type Amounts = Record<(typeof AMOUNTS)[number], number | null>;

export interface StageRow extends Amounts {
  stage: number;
  plannedDate: string | null;
  actualDate: string | null;
  reportDueDate: string | null;
  reportDate: string | null;
}

export interface ActivityRow extends Amounts {
  key: string;
  line: number;
  year: number;
  status: string;
  programmeCode: string;
  implementerCode: string;
  locationCode: string;
  district: string;
  village: string;
  fundingSource: string;
  targetGroup: string;
  description: string | null;
  stages: StageRow[];
}

export interface StoredActivity extends Omit<ActivityRow, 'line'> {
  id: number;
}

const KEY_COLUMNS = `a.year || '|' || a.status::text || '|' || a.programme_code || '|' || a.implementer_code || '|' || a.location_code
  || '|' || a.district || '|' || a.village || '|' || a.funding_source::text || '|' || a.target_group`;

/** The stored activities the file names, with their stages, in one statement. */
export async function storedActivities(tx: SqlClient, activities: readonly ActivityRow[]): Promise<Map<string, StoredActivity>> {
  const rows = await tx.query<{
    id: number;
    key: string;
    description: string | null;
    amounts: (string | null)[];
    stages: unknown;
  }>(
    `SELECT a.id, ${KEY_COLUMNS} AS key, a.description,
            ARRAY[a.budget_planned::text, a.budget_realised::text, a.beneficiaries_planned::text, a.beneficiaries_realised::text] AS amounts,
            COALESCE((SELECT json_agg(json_build_object('stage', s.stage, 'plannedDate', to_char(s.planned_date, 'YYYY-MM-DD'),
                        'actualDate', to_char(s.actual_date, 'YYYY-MM-DD'),
                        'reportDueDate', to_char(s.report_due_date, 'YYYY-MM-DD'), 'reportDate', to_char(s.report_date, 'YYYY-MM-DD'),
                        'budgetPlanned', s.budget_planned,
                        'budgetRealised', s.budget_realised, 'beneficiariesPlanned', s.beneficiaries_planned,
                        'beneficiariesRealised', s.beneficiaries_realised) ORDER BY s.stage)
                      FROM activity_stage s WHERE s.activity_id = a.id), '[]') AS stages
     FROM activity a WHERE (${KEY_COLUMNS}) = ANY($1::text[])`,
    [activities.map((a) => a.key)],
  );
  const stored = new Map<string, StoredActivity>();
  for (const row of rows) {
    const stages = (typeof row.stages === 'string' ? JSON.parse(row.stages) : row.stages) as Record<string, unknown>[];
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    stored.set(row.key, {
      id: row.id,
      key: row.key,
      description: row.description,
      budgetPlanned: num(row.amounts[0]),
      budgetRealised: num(row.amounts[1]),
      beneficiariesPlanned: num(row.amounts[2]),
      beneficiariesRealised: num(row.amounts[3]),
      stages: stages.map((s) => ({
        stage: Number(s.stage),
        plannedDate: (s.plannedDate as string | null) ?? null,
        actualDate: (s.actualDate as string | null) ?? null,
        reportDueDate: (s.reportDueDate as string | null) ?? null,
        reportDate: (s.reportDate as string | null) ?? null,
        budgetPlanned: num(s.budgetPlanned),
        budgetRealised: num(s.budgetRealised),
        beneficiariesPlanned: num(s.beneficiariesPlanned),
        beneficiariesRealised: num(s.beneficiariesRealised),
      })),
    } as StoredActivity);
  }
  return stored;
}

const sameAmounts = (a: Amounts, b: Amounts) => AMOUNTS.every((f) => a[f] === b[f]);

export function sameActivity(a: ActivityRow, b: StoredActivity | undefined): boolean {
  if (!b) return false;
  if (!sameAmounts(a, b) || (a.description ?? null) !== (b.description ?? null) || a.stages.length !== b.stages.length)
    return false;
  return a.stages.every((s, i) => {
    const t = b.stages[i]!;
    return (
      s.stage === t.stage &&
      s.plannedDate === t.plannedDate &&
      s.actualDate === t.actualDate &&
      s.reportDueDate === t.reportDueDate &&
      s.reportDate === t.reportDate &&
      sameAmounts(s, t)
    );
  });
}

/** New and changed activities: upserted, their stages replaced, each change in the audit trail — five statements. */
export async function writeActivities(
  tx: SqlClient,
  changed: readonly ActivityRow[],
  stored: ReadonlyMap<string, StoredActivity>,
  batchId: number,
  changedBy: string,
  reason: string,
): Promise<void> {
  const rows = JSON.stringify(changed.map(({ stages: _stages, line: _line, key: _key, ...a }) => a));
  const ids = await tx.query<{ id: number; key: string }>(
    `INSERT INTO activity (year, status, programme_code, implementer_code, location_code, district, village, funding_source,
                           target_group, description, budget_planned, budget_realised, beneficiaries_planned,
                           beneficiaries_realised, import_batch_id, created_import_batch_id)
     SELECT r.year, r.status::"ActivityStatus", r."programmeCode", r."implementerCode", r."locationCode", r.district, r.village,
            r."fundingSource"::"FundingSource", r."targetGroup", r.description, r."budgetPlanned", r."budgetRealised",
            r."beneficiariesPlanned", r."beneficiariesRealised", $2, $2
     FROM jsonb_to_recordset($1::jsonb) AS r(year int, status text, "programmeCode" text, "implementerCode" text,
          "locationCode" text, district text, village text, "fundingSource" text, "targetGroup" text, description text,
          "budgetPlanned" numeric, "budgetRealised" numeric, "beneficiariesPlanned" numeric, "beneficiariesRealised" numeric)
     ON CONFLICT (year, status, programme_code, implementer_code, location_code, district, village, funding_source, target_group)
     DO UPDATE SET description = EXCLUDED.description, budget_planned = EXCLUDED.budget_planned,
       budget_realised = EXCLUDED.budget_realised, beneficiaries_planned = EXCLUDED.beneficiaries_planned,
       beneficiaries_realised = EXCLUDED.beneficiaries_realised, import_batch_id = EXCLUDED.import_batch_id
     RETURNING id, ${KEY_COLUMNS.replaceAll('a.', 'activity.')} AS key`,
    [rows, batchId],
  );
  const idOf = new Map(ids.map((r) => [r.key, r.id]));
  await tx.query('DELETE FROM activity_stage WHERE activity_id = ANY($1::int[])', [ids.map((r) => r.id)]);
  const stages = changed.flatMap((a) => a.stages.map((s) => ({ ...s, activityId: idOf.get(a.key) })));
  if (stages.length) {
    await tx.query(
      `INSERT INTO activity_stage (activity_id, stage, planned_date, actual_date, report_due_date, report_date, budget_planned,
                                   budget_realised, beneficiaries_planned, beneficiaries_realised)
       SELECT r."activityId", r.stage, r."plannedDate"::date, r."actualDate"::date, r."reportDueDate"::date, r."reportDate"::date,
              r."budgetPlanned", r."budgetRealised", r."beneficiariesPlanned", r."beneficiariesRealised"
       FROM jsonb_to_recordset($1::jsonb) AS r("activityId" int, stage int, "plannedDate" text, "actualDate" text,
            "reportDueDate" text, "reportDate" text, "budgetPlanned" numeric, "budgetRealised" numeric, "beneficiariesPlanned" numeric, "beneficiariesRealised" numeric)`,
      [JSON.stringify(stages)],
    );
  }
  const audit = changed.map((a) => {
    const before = stored.get(a.key);
    return {
      key: a.key,
      old: before ? JSON.stringify(describe(before)) : null,
      next: JSON.stringify(describe(a)),
    };
  });
  await tx.query(
    `INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason, import_batch_id)
     SELECT 'activity', r.key, 'activity', r.old, r.next, $2, $3, $4
     FROM jsonb_to_recordset($1::jsonb) AS r(key text, old text, next text)`,
    [JSON.stringify(audit), changedBy, reason, batchId],
  );
}

/** What the audit trail keeps of an activity: its figures and stages. */
function describe(a: Pick<ActivityRow, 'description' | 'stages' | (typeof AMOUNTS)[number]>) {
  return {
    description: a.description,
    ...Object.fromEntries(AMOUNTS.map((f) => [f, a[f]])),
    stages: a.stages,
  };
}
