import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { BreakdownCategory } from '../breakdowns/profile.graphql.js';
import { ActivityStatus } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../messages/errors.js';
import { requireProgrammes } from '../programmes/programmes.graphql.js';
import { optionalRegionCode, requireRegions } from '../reference/lookups.js';
import { activityBudget, activityOverlaps, activityRanking, listActivities } from './activities.service.js';
import {
  Activity,
  ActivityBudgetSeries,
  ActivityFilter,
  ActivityList,
  ActivityOverlap,
  ActivityRankingOrder,
  ActivityRankingRow,
} from './activities.types.js';
import { parseDate } from './activity-layout.js';
import { loadTargetGroupRule, resolveTargetGroup, unknownTargetGroupMessage } from './target-group.js';

/** Implementers one budget series question may compare, and the years it may span. */
const MAX_IMPLEMENTERS = 50;
const MAX_YEARS = 30;

function requireYear(year: number, name = 'year'): number {
  if (!(year >= 2000 && year <= 2100)) throw badInput(`${name} must be a year between 2000 and 2100, not ${year}.`);
  return year;
}

/** The PPKS category a filter's text names (one statement), or a refusal naming close matches. */
async function targetGroupCode(db: Context['db'], text: string): Promise<string> {
  const rule = await loadTargetGroupRule(db.sql);
  const code = resolveTargetGroup(rule, text);
  if (code === null) throw badInput(unknownTargetGroupMessage(rule, text));
  return code;
}

/** An activity's target group as its PPKS category, batched across the request. */
@Resolver(() => Activity)
export class ActivityTargetGroupResolver {
  @FieldResolver(() => BreakdownCategory, {
    nullable: true,
    description: 'Target group: the PPKS category (code and names); null when not given.',
  })
  targetGroup(@Root() activity: Activity, @Ctx() { loaders }: Context) {
    return activity.targetGroupCode ? loaders.targetGroupByCode.load(activity.targetGroupCode) : null;
  }
}

/** An overlap's target group as its PPKS category, batched across the request. */
@Resolver(() => ActivityOverlap)
export class ActivityOverlapTargetGroupResolver {
  @FieldResolver(() => BreakdownCategory, { nullable: true, description: 'The target group: its PPKS category.' })
  targetGroup(@Root() overlap: ActivityOverlap, @Ctx() { loaders }: Context) {
    return loaders.targetGroupByCode.load(overlap.targetGroupCode);
  }
}

@Resolver()
export class ActivitiesResolver {
  @Query(() => ActivityList, {
    description:
      'Who does what where: activities (sub-kegiatan and regional programmes) by implementer, location, year and status, with their stages. Renja (PLAN) and realisations (REALISATION) side by side.',
  })
  async activities(
    @Ctx() { db, loaders }: Context,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Which activities; all when left out.' })
    filter: ActivityFilter | null,
    @Arg('first', () => Int, { defaultValue: 200, description: 'At most this many (0–1000), by year, location and programme.' })
    first: number,
  ): Promise<ActivityList> {
    const f = filter ?? {};
    if (f.year !== null && f.year !== undefined) requireYear(f.year);
    const groupText = f.targetGroup?.trim() || null;
    const [implementerCode, locationCode, , targetGroup] = await Promise.all([
      optionalRegionCode(loaders, f.implementerCode),
      optionalRegionCode(loaders, f.locationCode),
      f.programmeCode ? requireProgrammes(db, [f.programmeCode]) : undefined,
      groupText === null ? null : targetGroupCode(db, groupText),
    ]);
    return listActivities(
      db,
      {
        programmeCode: f.programmeCode ?? null,
        implementerCode,
        locationCode,
        year: f.year ?? null,
        status: f.status ?? null,
        targetGroup,
      },
      first,
    );
  }

  @Query(() => [ActivityOverlap], {
    description:
      'Overlaps (tumpang tindih) in a province or kabupaten/kota and year: the same target group in the same kabupaten/kota from two or more implementers, among plans or among realisations.',
  })
  async activityOverlaps(
    @Ctx() { db, loaders }: Context,
    @Arg('parentCode', () => String, { description: 'A province (all its kabupaten/kota) or one kabupaten/kota: code or name.' })
    parentCode: string,
    @Arg('year', () => Int, { description: 'Year, e.g. 2025.' }) year: number,
    @Arg('status', () => ActivityStatus, {
      nullable: true,
      description: 'Only plans (PLAN) or only realisations; both when left out.',
    })
    status: ActivityStatus | null,
  ): Promise<ActivityOverlap[]> {
    const [parent] = await requireRegions(loaders, [parentCode]);
    return activityOverlaps(db, parent!.code, requireYear(year), status ?? null);
  }

  @Query(() => [ActivityRankingRow], {
    description:
      'Every kabupaten/kota of a province with its budget realisation, on-time distribution and data response (stage reports on time and complete) for a programme in a year, ranked for the award asked for, with its rank for all three (the awards for best realisation, on-time distribution and data response).',
  })
  async activityRanking(
    @Ctx() { db, loaders }: Context,
    @Arg('programmeCode', () => String, {
      description: 'A programme ("BANTU", "1.06.05"): its activities and those of the entries below it.',
    })
    programmeCode: string,
    @Arg('parentCode', () => String, { description: 'The province whose kabupaten/kota are ranked: code or name.' })
    parentCode: string,
    @Arg('year', () => Int, { description: 'Year, e.g. 2024.' }) year: number,
    @Arg('orderBy', () => ActivityRankingOrder, {
      defaultValue: ActivityRankingOrder.REALISATION,
      description: 'What to rank on.',
    })
    orderBy: ActivityRankingOrder,
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        'The day stages and reports are judged on (YYYY-MM-DD): a stage not delivered, or a report not in, by then whose date has passed is late. Today when left out.',
    })
    asOf: string | null,
  ): Promise<ActivityRankingRow[]> {
    const [[parent]] = await Promise.all([requireRegions(loaders, [parentCode]), requireProgrammes(db, [programmeCode])]);
    if (parent!.level !== 'PROVINCE') throw badInput(`${parent!.name} is not a province: rank the kabupaten/kota of a province.`);
    const day = asOf === null || asOf === undefined ? new Date().toISOString().slice(0, 10) : parseDate(asOf.trim());
    if (day === null) throw badInput(`asOf “${asOf}” is not a date: write it as 2025-12-31.`);
    return activityRanking(db, programmeCode, parent!.code, requireYear(year), orderBy, day);
  }

  @Query(() => [ActivityBudgetSeries], {
    description:
      'Implementing governments’ (Dinas Sosial) activity budgets over the years: pagu and realisasi of realised activities beside the pagu proposed in the renja.',
  })
  async activityBudget(
    @Ctx() { db, loaders }: Context,
    @Arg('implementerCodes', () => [String], { description: 'Provinces or kabupaten/kota (codes or names), at most 50.' })
    implementerCodes: string[],
    @Arg('fromYear', () => Int, { description: 'First year, e.g. 2023.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'Last year, e.g. 2025; at most 30 years after fromYear.' }) toYear: number,
    @Arg('programmeCode', () => String, { nullable: true, description: 'Only this programme and the entries below it.' })
    programmeCode: string | null,
  ): Promise<ActivityBudgetSeries[]> {
    if (implementerCodes.length === 0 || implementerCodes.length > MAX_IMPLEMENTERS) {
      throw badInput(`Give between 1 and ${MAX_IMPLEMENTERS} implementers.`);
    }
    requireYear(fromYear, 'fromYear');
    requireYear(toYear, 'toYear');
    if (toYear < fromYear || toYear - fromYear >= MAX_YEARS)
      throw badInput(`toYear must be from fromYear to ${MAX_YEARS - 1} years after it.`);
    const [regions] = await Promise.all([
      requireRegions(loaders, implementerCodes),
      programmeCode ? requireProgrammes(db, [programmeCode]) : undefined,
    ]);
    const unique = [...new Map(regions.map((r) => [r.code, { code: r.code, name: r.name }])).values()];
    return activityBudget(db, unique, fromYear, toYear, programmeCode ?? null);
  }
}
