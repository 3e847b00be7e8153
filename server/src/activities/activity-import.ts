import { actorName, authorize, scopesFor, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import type { ImportReport, ImportRequest } from '../imports/import.service.js';
import type { RecordStream } from '../imports/import.types.js';
import { listed, nothingToWrite, startBatch } from '../imports/import-batch.js';
import { ImportFileError } from '../imports/read-table.js';
import { loadReferenceData } from '../imports/reference-data.js';
import { Collector, suggest } from '../imports/validate.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import type { ActivityRecord } from './activity-layout.js';

// An activity file through the import pipeline: read whole (a province's activities for a year are thousands of rows
// at most), checked against the registry, the programme catalogue and who may write for which implementer, and
// written in one transaction — or, with any problem or in a dry run, not at all. Each activity in the file is stated
// whole: its figures and its stages replace what was stored for it, so importing the same file again changes nothing.

const AMOUNTS = ['budgetPlanned', 'budgetRealised', 'beneficiariesPlanned', 'beneficiariesRealised'] as const;
type Amounts = Record<(typeof AMOUNTS)[number], number | null>;

export interface StageRow extends Amounts {
  stage: number;
  plannedDate: string | null;
  actualDate: string | null;
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

class RolledBack extends Error {}

/**
 * Who may write an activity: an editor, verifier or administrator of the region that implements it (a province's
 * Dinas Sosial for the province's activities, a kabupaten's for its own), or a national administrator. A province's
 * account does not write its kabupaten's activities: each government answers for its own.
 */
export function implementerAllowed(viewer: Viewer): (implementerCode: string) => string | null {
  const scopes = scopesFor(viewer, 'submit');
  const national = scopesFor(viewer, 'administer').includes(NATIONAL_CODE);
  return (code) =>
    national || scopes.includes(code)
      ? null
      : `activities of ${code} are written by that region’s own accounts; yours may write for ${scopes.join(', ') || 'no region'} (di luar wilayah Anda)`;
}

export async function importActivityFile(db: Database, request: ImportRequest, stream: RecordStream, report: ImportReport) {
  authorize(request.viewer, 'submit', 'import activities');
  if (request.publish || request.draft) {
    report.errors.push({
      line: null,
      code: 'BAD_ARGUMENT',
      message: `an activity file is neither published statistics nor drafts: import it without ${request.publish ? 'publish' : 'draft'}`,
    });
    return;
  }
  const records: ActivityRecord[] = [];
  try {
    for (const record of stream.records) {
      report.counts.records++;
      records.push(record as ActivityRecord);
    }
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    report.errors = [{ line: null, code: err.code, message: err.message }];
    return;
  }
  const issues = new Collector();
  for (const issue of stream.issues) issues.issues.push(issue);
  const activities = await checkActivities(db, records, implementerAllowed(request.viewer), issues);
  report.errors = listed(
    [...issues.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    (stream.omitted?.count ?? 0) + issues.omitted.count,
  );
  if (report.errors.length) return;

  const changedBy = actorName(request.viewer);
  try {
    await db.transaction(async (tx) => {
      // One import at a time, as for figures: between comparing and writing, nobody else writes activities.
      await tx.query('LOCK TABLE activity, activity_stage IN SHARE ROW EXCLUSIVE MODE');
      const stored = await storedActivities(tx, activities);
      const changed = activities.filter((a) => !sameActivity(a, stored.get(a.key)));
      const inserted = changed.filter((a) => !stored.has(a.key)).length;
      Object.assign(report.counts, {
        inserted,
        updated: changed.length - inserted,
        valueChanges: changed.length - inserted,
        unchanged: activities.length - changed.length,
      });
      if (changed.length === 0) {
        report.notices.push(nothingToWrite({ records: report.counts.records, missing: 0 }, request.dryRun === true));
        throw new RolledBack();
      }
      if (request.dryRun) throw new RolledBack();
      const batchId = await startBatch(tx, request, changedBy, report.checksum, 'activities');
      await writeActivities(tx, changed, stored, batchId, changedBy, request.reason ?? `Impor ${request.fileName}`);
      await tx.query('UPDATE import_batch SET inserted = $2, updated = $3, unchanged = $4, finished_at = now() WHERE id = $1', [
        batchId,
        report.counts.inserted,
        report.counts.updated,
        report.counts.unchanged,
      ]);
      report.importBatchId = batchId;
    });
    report.status = 'APPLIED';
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
    report.status = request.dryRun ? 'DRY_RUN' : 'APPLIED';
  }
}

/** The file's rows as activities with their stages, every problem reported with its line. */
async function checkActivities(
  db: Database,
  records: readonly ActivityRecord[],
  allowed: (implementerCode: string) => string | null,
  issues: Collector,
): Promise<ActivityRow[]> {
  if (records.length === 0) return [];
  const ref = await loadReferenceData(db);
  const byKey = new Map<string, ActivityRow>();
  const totalsAt = new Map<string, number>();
  const stageAt = new Map<string, number>();
  for (const r of records) {
    const at = { line: r.loc.line };
    const before = issues.issues.length + issues.omitted.count;
    const add = (field: string | null, code: string, message: string) =>
      issues.add(field ? { ...at, column: r.labels[field] ?? field } : at, code, message);

    const programmeCode = r.programme.trim();
    const owner = ref.programmes.get(programmeCode);
    if (owner === undefined) {
      add(
        'programme',
        'UNKNOWN_PROGRAMME',
        `Unknown programme or kegiatan “${programmeCode}”. ${suggest(programmeCode, [...ref.programmes.keys()])}`.trim(),
      );
    }
    const implementer = ref.regions.resolve(r.implementer, {});
    let implementerCode: string | null = null;
    if ('error' in implementer) add('implementer', implementer.error.code, implementer.error.message);
    else {
      implementerCode = implementer.code;
      const level = ref.regionLevels.get(implementerCode);
      if (level !== 'PROVINCE' && level !== 'REGENCY_CITY') {
        add(
          'implementer',
          'BAD_IMPLEMENTER',
          `${r.implementer.text} is not a province or kabupaten/kota: only their governments implement activities`,
        );
        implementerCode = null;
      } else {
        const refused = allowed(implementerCode);
        if (refused) {
          add('implementer', 'OUT_OF_SCOPE', refused);
          implementerCode = null;
        }
      }
    }
    const location = ref.regions.resolve(r.location, {
      level: 'REGENCY_CITY',
      ...(implementerCode && ref.regionLevels.get(implementerCode) === 'PROVINCE' ? { parentCode: implementerCode } : {}),
    });
    let locationCode: string | null = null;
    if ('error' in location) add('location', location.error.code, location.error.message);
    else if (ref.regionLevels.get(location.code) !== 'REGENCY_CITY') {
      add(
        'location',
        'BAD_LOCATION',
        `${r.location.text} is not a kabupaten/kota: write the kabupaten/kota, and the kecamatan and desa in their own columns`,
      );
    } else locationCode = location.code;
    if (
      implementerCode &&
      locationCode &&
      !(locationCode === implementerCode || locationCode.startsWith(`${implementerCode}.`))
    ) {
      add(
        'location',
        'OUTSIDE_IMPLEMENTER',
        `${locationCode} lies outside ${implementerCode}: a government implements activities inside its own region`,
      );
    }
    if (owner && implementerCode && !(implementerCode === owner || implementerCode.startsWith(`${owner}.`))) {
      add(
        'programme',
        'OUTSIDE_PROGRAMME_REGION',
        `${programmeCode} is a programme of region ${owner}: ${implementerCode} lies outside it`,
      );
    }
    if (r.status === 'PLAN') {
      for (const field of ['budgetRealised', 'beneficiariesRealised', 'actualDate'] as const) {
        if (r[field] !== null)
          add(
            field,
            'REALISED_IN_PLAN',
            `a renja (proposal) has no realisation yet: leave ${r.labels[field]} empty or write realisasi as the status`,
          );
      }
    }
    for (const field of ['plannedDate', 'actualDate'] as const) {
      const date = r[field];
      if (date && Math.abs(Number(date.slice(0, 4)) - r.year) > 1)
        add(field, 'DATE_OUTSIDE_YEAR', `${date} is far from the year ${r.year} of the activity`);
    }
    if (r.stage === null && (r.plannedDate || r.actualDate)) {
      add('plannedDate', 'DATE_WITHOUT_STAGE', 'distribution dates belong to a stage: write the tahap (1, 2, …) on this row');
    }
    if (issues.issues.length + issues.omitted.count > before || !implementerCode || !locationCode || owner === undefined)
      continue;

    const district = r.district;
    const village = r.village;
    const key = [
      r.year,
      r.status,
      programmeCode,
      implementerCode,
      locationCode,
      district,
      village,
      r.fundingSource,
      r.targetGroup,
    ].join('|');
    let activity = byKey.get(key);
    if (!activity) {
      activity = {
        key,
        line: r.loc.line,
        year: r.year,
        status: r.status,
        programmeCode,
        implementerCode,
        locationCode,
        district,
        village,
        fundingSource: r.fundingSource,
        targetGroup: r.targetGroup,
        description: r.description,
        budgetPlanned: null,
        budgetRealised: null,
        beneficiariesPlanned: null,
        beneficiariesRealised: null,
        stages: [],
      };
      byKey.set(key, activity);
    }
    if (r.description && !activity.description) activity.description = r.description;
    if (r.stage === null) {
      const first = totalsAt.get(key);
      if (first !== undefined) {
        add(
          null,
          'DUPLICATE_ROW',
          `this activity is given twice (first on line ${first}): give its totals once, and each tahap once`,
        );
        continue;
      }
      totalsAt.set(key, r.loc.line);
      for (const f of AMOUNTS) activity[f] = r[f];
    } else {
      const stageKey = `${key}|${r.stage}`;
      const first = stageAt.get(stageKey);
      if (first !== undefined) {
        add('stage', 'DUPLICATE_ROW', `tahap ${r.stage} of this activity is given twice (first on line ${first})`);
        continue;
      }
      stageAt.set(stageKey, r.loc.line);
      activity.stages.push({
        stage: r.stage,
        plannedDate: r.plannedDate,
        actualDate: r.actualDate,
        budgetPlanned: r.budgetPlanned,
        budgetRealised: r.budgetRealised,
        beneficiariesPlanned: r.beneficiariesPlanned,
        beneficiariesRealised: r.beneficiariesRealised,
      });
    }
  }
  // An activity given by its stages only adds them up.
  for (const [key, activity] of byKey) {
    activity.stages.sort((a, b) => a.stage - b.stage);
    if (totalsAt.has(key)) continue;
    for (const f of AMOUNTS) {
      const values = activity.stages.map((s) => s[f]).filter((v): v is number => v !== null);
      activity[f] = values.length ? Math.round(values.reduce((s, v) => s + v, 0) * 100) / 100 : null;
    }
  }
  return [...byKey.values()];
}

interface StoredActivity extends Omit<ActivityRow, 'line'> {
  id: number;
}

const KEY_COLUMNS = `a.year || '|' || a.status::text || '|' || a.programme_code || '|' || a.implementer_code || '|' || a.location_code
  || '|' || a.district || '|' || a.village || '|' || a.funding_source::text || '|' || a.target_group`;

/** The stored activities the file names, with their stages, in one statement. */
async function storedActivities(tx: SqlClient, activities: readonly ActivityRow[]): Promise<Map<string, StoredActivity>> {
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
                        'actualDate', to_char(s.actual_date, 'YYYY-MM-DD'), 'budgetPlanned', s.budget_planned,
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

function sameActivity(a: ActivityRow, b: StoredActivity | undefined): boolean {
  if (!b) return false;
  if (!sameAmounts(a, b) || (a.description ?? null) !== (b.description ?? null) || a.stages.length !== b.stages.length)
    return false;
  return a.stages.every((s, i) => {
    const t = b.stages[i]!;
    return s.stage === t.stage && s.plannedDate === t.plannedDate && s.actualDate === t.actualDate && sameAmounts(s, t);
  });
}

/** New and changed activities: upserted, their stages replaced, each change in the audit trail — five statements. */
async function writeActivities(
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
      `INSERT INTO activity_stage (activity_id, stage, planned_date, actual_date, budget_planned, budget_realised,
                                   beneficiaries_planned, beneficiaries_realised)
       SELECT r."activityId", r.stage, r."plannedDate"::date, r."actualDate"::date, r."budgetPlanned", r."budgetRealised",
              r."beneficiariesPlanned", r."beneficiariesRealised"
       FROM jsonb_to_recordset($1::jsonb) AS r("activityId" int, stage int, "plannedDate" text, "actualDate" text,
            "budgetPlanned" numeric, "budgetRealised" numeric, "beneficiariesPlanned" numeric, "beneficiariesRealised" numeric)`,
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
