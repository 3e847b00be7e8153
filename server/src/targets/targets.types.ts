import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PlanningDocumentKind, RegionLevel, VerificationStatus } from '../generated/prisma/enums.js';
import { AT_RISK_PACE, STATUS_RULE } from './progress.js';

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
  valuesConfig: {
    ACHIEVED: {
      description: 'The latest value already meets the target (for a range: inside it, or beyond it on the better side).',
    },
    ON_TRACK: { description: 'Not met yet, but the value projected for the target year from the recent trend meets it.' },
    AT_RISK: {
      description: `The projection misses, but the value moves the right way at ${AT_RISK_PACE * 100}% or more of the required pace.`,
    },
    OFF_TRACK: {
      description: 'It moves the wrong way or too slowly, or the target period has passed and the target was missed.',
    },
    NO_DATA: {
      description:
        'No target, no value, or fewer than two comparable values while the target is not met and its period is still ahead.',
    },
  },
});
registerEnumType(PlanningDocumentKind, {
  name: 'PlanningDocumentKind',
  description: 'Kind of planning document that sets targets.',
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
  @Field(() => PlanningDocumentKind, { description: 'Kind of document: RPJMN, RKP, RPJMD, RKPD or RENSTRA.' })
  kind!: PlanningDocumentKind;
  @Field(() => String, { description: 'Full title, e.g. "Rencana Kerja Pemerintah 2026".' })
  title!: string;
  @Field(() => RegionLevel, {
    description:
      'Level of the issuing region: NATIONAL for the RPJMN and RKP, PROVINCE or REGENCY_CITY for a region’s own plans.',
  })
  level!: RegionLevel;
  @Field(() => String, { description: 'Region whose government issued it ("ID" for national documents).' })
  regionCode!: string;
  @Field(() => Int, { description: 'First year the document covers, e.g. 2025 for the RPJMN 2025–2029.' })
  startYear!: number;
  @Field(() => Int, { description: 'Last year the document covers (inclusive); its targets fall between startYear and endYear.' })
  endYear!: number;
  @Field(() => String, { nullable: true, description: 'e.g. "Perpres 12/2025".' })
  legalBasis!: string | null;
  @Field(() => String, { nullable: true, description: 'Address of the document’s text; null when not recorded.' })
  url!: string | null;
}

@ObjectType({ description: 'A target: a single value, or a range [lowerBound, upperBound].' })
export class Target {
  @Field(() => String, { description: 'Code of the planning document that sets the target, e.g. "RKP-2026".' })
  documentCode!: string;
  @Field(() => String, { description: 'The indicator targeted (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the region the target is for ("ID" for a national target).' })
  regionCode!: string;
  @Field(() => Int, {
    description:
      'Year the target is for; when values come in rounds, progress reads it as the first round of that year (March for poverty).',
  })
  year!: number;
  @Field(() => Float, { nullable: true, description: 'Single-value target; null for a range.' })
  value!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Lower edge of a target range in the indicator’s unit, e.g. 7.0 for poverty 7.0–8.0% (RKP 2025); null for a single value.',
  })
  lowerBound!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Upper edge of a target range in the indicator’s unit, e.g. 8.0 for poverty 7.0–8.0% (RKP 2025); null for a single value.',
  })
  upperBound!: number | null;
  @Field(() => Int, { nullable: true, description: 'Year of the baseline the document declares; null when it declares none.' })
  baselineYear!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Baseline value the document declares, in the indicator’s unit; null when it declares none.',
  })
  baselineValue!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Remark from the imported targets file, e.g. why the target was revised; null if none.',
  })
  note!: string | null;
  @Field(() => VerificationStatus, {
    description:
      'UNVERIFIED as a kabupaten/kota submits it until the province’s verifier verifies (VERIFIED) or returns it (RETURNED); PUBLISHED for published national documents. Visitors and viewers see VERIFIED and PUBLISHED targets only.',
  })
  status!: VerificationStatus;
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
    description:
      'The value to reach: the target, or for a range the edge met first on the way there (the upper edge when lower is better, e.g. 8.0 for 7.0–8.0): entering the range meets the target.',
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
  @Field(() => Float, {
    nullable: true,
    description:
      'How far the latest value still is from the goal, in the indicator’s unit, counted in the better direction: positive while the target is not met (national poverty 8.25% against 4.5%: 3.75), zero or negative once it is. Null without a latest value or a goal.',
  })
  distanceToTarget!: number | null;
}

@ObjectType({ description: 'A region and indicator of a scorecard without any value to measure.' })
export class ScorecardMissingCell {
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => String, { description: 'The indicator (catalogue code).' })
  indicatorCode!: string;
}

@ObjectType({
  description: 'A cell of a scorecard whose status rests on an older year than other regions have for the indicator.',
})
export class ScorecardStaleCell {
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => String, { description: 'The indicator (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'The period of the cell’s latest value, e.g. "2023-03".' })
  latestPeriod!: string;
  @Field(() => Int, { description: 'The newest year of a latest value of the indicator among the scorecard’s regions.' })
  newestYear!: number;
}

@ObjectType({ description: 'Regions × indicators with their progress against one planning document.' })
export class Scorecard {
  @Field(() => String, { description: 'The planning document scored against.' })
  documentCode!: string;
  @Field(() => [String], {
    description: 'Region codes, in row order; with `where` or `first`, only the regions with a cell returned.',
  })
  regionCodes!: string[];
  @Field(() => [String], { description: 'Indicator codes, in column order.' })
  indicatorCodes!: string[];
  @Field(() => [TargetProgress], {
    description:
      'One cell per region and indicator, row by row; with `where`, `orderBy` or `first`, the cells meeting the filter in that order, at most `first` of them.',
  })
  cells!: TargetProgress[];
  @Field(() => Int, { description: 'Cells meeting `where` before `first` cut the list: every cell without a `where`.' })
  matchedCount!: number;
  @Field(() => [ScorecardMissingCell], {
    description:
      'The regions and indicators scored that have no value at all (you may read): their cells are NO_DATA, and the scorecard is partial for them. `where` does not change it. Each cell’s latest.period says which period its status rests on.',
  })
  missing!: ScorecardMissingCell[];
  @Field(() => [ScorecardStaleCell], {
    description:
      'Cells whose latest value is from an earlier year than the newest other regions have for the indicator: their status rests on that older value, which stands in for the missing newer one. `where` does not change it.',
  })
  stale!: ScorecardStaleCell[];
  @Field(() => Boolean, { description: 'The scorecard is partial: some region has no value for some indicator (see missing).' })
  partial!: boolean;
}
