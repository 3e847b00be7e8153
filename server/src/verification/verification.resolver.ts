import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { valueHistory } from './history.service.js';
import { reviewQueue, reviewValues } from './review.service.js';
import { ReviewDecisionInput, ReviewOutcome, ReviewQueue, ValueHistory } from './verification.types.js';

@Resolver()
export class VerificationResolver {
  @Query(() => ReviewQueue, {
    description:
      'Values waiting for verification under a region (a province’s verifier: the province’s code), each beside the value before it and flagged where it deserves a look. Verifiers and administrators covering the region.',
  })
  async reviewQueue(
    @Ctx() { db, viewer }: Context,
    @Arg('regionCode', () => String, { description: 'Region whose submissions to list (with everything below it).' })
    regionCode: string,
  ): Promise<ReviewQueue> {
    return (await reviewQueue(db, viewer, regionCode.trim())) as ReviewQueue;
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

  @Query(() => ValueHistory, {
    nullable: true,
    description:
      'The history of one value: the import that created it (file, checksum, who, when), every change (who, when, old, new, why) and who verified it. Null when there is no such value, or you may not read it yet.',
  })
  async valueHistory(
    @Ctx() { db, viewer }: Context,
    @Arg('indicatorCode', () => String, { description: 'Indicator code.' }) indicatorCode: string,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('period', () => String, { description: 'Period as stored ("2025", "2025-03").' }) period: string,
  ): Promise<ValueHistory | null> {
    return valueHistory(db, viewer, { indicatorCode, regionCode, period });
  }
}
