import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReviewItemKind {
  NEW_VALUE = 'NEW_VALUE',
  REVISION = 'REVISION',
  TARGET = 'TARGET',
  COUNT = 'COUNT',
  COUNT_REVISION = 'COUNT_REVISION',
}
registerEnumType(ReviewItemKind, {
  name: 'ReviewItemKind',
  description: 'What waits for the verifier.',
  valuesConfig: {
    NEW_VALUE: {
      description:
        'A value submitted (or corrected after a return) that has not been verified yet, or a verified one disputed (status DISPUTED).',
    },
    REVISION: { description: 'A correction of a verified value; the verified value stays until the revision is verified.' },
    TARGET: {
      description:
        'A target of a planning document (an RPJMD, a Renstra) submitted, or corrected after a return, by a region’s editor.',
    },
    COUNT: {
      description:
        'A count by category (a PPKS or PSKS category of jumlah_pmks, jumlah_psks) submitted, or corrected after a return, that has not been verified yet.',
    },
    COUNT_REVISION: {
      description: 'A correction of a verified count by category; the verified count stays until the revision is verified.',
    },
  },
});

export enum ReviewAction {
  VERIFY = 'VERIFY',
  RETURN = 'RETURN',
}
registerEnumType(ReviewAction, {
  name: 'ReviewAction',
  description: 'A verifier’s decision on a queue item.',
  valuesConfig: {
    VERIFY: { description: 'The value is right: it becomes VERIFIED (a revision replaces the verified value).' },
    RETURN: {
      description:
        'Back to the region’s editor with a comment saying what to correct. A VERIFIED target may be returned too (by its tgt: id), so that its editor can change it. A DISPUTED figure may be verified again (kept as it is) or returned.',
    },
  },
});

@ObjectType({ description: 'A value waiting for the province’s verifier, beside the value before it.' })
export class ReviewItem {
  @Field(() => String, {
    description:
      'Item id for reviewValues: "obs:<indicator>|<region>|<period>", "rev:<n>", "tgt:<document>|<indicator>|<region>|<year>", "cnt:<indicator>|<region>|<period>|<category>" or "crev:<n>".',
  })
  id!: string;
  @Field(() => ReviewItemKind, {
    description: 'A new value, a revision of a verified one, a target, a count by category, or a revision of a verified count.',
  })
  kind!: ReviewItemKind;
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Region code (Kemendagri).' })
  regionCode!: string;
  @Field(() => String, { description: 'Period as BPS writes it ("2025", "2025-03"); for a target, its year.' })
  period!: string;
  @Field(() => Float, { description: 'The submitted value; for a target range, its lower edge.' })
  value!: number;
  @Field(() => Float, { nullable: true, description: 'A target range’s lower edge; null otherwise.' })
  lowerBound!: number | null;
  @Field(() => Float, { nullable: true, description: 'A target range’s upper edge; null otherwise.' })
  upperBound!: number | null;
  @Field(() => String, { nullable: true, description: 'The planning document of a target; null for values.' })
  documentCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The category of a count (e.g. "PPKS24"); null for values and targets.' })
  categoryCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The category’s name as the regulation writes it (e.g. "Fakir Miskin"); null for values and targets.',
  })
  categoryName!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'For a revision, the verified value (or count) it would replace; for a new value, the region’s value of the period before; for a target, the same document’s target (or lower edge) for the latest year before; for a count, the same category’s count of the period before.',
  })
  previousValue!: number | null;
  @Field(() => String, { nullable: true, description: 'The period of previousValue.' })
  previousPeriod!: string | null;
  @Field(() => String, {
    description:
      'SUBMITTED; RETURNED (waiting for the editor’s correction); or DISPUTED (verified, then questioned by a verifier with disputeValues: viewers no longer see it, the editor corrects it or a verifier verifies it again).',
  })
  status!: string;
  @Field(() => String, { description: 'The account that submitted it.' })
  submittedBy!: string;
  @Field(() => String, { description: 'When (ISO 8601).' })
  submittedAt!: string;
  @Field(() => String, { nullable: true, description: 'The file it came in.' })
  fileName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The verifier’s comment when it was returned; the reason when it was disputed.',
  })
  comment!: string | null;
  @Field(() => [String], {
    description:
      'Reasons to look closely: LARGE_CHANGE (the change from the previous value is more than 3 times the indicator’s median change between periods), OUTSIDE_PEER_RANGE (outside the range of the verified or published values of the other regions of the same level under the same parent, when there are at least 3).',
  })
  flags!: string[];
}

@ObjectType({ description: 'What waits for verification under a region.' })
export class ReviewQueue {
  @Field(() => [ReviewItem], {
    description:
      'The items, in the verifier’s order of work: submitted ones first (waiting for the verifier’s decision), then returned and then disputed ones (waiting for the region’s correction); within each, by region, indicator and period (at most 500).',
  })
  items!: ReviewItem[];
  @Field(() => Int, { description: 'How many items wait in all.' })
  totalCount!: number;
}

@InputType({ description: 'A verifier’s decision on one queue item.' })
export class ReviewDecisionInput {
  @Field(() => String, { description: 'The item’s id from reviewQueue.' })
  id!: string;
  @Field(() => ReviewAction, { description: 'VERIFY or RETURN.' })
  action!: ReviewAction;
  @Field(() => String, { nullable: true, description: 'Why; required when returning (what the editor should correct).' })
  comment?: string | null;
}

@ObjectType({ description: 'What a set of decisions did.' })
export class ReviewOutcome {
  @Field(() => Int, { description: 'Items verified.' })
  verified!: number;
  @Field(() => Int, { description: 'Items returned to their editors.' })
  returned!: number;
}

@InputType({ description: 'A verified value, target or count a verifier questions, with the reason.' })
export class DisputeInput {
  @Field(() => String, {
    description:
      'The figure, as the queue names it: "obs:<indicator>|<region>|<period>", "tgt:<document>|<indicator>|<region>|<year>" or "cnt:<indicator>|<region>|<period>|<category>".',
  })
  id!: string;
  @Field(() => String, {
    description: 'Why it is questioned: the sentence the region’s editor reads to know what to check (required).',
  })
  comment!: string;
}

@ObjectType({ description: 'What a set of disputes did.' })
export class DisputeOutcome {
  @Field(() => Int, { description: 'Figures disputed.' })
  disputed!: number;
}

@ObjectType({ description: 'An import, as the history of a value names it.' })
export class ImportBatchRef {
  @Field(() => Int, { description: 'Import batch number.' })
  id!: number;
  @Field(() => String, { description: 'File name.' })
  fileName!: string;
  @Field(() => String, { description: 'SHA-256 of the file’s bytes.' })
  checksum!: string;
  @Field(() => String, { description: 'The account that imported it.' })
  importedBy!: string;
  @Field(() => String, { description: 'When (ISO 8601).' })
  startedAt!: string;
}

@ObjectType({ description: 'One change of a value: who, when, old, new, why.' })
export class ValueChange {
  @Field(() => String, { description: 'When (ISO 8601).' })
  at!: string;
  @Field(() => String, { description: 'Who (account).' })
  by!: string;
  @Field(() => String, {
    description: 'What changed: value, source_id, note, status (verified, returned), revision (a revision returned).',
  })
  field!: string;
  @Field(() => String, { nullable: true, description: 'Before.' })
  oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'After.' })
  newValue!: string | null;
  @Field(() => String, { nullable: true, description: 'Why: the import’s reason or the verifier’s comment.' })
  reason!: string | null;
  @Field(() => ImportBatchRef, { nullable: true, description: 'The import that made the change, if one did.' })
  importBatch!: ImportBatchRef | null;
}

@ObjectType({ description: 'The story of one value, from the import that created it to its last verification.' })
export class ValueHistory {
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Region code.' })
  regionCode!: string;
  @Field(() => String, { description: 'Period.' })
  period!: string;
  @Field(() => Float, { description: 'The value now.' })
  value!: number;
  @Field(() => String, { description: 'Its status now (VerificationStatus).' })
  status!: string;
  @Field(() => String, { nullable: true, description: 'Who verified (or returned) it last.' })
  reviewedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'When (ISO 8601).' })
  reviewedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'The verifier’s last comment.' })
  reviewComment!: string | null;
  @Field(() => ImportBatchRef, { nullable: true, description: 'The import that created the value.' })
  created!: ImportBatchRef | null;
  @Field(() => [ValueChange], { description: 'Every change since, oldest first.' })
  changes!: ValueChange[];
}

@ObjectType({ description: 'The story of one target, from the import that created it to its last verification.' })
export class TargetHistory {
  @Field(() => String, { description: 'Planning document code.' })
  documentCode!: string;
  @Field(() => String, { description: 'Indicator code.' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Region code.' })
  regionCode!: string;
  @Field(() => Int, { description: 'Target year.' })
  year!: number;
  @Field(() => Float, { nullable: true, description: 'The single-value target now; null for a range.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'A range’s lower edge now.' })
  lowerBound!: number | null;
  @Field(() => Float, { nullable: true, description: 'A range’s upper edge now.' })
  upperBound!: number | null;
  @Field(() => String, { description: 'Its status now (VerificationStatus).' })
  status!: string;
  @Field(() => String, { nullable: true, description: 'Who verified (or returned) it last.' })
  reviewedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'When (ISO 8601).' })
  reviewedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'The verifier’s last comment.' })
  reviewComment!: string | null;
  @Field(() => ImportBatchRef, { nullable: true, description: 'The import that created the target.' })
  created!: ImportBatchRef | null;
  @Field(() => [ValueChange], {
    description:
      'Every change since, oldest first: value, lower_bound, upper_bound, baseline_year, baseline_value, note, source_id, status.',
  })
  changes!: ValueChange[];
}

@ObjectType({ description: 'Drafts of a region: saved, not yet submitted to the verifier.' })
export class DraftCounts {
  @Field(() => Int, { description: 'Values.' })
  values!: number;
  @Field(() => Int, { description: 'Targets.' })
  targets!: number;
  @Field(() => Int, { description: 'Revisions of verified values.' })
  revisions!: number;
  @Field(() => Int, { description: 'Counts by category (PPKS, PSKS).' })
  counts!: number;
  @Field(() => Int, { description: 'Revisions of verified counts by category.' })
  countRevisions!: number;
}

@ObjectType({ description: 'The story of one count by category, from the import that created it to its last verification.' })
export class CountHistory {
  @Field(() => String, { description: 'Indicator code (jumlah_pmks, jumlah_psks).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Region code.' })
  regionCode!: string;
  @Field(() => String, { description: 'Period.' })
  period!: string;
  @Field(() => String, { description: 'Category code (e.g. "PPKS24").' })
  categoryCode!: string;
  @Field(() => Float, { description: 'The count now (the verified one while a revision waits).' })
  value!: number;
  @Field(() => String, { description: 'Its status now (VerificationStatus).' })
  status!: string;
  @Field(() => String, { nullable: true, description: 'Who verified (or returned) it last.' })
  reviewedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'When (ISO 8601).' })
  reviewedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'The verifier’s last comment.' })
  reviewComment!: string | null;
  @Field(() => ImportBatchRef, { nullable: true, description: 'The import that created the count.' })
  created!: ImportBatchRef | null;
  @Field(() => [ValueChange], {
    description: 'Every change since, oldest first: value, source_id, note, status, revision (a revision returned).',
  })
  changes!: ValueChange[];
}
