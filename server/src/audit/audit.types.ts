import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ImportStatusValue } from '../imports/import.types.graphql.js';

@ObjectType('ImportBatch', {
  description:
    'One applied import of a file: who brought it, when, what it did. Values, targets and programme figures name it in importBatchId.',
})
export class ImportBatchType {
  @Field(() => Int, { description: 'Import batch number, as importBatchId on the values and audit entries it wrote.' })
  id!: number;
  @Field(() => String, { description: 'Name of the file as it was uploaded.' })
  fileName!: string;
  @Field(() => String, { description: 'SHA-256 of the file’s bytes, hex: the same file imported twice has the same checksum.' })
  checksum!: string;
  @Field(() => String, { description: 'Layout recognised: long, wide, targets, programmes or documents.' })
  layout!: string;
  @Field(() => String, { description: 'Username of the account that imported it ("operator:<os user>" from the command line).' })
  importedBy!: string;
  @Field(() => String, { description: 'When the import started (ISO 8601, UTC).' })
  startedAt!: string;
  @Field(() => String, { nullable: true, description: 'When the import was committed (ISO 8601, UTC).' })
  finishedAt!: string | null;
  @Field(() => ImportStatusValue, { description: 'APPLIED: every row was written (only applied imports are recorded).' })
  status!: ImportStatusValue;
  @Field(() => Int, { description: 'Values that were new.' })
  inserted!: number;
  @Field(() => Int, { description: 'Existing values that changed (figure, source or note).' })
  updated!: number;
  @Field(() => Int, { description: 'Values already stored exactly so.' })
  unchanged!: number;
  @Field(() => Int, { description: 'Errors found in the file (an applied import has none).' })
  errorCount!: number;
  @Field(() => String, { nullable: true, description: 'Why the figures changed, as the importer gave it (reason).' })
  note!: string | null;
}

@ObjectType('AuditEntry', {
  description: 'One change of one field of a stored row: what it was, what it became, who changed it, when and why.',
})
export class AuditEntryType {
  @Field(() => ID, { description: 'Number of the entry; later entries have higher numbers.' })
  id!: string;
  @Field(() => String, {
    description: 'What was changed: observation, target, programme_figure, planning_document, app_user (an account).',
  })
  entity!: string;
  @Field(() => String, {
    description:
      'The changed row’s key, its parts joined by "|": for a value "indicator|region|period", e.g. "poverty_rate_p0|75.71|2025"; for an account its username.',
  })
  entityKey!: string;
  @Field(() => String, {
    description: 'Column that changed, e.g. value, note, source_id, status; for an account: created, roles, disabled, password.',
  })
  field!: string;
  @Field(() => String, { nullable: true, description: 'Value before the change, as text; null when the row was new.' })
  oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'Value after the change, as text.' })
  newValue!: string | null;
  @Field(() => String, { description: 'Username of the account that made the change.' })
  changedBy!: string;
  @Field(() => String, { description: 'When the change was made (ISO 8601, UTC).' })
  changedAt!: string;
  @Field(() => String, { nullable: true, description: 'Why, as the importer or verifier gave it.' })
  reason!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Import batch that made the change; null for changes made outside an import.',
  })
  importBatchId!: number | null;
  @Field(() => ImportBatchType, {
    nullable: true,
    description: 'The import that made the change (file name, checksum, who, when); read with the entry, in the same statement.',
  })
  importBatch!: ImportBatchType | null;
}

@ObjectType('AuditPageInfo', {
  description: 'Where a page of import batches or audit entries ends, and whether another follows.',
})
export class AuditPageInfo {
  @Field(() => Boolean, { description: 'True when more items match after this page.' })
  hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page: pass it as `after` for the next page. Null only for an empty page.',
  })
  endCursor!: string | null;
}

@InputType('ImportBatchFilter', { description: 'Which import batches to return. All conditions given must hold.' })
export class ImportBatchFilterInput {
  @Field(() => String, { nullable: true, description: 'Username of the importer, exactly (e.g. "operator:budi").' })
  importedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the file name, any case (e.g. "kemiskinan").' })
  fileName?: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, 64 hex digits: every import of that exact file.' })
  checksum?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Started on or after this date ("2026-01-31", UTC) or moment (ISO 8601 with a time and zone).',
  })
  from?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Started on or before this date (the whole day, UTC) or moment (ISO 8601 with a time and zone).',
  })
  to?: string | null;
}

@InputType('AuditEntryFilter', { description: 'Which audit entries to return. All conditions given must hold.' })
export class AuditEntryFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Kind of row: observation, target, programme_figure, planning_document, or app_user (administrators only).',
  })
  entity?: string | null;
  @Field(() => String, { nullable: true, description: 'The row’s whole key, e.g. "poverty_rate_p0|75.71|2025".' })
  entityKey?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The start of the key, e.g. "poverty_rate_p0|75." for every kabupaten/kota of Gorontalo, or "poverty_rate_p0|" for one indicator.',
  })
  entityKeyPrefix?: string | null;
  @Field(() => String, { nullable: true, description: 'Username of who made the change, exactly.' })
  changedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Column that changed, exactly (e.g. value).' })
  field?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only changes made by this import batch.' })
  importBatchId?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Changed on or after this date ("2026-01-31", UTC) or moment (ISO 8601 with a time and zone).',
  })
  from?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Changed on or before this date (the whole day, UTC) or moment (ISO 8601 with a time and zone).',
  })
  to?: string | null;
}

@ObjectType('ImportBatchPage', { description: 'A page of import batches, newest first (stable across pages).' })
export class ImportBatchPage {
  @Field(() => [ImportBatchType], { description: 'The import batches of this page, newest first.' })
  nodes!: ImportBatchType[];
  @Field(() => AuditPageInfo, { description: 'The cursor of the last batch and whether another page follows.' })
  pageInfo!: AuditPageInfo;

  filter!: ImportBatchFilterInput;
}

@ObjectType('AuditEntryPage', { description: 'A page of audit entries, newest first (stable across pages).' })
export class AuditEntryPage {
  @Field(() => [AuditEntryType], { description: 'The entries of this page, newest first, each with its import batch.' })
  nodes!: AuditEntryType[];
  @Field(() => AuditPageInfo, { description: 'The cursor of the last entry and whether another page follows.' })
  pageInfo!: AuditPageInfo;

  filter!: AuditEntryFilterInput;
}
