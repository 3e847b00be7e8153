import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportStatusValue {
  APPLIED = 'APPLIED',
  DRY_RUN = 'DRY_RUN',
  REJECTED = 'REJECTED',
}
registerEnumType(ImportStatusValue, {
  name: 'ImportOutcome',
  description: 'What happened to an import.',
  valuesConfig: {
    APPLIED: { description: 'Every row was written in one transaction.' },
    DRY_RUN: { description: 'Checked and counted, nothing written (dryRun: true).' },
    REJECTED: { description: 'The file has errors; nothing was written.' },
  },
});

@ObjectType('ImportIssue', { description: 'A problem in an imported file, with where to find it.' })
export class ImportIssueType {
  @Field(() => Int, {
    nullable: true,
    description: 'Line in the file (as a text editor or Excel numbers it); null for the whole file.',
  })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'Column header, for wide tables and cell-level problems.' })
  column?: string;

  @Field(() => String, { description: 'Stable code, e.g. UNKNOWN_REGION, NOT_A_NUMBER, OUT_OF_RANGE, DUPLICATE.' })
  code!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  message!: string;
}

@ObjectType('ImportCounts', { description: 'How many rows an import read and what it did with them.' })
export class ImportCountsType {
  @Field(() => Int, { description: 'Records read (for a wide table: filled cells).' })
  records!: number;
  @Field(() => Int, { description: 'Values that are new.' })
  inserted!: number;
  @Field(() => Int, { description: 'Existing values that change: valueChanges + metadataChanges.' })
  updated!: number;
  @Field(() => Int, {
    description:
      'Of the existing values that change, those whose figure changes (a revision); their source or note may change too.',
  })
  valueChanges!: number;
  @Field(() => Int, {
    description:
      'Of the existing values that change, those where only the description changes (source, note, title, link): a re-labelling, the figure stays. ' +
      'A column the file does not have leaves that field as it is.',
  })
  metadataChanges!: number;
  @Field(() => Int, { description: 'Values already stored exactly so.' })
  unchanged!: number;
  @Field(() => Int, {
    description:
      'Changes to verified values, stored as revisions for the province’s verifier; the verified values stay (and are what viewers see) until a verifier accepts them.',
  })
  revisions!: number;
  @Field(() => Int, { description: 'Cells marked missing ("-", "...") or empty: never stored, never zero.' })
  missing!: number;
}

@ObjectType('PreviousImport', { description: 'An earlier import of the same file (same SHA-256).' })
export class PreviousImportType {
  @Field(() => Int, { description: 'Import batch number, as importBatchId on the values it wrote.' })
  id!: number;
  @Field(() => String, { description: 'Name of the file as it was uploaded then.' })
  fileName!: string;
  @Field(() => String, { description: 'Who imported it.' })
  importedBy!: string;
  @Field(() => String, { description: 'ISO 8601 timestamp.' })
  startedAt!: string;
}

@ObjectType('ImportReport', { description: 'The outcome of an import: counts, every error, provenance.' })
export class ImportReportType {
  @Field(() => String, { description: 'Name of the uploaded file.' })
  fileName!: string;
  @Field(() => String, { description: 'SHA-256 of the file, hex.' })
  checksum!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Layout recognised: long, wide, targets, programmes, documents, indicator_catalogue, programme_catalogue, breakdown (counts by category), activities or composite_methodology.',
  })
  layout!: string | null;
  @Field(() => ImportStatusValue, { description: 'APPLIED, DRY_RUN or REJECTED.' })
  status!: ImportStatusValue;
  @Field(() => Int, { nullable: true, description: 'Import batch recorded for an applied import.' })
  importBatchId!: number | null;
  @Field(() => ImportCountsType, { description: 'Records read and what was done with them (or would be, in a dry run).' })
  counts!: ImportCountsType;
  @Field(() => [ImportIssueType], {
    description:
      'Every problem found, each with its line (and column where there is one); with any error nothing is written. ' +
      'The first 1,000 are listed, then one TOO_MANY_ERRORS saying how many more there are.',
  })
  errors!: ImportIssueType[];
  @Field(() => [ImportIssueType], {
    description:
      'Worth knowing, not errors: SOURCE_FROM_TITLE (a wide table’s title recorded as its values’ source), NO_DATA_ROWS ' +
      '(a file with a header and no rows), NOTHING_TO_WRITE (nothing differs from what is stored; no import batch is ' +
      'recorded), REPEATED_CELL (a cell given twice with the same content, stored once; both lines named) and ' +
      'MORE_REPEATED_CELLS (how many more were not listed), FORMER_REGION_NAME (a region written by a former name) and ' +
      'METHODOLOGY_STORED (a composite methodology stored as a new version).',
  })
  notices!: ImportIssueType[];
  @Field(() => [PreviousImportType], {
    description: 'Earlier applied imports of a file with the same content (same SHA-256), oldest first.',
  })
  previousImports!: PreviousImportType[];
  @Field(() => Int, { description: 'Time the server took for the import, in milliseconds.' })
  durationMs!: number;
}
