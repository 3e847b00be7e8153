import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PlanningDocumentKind, RegionLevel } from '../generated/prisma/enums.js';
import { STATUS_RULE } from './progress.js';

export enum ProgressStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}
registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: `Where a region stands against a target. ${STATUS_RULE}`,
});
registerEnumType(PlanningDocumentKind, {
  name: 'PlanningDocumentKind',
  valuesConfig: {
    RPJMN: { description: 'National medium-term development plan (5 years).' },
    RKP: { description: 'Government annual work plan.' },
    RPJMD: { description: 'Regional medium-term development plan.' },
    RKPD: { description: 'Regional annual work plan.' },
    RENSTRA: { description: 'Strategic plan of an agency, e.g. Dinas Sosial.' },
  },
});

@ObjectType({ description: 'A planning document that sets targets.' })
export class PlanningDocument {
  @Field(() => String, { description: 'e.g. "RPJMN-2025-2029", "RKP-2026".' })
  code!: string;
  @Field(() => PlanningDocumentKind)
  kind!: PlanningDocumentKind;
  @Field(() => String)
  title!: string;
  @Field(() => RegionLevel)
  level!: RegionLevel;
  @Field(() => String, { description: 'Region whose government issued it ("ID" for national documents).' })
  regionCode!: string;
  @Field(() => Int)
  startYear!: number;
  @Field(() => Int)
  endYear!: number;
  @Field(() => String, { nullable: true, description: 'e.g. "Perpres 12/2025".' })
  legalBasis!: string | null;
  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType({ description: 'A target: a single value, or a range [lowerBound, upperBound].' })
export class Target {
  @Field(() => String)
  documentCode!: string;
  @Field(() => String)
  indicatorCode!: string;
  @Field(() => String)
  regionCode!: string;
  @Field(() => Int)
  year!: number;
  @Field(() => Float, { nullable: true, description: 'Single-value target; null for a range.' })
  value!: number | null;
  @Field(() => Float, { nullable: true })
  lowerBound!: number | null;
  @Field(() => Float, { nullable: true })
  upperBound!: number | null;
  @Field(() => Int, { nullable: true })
  baselineYear!: number | null;
  @Field(() => Float, { nullable: true })
  baselineValue!: number | null;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'A value at a period.' })
export class PeriodValue {
  @Field(() => String, { description: 'As BPS writes it: "2025" (annual) or "2025-03" (the March round).' })
  period!: string;
  @Field(() => Float, { description: 'The published value.' })
  value!: number;
}

@ObjectType({ description: `A region’s progress towards a target of a planning document. ${STATUS_RULE}` })
export class TargetProgress {
  @Field(() => String, { description: 'Kemendagri code of the region measured.' })
  regionCode!: string;
  @Field(() => String, { description: 'The indicator measured (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'The planning document whose target applies.' })
  documentCode!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Region whose target is applied: the region itself, or the document’s region when the region has no target of its own in the document (e.g. a province measured against the national RPJMN target).',
  })
  targetRegionCode!: string | null;
  @Field(() => Target, {
    nullable: true,
    description: 'The target applied (see targetRegionCode); null when the document sets none for this indicator.',
  })
  target!: Target | null;
  @Field(() => PeriodValue, {
    nullable: true,
    description: 'Declared baseline, else the last value before the document’s first year.',
  })
  baseline!: PeriodValue | null;
  @Field(() => PeriodValue, { nullable: true, description: 'Most recent comparable value.' })
  latest!: PeriodValue | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The value to reach: the target, or for a range its edge on the better side.',
  })
  goal!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Change per year needed from the latest value to reach the goal in the target year.',
  })
  requiredChangePerYear!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Change per year achieved: least-squares slope over the last 5 years of comparable values.',
  })
  actualChangePerYear!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value expected in the target year if the recent trend continues.' })
  projectedValue!: number | null;
  @Field(() => ProgressStatus, { description: 'Where the region stands; the rule is in the ProgressStatus description.' })
  status!: ProgressStatus;
  @Field(() => Int, {
    nullable: true,
    description:
      '0–100, higher is better whatever the indicator’s direction: the share of the way from baseline to target already covered (100 once met). Null without a baseline.',
  })
  gapScore!: number | null;
}

@ObjectType({ description: 'Regions × indicators with their progress against one planning document.' })
export class Scorecard {
  @Field(() => String, { description: 'The planning document scored against.' })
  documentCode!: string;
  @Field(() => [String], { description: 'Region codes, in row order.' })
  regionCodes!: string[];
  @Field(() => [String], { description: 'Indicator codes, in column order.' })
  indicatorCodes!: string[];
  @Field(() => [TargetProgress], { description: 'One cell per region and indicator, row by row.' })
  cells!: TargetProgress[];
}
