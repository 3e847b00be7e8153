import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActivityStatus, FundingSource } from '../generated/prisma/enums.js';

registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Whether an activity is a proposal for its year (renja) or what the year’s budget carried out.',
  valuesConfig: {
    PLAN: { description: 'Renja: a proposal for the year (next year’s, beside this year’s realisation).' },
    REALISATION: { description: 'Realisasi: the year’s budget (DPA) and what was spent and delivered.' },
  },
});

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where an activity’s money comes from.',
  valuesConfig: {
    APBD: { description: 'The implementing region’s own budget (APBD provinsi or kabupaten/kota).' },
    APBN: { description: 'The national budget.' },
    DAK: { description: 'Dana Alokasi Khusus: a special-purpose transfer from the national budget.' },
    HIBAH: { description: 'A grant (hibah).' },
  },
});

export enum ActivityRankingOrder {
  REALISATION = 'REALISATION',
  ON_TIME = 'ON_TIME',
  DATA_RESPONSE = 'DATA_RESPONSE',
}

registerEnumType(ActivityRankingOrder, {
  name: 'ActivityRankingOrder',
  description: 'What kabupaten/kota are ranked on for an award.',
  valuesConfig: {
    REALISATION: { description: 'Budget realisation (realisasi ÷ pagu), then on-time distribution.' },
    ON_TIME: { description: 'Stages delivered by their planned date, then budget realisation.' },
    DATA_RESPONSE: {
      description:
        'Data response: stage reports in by their due date and complete (distribution date, realised budget and recipients) ÷ reports due, then the share of reports sent at all.',
    },
  },
});

@InputType({ description: 'Which activities to list; every condition given must hold.' })
export class ActivityFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'A programme, kegiatan or sub-kegiatan code ("1.06.04", "BANTU"): its activities and those of the entries below it.',
  })
  programmeCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The implementing government: a province or kabupaten/kota (code or name).',
  })
  implementerCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where: a kabupaten/kota, or a province for all its kabupaten/kota (code or name).',
  })
  locationCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Year, e.g. 2025.' })
  year?: number | null;
  @Field(() => ActivityStatus, { nullable: true, description: 'PLAN (renja) or REALISATION; both when left out.' })
  status?: ActivityStatus | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Target group: a PPKS category by code ("PPKS08") or name ("Lanjut Usia Terlantar", "lansia terlantar"); an unknown one is refused with close matches.',
  })
  targetGroup?: string | null;
}

@ObjectType({ description: 'A stage (tahap) of an activity’s distribution.' })
export class ActivityStage {
  @Field(() => Int, { description: 'Stage number: 1, 2, …' })
  stage!: number;
  @Field(() => String, { nullable: true, description: 'Planned distribution date (YYYY-MM-DD).' })
  plannedDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Actual distribution date (YYYY-MM-DD); null until delivered.' })
  actualDate!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Delivered by its planned date; false when late or overdue; null when it has no planned date or is not due yet.',
  })
  onTime!: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'When the stage’s report (its realisation figures) is due (YYYY-MM-DD); null when no date was set.',
  })
  reportDueDate!: string | null;
  @Field(() => String, { nullable: true, description: 'When the stage’s report came in (YYYY-MM-DD); null until it does.' })
  reportDate!: string | null;
  @Field(() => Float, { nullable: true, description: 'Pagu of the stage, rupiah.' })
  budgetPlanned!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi of the stage, rupiah.' })
  budgetRealised!: number | null;
  @Field(() => Float, { nullable: true, description: 'Planned recipients of the stage.' })
  beneficiariesPlanned!: number | null;
  @Field(() => Float, { nullable: true, description: 'Recipients reached in the stage.' })
  beneficiariesRealised!: number | null;
}

@ObjectType({ description: 'One government’s activity in a year: what, where, for whom, with what money, and how far it got.' })
export class Activity {
  @Field(() => Int, { description: 'Internal identifier.' })
  id!: number;
  @Field(() => Int, { description: 'Year, e.g. 2025.' })
  year!: number;
  @Field(() => ActivityStatus, { description: 'PLAN (renja) or REALISATION.' })
  status!: ActivityStatus;
  @Field(() => String, { description: 'Programme, kegiatan or sub-kegiatan code (Programme.code), e.g. "1.06.04.2.01.0001".' })
  programmeCode!: string;
  @Field(() => String, { description: 'Its name in Bahasa Indonesia.' })
  programmeName!: string;
  @Field(() => String, { description: 'Kemendagri code of the implementing government (province or kabupaten/kota).' })
  implementerCode!: string;
  @Field(() => String, { description: 'Name of the implementing government.' })
  implementerName!: string;
  @Field(() => String, { description: 'Kemendagri code of the kabupaten/kota where it takes place.' })
  locationCode!: string;
  @Field(() => String, { description: 'Name of that kabupaten/kota.' })
  locationName!: string;
  @Field(() => String, { nullable: true, description: 'Kecamatan as the file wrote it; null when not given.' })
  district!: string | null;
  @Field(() => String, { nullable: true, description: 'Desa/kelurahan as the file wrote it; null when not given.' })
  village!: string | null;
  @Field(() => FundingSource, { description: 'APBD, APBN, DAK or HIBAH.' })
  fundingSource!: FundingSource;
  @Field(() => String, {
    nullable: true,
    description: 'Target group: the PPKS category’s code ("PPKS08"); null when not given.',
  })
  targetGroupCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Uraian: the activity as its implementer names it.' })
  description!: string | null;
  @Field(() => Float, { nullable: true, description: 'Pagu, rupiah.' })
  budgetPlanned!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi, rupiah.' })
  budgetRealised!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisation in percent: realisasi ÷ pagu × 100.' })
  realisation!: number | null;
  @Field(() => Float, { nullable: true, description: 'Planned recipients (KPM or persons, as the programme counts them).' })
  beneficiariesPlanned!: number | null;
  @Field(() => Float, { nullable: true, description: 'Recipients reached.' })
  beneficiariesRealised!: number | null;
  @Field(() => [ActivityStage], { description: 'Its stages (tahap) in order; empty when it was given as totals only.' })
  stages!: ActivityStage[];
  @Field(() => String, {
    nullable: true,
    description: 'When the import that last wrote it finished (ISO 8601): the "data per" date.',
  })
  dataAsOf!: string | null;
}

@ObjectType({ description: 'A page of activities.' })
export class ActivityList {
  @Field(() => [Activity], { description: 'The activities, by year, location, programme and implementer.' })
  nodes!: Activity[];
  @Field(() => Int, { description: 'How many activities match, whether or not all are on this page.' })
  totalCount!: number;
}

@ObjectType({
  description:
    'An overlap (tumpang tindih): two or more governments with activities for the same target group in the same kabupaten/kota and year.',
})
export class ActivityOverlap {
  @Field(() => Int, { description: 'Year.' })
  year!: number;
  @Field(() => ActivityStatus, { description: 'Whether the overlapping activities are plans (renja) or realisations.' })
  status!: ActivityStatus;
  @Field(() => String, { description: 'Kemendagri code of the kabupaten/kota.' })
  locationCode!: string;
  @Field(() => String, { description: 'Name of the kabupaten/kota.' })
  locationName!: string;
  @Field(() => String, { description: 'The target group: the PPKS category’s code.' })
  targetGroupCode!: string;
  @Field(() => [String], { description: 'The implementing governments (Kemendagri codes), sorted.' })
  implementerCodes!: string[];
  @Field(() => [Activity], { description: 'The activities that overlap.' })
  activities!: Activity[];
}

@ObjectType({ description: 'A kabupaten/kota’s realisation and timeliness for one programme and year, ranked.' })
export class ActivityRankingRow {
  @Field(() => Int, { nullable: true, description: '1 for the best; ties share a rank; null when it has no figure to rank on.' })
  rank!: number | null;
  @Field(() => String, { description: 'Kemendagri code of the kabupaten/kota.' })
  regionCode!: string;
  @Field(() => String, { description: 'Its name.' })
  regionName!: string;
  @Field(() => Int, { description: 'Realised activities of the programme there (by any implementer).' })
  activities!: number;
  @Field(() => Float, { nullable: true, description: 'Pagu, rupiah.' })
  budgetPlanned!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi, rupiah.' })
  budgetRealised!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi ÷ pagu × 100.' })
  realisation!: number | null;
  @Field(() => Int, { description: 'Stages due: delivered, or past their planned date.' })
  stagesDue!: number;
  @Field(() => Int, { description: 'Stages delivered by their planned date.' })
  stagesOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'Stages on time ÷ stages due × 100.' })
  onTime!: number | null;
  @Field(() => Int, {
    description: 'Stage reports due: with a due date that has passed (by asOf), or already in.',
  })
  reportsDue!: number;
  @Field(() => Int, { description: 'Stage reports in (by asOf).' })
  reportsReceived!: number;
  @Field(() => Int, { description: 'Stage reports due and not in: missing, not counted as zero figures.' })
  reportsMissing!: number;
  @Field(() => Int, { description: 'Stage reports in by their due date.' })
  reportsOnTime!: number;
  @Field(() => Int, {
    description: 'Stage reports in with the distribution date, realised budget and recipients all given.',
  })
  reportsComplete!: number;
  @Field(() => Int, { description: 'Stage reports in by their due date and complete.' })
  reportsOnTimeComplete!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Data response: reports on time and complete ÷ reports due × 100; null when none is due, or when reports are due and none came in (missing, not 0).',
  })
  dataResponse!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank for the realisation award (ties share it).' })
  realisationRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank for the on-time distribution award (ties share it).' })
  onTimeRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank for the data-response award (ties share it).' })
  dataResponseRank!: number | null;
}

@ObjectType({ description: 'An implementing government’s activity budget in one year.' })
export class ActivityBudgetPoint {
  @Field(() => Int, { description: 'Year.' })
  year!: number;
  @Field(() => Float, { nullable: true, description: 'Pagu of its realised activities (the year’s budget), rupiah.' })
  budgetPlanned!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi, rupiah.' })
  budgetRealised!: number | null;
  @Field(() => Float, { nullable: true, description: 'Realisasi ÷ pagu × 100.' })
  realisation!: number | null;
  @Field(() => Float, { nullable: true, description: 'Pagu proposed in its renja for the year, rupiah.' })
  proposed!: number | null;
}

@ObjectType({ description: 'An implementing government’s (a Dinas Sosial’s) activity budget over the years.' })
export class ActivityBudgetSeries {
  @Field(() => String, { description: 'Kemendagri code of the implementing government.' })
  implementerCode!: string;
  @Field(() => String, { description: 'Its name.' })
  implementerName!: string;
  @Field(() => [ActivityBudgetPoint], {
    description: 'One point per year from fromYear to toYear; years without activities have null amounts.',
  })
  points!: ActivityBudgetPoint[];
}
