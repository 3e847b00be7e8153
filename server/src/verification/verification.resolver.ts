import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { authorize } from '../accounts/viewer.js';
import type { Context } from '../graphql/context.js';
import { ImportReportType } from '../imports/import.types.graphql.js';
import { regionCodeOf } from '../reference/lookups.js';
import { disputeValues } from './dispute.js';
import { draftCounts, submitDrafts } from './drafts.service.js';
import { countHistory, targetHistory, valueHistory } from './history.service.js';
import { reviewValues } from './review.service.js';
import { reviewQueue } from './review-queue.js';
import { submitFormValues } from './submit.service.js';
import {
  CountHistory,
  DisputeInput,
  DisputeOutcome,
  DraftCounts,
  ReviewDecisionInput,
  ReviewOutcome,
  ReviewQueue,
  TargetHistory,
  ValueHistory,
} from './verification.types.js';

@InputType({ description: 'A value typed into the dashboard’s form.' })
export class FormValueInput {
  @Field(() => String, { description: 'Indicator code, e.g. "poverty_rate_p0".' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Region: Kemendagri code (e.g. "75.71"), BPS code or name ("Kota Gorontalo").' })
  regionCode!: string;
  @Field(() => String, { description: 'Period as BPS writes it: "2025", "2025-03".' })
  period!: string;
  @Field(() => String, {
    description: 'The value as typed, "8,47" or "8.47" (see decimalComma); "" for a ratio given by numerator and denominator.',
  })
  value!: string;
  @Field(() => String, {
    nullable: true,
    description: 'For a ratio indicator: the numerator as typed (e.g. people served); give it with denominator.',
  })
  numerator?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For a ratio indicator: the denominator as typed (e.g. people needing the service).',
  })
  denominator?: string | null;
  @Field(() => String, { nullable: true, description: 'Source title.' })
  source?: string | null;
  @Field(() => String, { nullable: true, description: 'Source link (http or https).' })
  sourceUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Note kept with the value.' })
  note?: string | null;
}

@Resolver()
export class VerificationResolver {
  @Mutation(() => ImportReportType, {
    description:
      'Submits a handful of values typed into the dashboard (at most 100) through the import pipeline, as a file would be: the same checks, your regions only, changes to verified values as revisions. With dryRun nothing is written.',
  })
  async submitValues(
    @Ctx() { db, viewer }: Context,
    @Arg('values', () => [FormValueInput], { description: 'The values.' }) values: FormValueInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check and count only.' }) dryRun: boolean,
    @Arg('draft', () => Boolean, {
      defaultValue: false,
      description: 'Save as drafts of the region, not yet submitted to the verifier (submitDrafts submits them).',
    })
    draft: boolean,
    @Arg('decimalComma', () => Boolean, { defaultValue: true, description: 'Values use a decimal comma ("8,47").' })
    decimalComma: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why; kept in the audit trail.' }) reason: string | null,
  ): Promise<ImportReportType> {
    authorize(viewer, 'submit', 'submit values');
    return (await submitFormValues(db, viewer, values, { dryRun, draft, decimalComma, reason })) as ImportReportType;
  }

  @Query(() => DraftCounts, {
    description: 'The drafts saved under a region and not yet submitted (for those who may submit there).',
  })
  async drafts(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('regionCode', () => String, { description: 'Region (with everything below it).' }) regionCode: string,
  ): Promise<DraftCounts> {
    return draftCounts(db, viewer, await regionCodeOf(loaders, regionCode));
  }

  @Mutation(() => DraftCounts, {
    description: 'Submits every draft under a region to the province’s verifier in one step; returns what was submitted.',
  })
  async submitDrafts(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('regionCode', () => String, { description: 'Region (with everything below it).' }) regionCode: string,
  ): Promise<DraftCounts> {
    return submitDrafts(db, viewer, await regionCodeOf(loaders, regionCode));
  }

  @Query(() => ReviewQueue, {
    description:
      'Values, targets and counts by category waiting for verification under a region (a province’s verifier: the province’s code), each beside the figure before it (for a target, the same document’s target of the year before; for a count, the same category’s count) and flagged where it deserves a look. Verifiers and administrators covering the region.',
  })
  async reviewQueue(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('regionCode', () => String, { description: 'Region whose submissions to list (with everything below it).' })
    regionCode: string,
  ): Promise<ReviewQueue> {
    return (await reviewQueue(db, viewer, await regionCodeOf(loaders, regionCode))) as ReviewQueue;
  }

  @Mutation(() => ReviewOutcome, {
    description:
      'Verifies or returns queue items in one step, all or none: an item that is not waiting, or outside your regions, refuses the whole set with a sentence naming it. Returning needs a comment.',
  })
  async reviewValues(
    @Ctx() { db, viewer }: Context,
    @Arg('decisions', () => [ReviewDecisionInput], { description: 'One decision per item.' }) decisions: ReviewDecisionInput[],
  ): Promise<ReviewOutcome> {
    return reviewValues(db, viewer, decisions);
  }

  @Mutation(() => DisputeOutcome, {
    description:
      'Disputes verified values, targets and counts in one step, all or none, each with the reason its region’s editor reads: it becomes DISPUTED, viewers no longer see it, and it waits in reviewQueue until the region’s corrected import submits it again or a verifier verifies it again (reviewValues). Verifiers and administrators covering the region; published statistics (BPS releases) are not disputed but replaced by a publishing import.',
  })
  async disputeValues(
    @Ctx() { db, viewer }: Context,
    @Arg('disputes', () => [DisputeInput], { description: 'One per figure.' }) disputes: DisputeInput[],
  ): Promise<DisputeOutcome> {
    return disputeValues(db, viewer, disputes);
  }

  @Query(() => ValueHistory, {
    nullable: true,
    description:
      'The history of one value: the import that created it (file, checksum, who, when), every change (who, when, old, new, why) and who verified it. Null when there is no such value, or you may not read it yet.',
  })
  async valueHistory(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('indicatorCode', () => String, { description: 'Indicator code.' }) indicatorCode: string,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('period', () => String, { description: 'Period as stored ("2025", "2025-03").' }) period: string,
  ): Promise<ValueHistory | null> {
    return valueHistory(db, viewer, { indicatorCode, regionCode: await regionCodeOf(loaders, regionCode), period });
  }

  @Query(() => TargetHistory, {
    nullable: true,
    description:
      'The history of one target of a planning document: the import that created it (file, checksum, who, when), every change (who, when, old, new, why — imports, returns, verifications) and who verified it. Null when there is no such target, or you may not read it yet.',
  })
  async targetHistory(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('documentCode', () => String, { description: 'Planning document code, e.g. "RPJMD-75.71-2025-2029".' })
    documentCode: string,
    @Arg('indicatorCode', () => String, { description: 'Indicator code.' }) indicatorCode: string,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('year', () => Int, { description: 'Target year.' }) year: number,
  ): Promise<TargetHistory | null> {
    return targetHistory(db, viewer, { documentCode, indicatorCode, regionCode: await regionCodeOf(loaders, regionCode), year });
  }

  @Query(() => CountHistory, {
    nullable: true,
    description:
      'The history of one count by category (PPKS, PSKS): the import that created it (file, checksum, who, when), every change (who, when, old, new, why — imports, returns, verifications, revisions) and who verified it. Null when there is no such count, or you may not read it yet.',
  })
  async countHistory(
    @Ctx() { db, viewer, loaders }: Context,
    @Arg('indicatorCode', () => String, { description: 'Indicator code: jumlah_pmks or jumlah_psks.' }) indicatorCode: string,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('period', () => String, { description: 'Period as stored ("2024").' }) period: string,
    @Arg('categoryCode', () => String, { description: 'Category code, e.g. "PPKS24".' }) categoryCode: string,
  ): Promise<CountHistory | null> {
    return countHistory(db, viewer, {
      indicatorCode,
      regionCode: await regionCodeOf(loaders, regionCode),
      period,
      categoryCode,
    });
  }
}
