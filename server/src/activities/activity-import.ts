import { actorName, authorize, scopesFor, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { Collector } from '../imports/collector.js';
import type { RecordStream } from '../imports/import.types.js';
import { finishBatch, listed, nothingToWrite, startBatch } from '../imports/import-batch.js';
import type { ImportReport, ImportRequest } from '../imports/import-report.js';
import { loadReferenceData } from '../imports/reference-data.js';
import { suggest } from '../imports/suggest.js';
import { readWholeFile, refusesStatusOptions } from '../imports/whole-file.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import type { ActivityRecord } from './activity-layout.js';
import { type ActivityRow, AMOUNTS, sameActivity, storedActivities, writeActivities } from './activity-store.js';
import { loadTargetGroupRule, resolveTargetGroup, unknownTargetGroupMessage } from './target-group.js';

// An activity file through the import pipeline: read whole (a province's activities for a year are thousands of rows
// at most), checked against the registry, the programme catalogue and who may write for which implementer, and
// written in one transaction — or, with any problem or in a dry run, not at all. Each activity in the file is stated
// whole: its figures and its stages replace what was stored for it, so importing the same file again changes nothing.

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
  if (refusesStatusOptions(request, report, 'an activity file')) return;
  const records = readWholeFile<ActivityRecord>(stream, report);
  if (!records) return;
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
      await finishBatch(tx, batchId, report.counts);
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
  const [ref, groups] = await Promise.all([loadReferenceData(db), loadTargetGroupRule(db.sql)]);
  const today = new Date().toISOString().slice(0, 10);
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
    // The target group is a PPKS category, stored by its code ("" when the file gives none).
    const targetGroup = r.targetGroup === '' ? '' : resolveTargetGroup(groups, r.targetGroup);
    if (targetGroup === null) add('targetGroup', 'UNKNOWN_TARGET_GROUP', unknownTargetGroupMessage(groups, r.targetGroup));
    if (r.status === 'PLAN') {
      for (const field of ['budgetRealised', 'beneficiariesRealised', 'actualDate', 'reportDate'] as const) {
        if (r[field] !== null)
          add(
            field,
            'REALISED_IN_PLAN',
            `a renja (proposal) has no realisation yet: leave ${r.labels[field]} empty or write realisasi as the status`,
          );
      }
    }
    for (const field of ['plannedDate', 'actualDate', 'reportDueDate', 'reportDate'] as const) {
      const date = r[field];
      if (date && Math.abs(Number(date.slice(0, 4)) - r.year) > 1)
        add(field, 'DATE_OUTSIDE_YEAR', `${date} is far from the year ${r.year} of the activity`);
    }
    if (r.stage === null && (r.plannedDate || r.actualDate || r.reportDueDate || r.reportDate)) {
      add(
        r.plannedDate || r.actualDate ? 'plannedDate' : 'reportDueDate',
        'DATE_WITHOUT_STAGE',
        'distribution and report dates belong to a stage: write the tahap (1, 2, …) on this row',
      );
    }
    // A report cannot have come in after the day the file is read.
    if (r.reportDate && r.reportDate > today) {
      add(
        'reportDate',
        'DATE_IN_FUTURE',
        `tanggal laporan ${r.reportDate} belum terjadi: tulis tanggal laporan diterima (the report date ${r.reportDate} is in the future)`,
      );
    }
    if (
      issues.issues.length + issues.omitted.count > before ||
      !implementerCode ||
      !locationCode ||
      owner === undefined ||
      targetGroup === null
    )
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
      targetGroup,
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
        targetGroup,
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
        reportDueDate: r.reportDueDate,
        reportDate: r.reportDate,
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
