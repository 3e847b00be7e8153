import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel, VerificationStatus } from '../generated/prisma/enums.js';

registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description:
    'Whether a value has been checked. Imports cannot change a VERIFIED value. Anonymous visitors and viewers read only VERIFIED and PUBLISHED values: for them the others do not exist (lists, counts, series, comparisons, progress, roll-ups, composite indices, coverage, exports).',
  valuesConfig: {
    UNVERIFIED: { description: 'Not checked yet: every imported value starts so.' },
    VERIFIED: {
      description: 'Checked; an import that would change it is rejected (VERIFIED_VALUE_CHANGE) until a verifier reopens it.',
    },
    DISPUTED: { description: 'Its correctness is questioned; unlike a VERIFIED value, an import can still change it.' },
    RETURNED: {
      description:
        'Sent back by the province’s verifier with a comment (reviewValues); the region’s corrected import makes it UNVERIFIED again.',
    },
    DRAFT: {
      description:
        'Saved by the region’s editor (draft: true) and not yet submitted: the verifier sees it once submitDrafts submits it; visitors and viewers never.',
    },
    PUBLISHED: {
      description:
        'An official statistic (BPS or another publisher) imported by an administrator as a published release; only a new release changes it.',
    },
  },
});

export enum SeriesFrequency {
  AUTO = 'AUTO',
  ANNUAL = 'ANNUAL',
  SUBANNUAL = 'SUBANNUAL',
}
registerEnumType(SeriesFrequency, {
  name: 'SeriesFrequency',
  description: 'Which values make a series when a region has both annual figures and sub-annual rounds.',
  valuesConfig: {
    AUTO: { description: 'The rounds ("2025-03") when there are any, else the annual figures.' },
    ANNUAL: { description: 'Annual figures only ("2025"), e.g. to compare a province with its kabupaten/kota.' },
    SUBANNUAL: { description: 'Sub-annual rounds only (Susenas March/September, Sakernas February/August).' },
  },
});

@ObjectType({ description: 'Where a figure comes from.' })
export class Source {
  @Field(() => Int, { description: 'Identifier of the source record in this platform.' })
  id!: number;
  @Field(() => String, {
    description: 'Publisher’s table or publication, e.g. BPS table "Persentase Penduduk Miskin (P0) Menurut Provinsi".',
  })
  title!: string;
  @Field(() => String, {
    description:
      'Where the figures were taken from: the publisher’s table, or a copy of it elsewhere (shown as “diambil dari”); may be empty.',
  })
  url!: string;
  @Field(() => String, { description: 'Publisher, e.g. "BPS"; empty when the imported file did not name one.' })
  publisher!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The publisher’s own page for the table or publication (e.g. bps.go.id/…), when url is a copy taken from elsewhere or the file names it (url_penerbit); null when not known.',
  })
  publisherUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The publisher’s release date of the table or publication (YYYY-MM-DD), as the source gives it (tanggal_rilis); null when the source gives none — never the date the data was loaded (see updatedAt).',
  })
  releaseDate!: string | null;
}

@ObjectType({ description: 'One published value: region × indicator × period.' })
export class Observation {
  @Field(() => String, { description: 'Catalogue code of the indicator measured, e.g. "poverty_rate_p0".' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the region, e.g. "75.02"; "ID" for Indonesia.' })
  regionCode!: string;
  @Field(() => String, { description: 'As BPS writes it: "2025" (annual) or "2025-03" (the March round).' })
  period!: string;
  @Field(() => Int, { description: 'Year of the period, e.g. 2025 for "2025-03".' })
  year!: number;
  @Field(() => Int, { description: 'Month of the round; 0 for an annual figure.' })
  subperiod!: number;
  @Field(() => Float, {
    description:
      'The figure in the indicator’s unit (see indicator.unitEn), as published; missing figures ("-", "...") are not stored, never zero.',
  })
  value!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'For a ratio indicator (indicator.ratioFactor): the numerator the value was computed from, e.g. people served (indicator.numeratorId); null when the value came alone.',
  })
  numerator!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'For a ratio indicator: the denominator, e.g. people needing the service (indicator.denominatorId); value = numerator ÷ denominator × ratioFactor.',
  })
  denominator!: number | null;
  @Field(() => VerificationStatus, { description: 'Whether the value has been checked; UNVERIFIED as imported.' })
  status!: VerificationStatus;
  @Field(() => String, { nullable: true, description: 'Publisher’s or importer’s note, e.g. "pre-split Papua boundaries".' })
  note!: string | null;
  @Field(() => Int, { nullable: true, description: 'Import batch that last wrote the value.' })
  importBatchId!: number | null;
  @Field(() => String, { description: 'When the value was last written (ISO 8601): the "data per" date.' })
  updatedAt!: string;

  sourceId!: number | null;
}

@InputType({ description: 'Which observations to return. All conditions must hold.' })
export class ObservationFilter {
  @Field(() => [String], { nullable: true, description: 'Indicator codes.' })
  indicatorCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Regions: Kemendagri codes, BPS codes or names.' })
  regionCodes?: string[] | null;
  @Field(() => RegionLevel, { nullable: true, description: 'Only regions of this level, e.g. REGENCY_CITY for kabupaten/kota.' })
  level?: RegionLevel | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only regions under this one (any depth), e.g. "75" for Gorontalo and its kabupaten/kota.',
  })
  parentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'From this period on, inclusive ("2020" or "2020-03").' })
  periodFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to this period, inclusive.' })
  periodTo?: string | null;
  @Field(() => VerificationStatus, {
    nullable: true,
    description:
      'Only values with this verification status. Visitors and viewers read only VERIFIED and PUBLISHED values: UNVERIFIED or DISPUTED gives them none.',
  })
  status?: VerificationStatus | null;
}

@ObjectType({ description: 'One observation of a page, with its cursor.' })
export class ObservationEdge {
  @Field(() => String, { description: 'Opaque position of this observation; pass it as `after` to continue after it.' })
  cursor!: string;
  @Field(() => Observation, { description: 'The observation.' })
  node!: Observation;
}

@ObjectType({ description: 'Where a page ends and whether another page follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more observations match after this page.' })
  hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the last observation of this page: pass it as `after` for the next page. Set on the last page too (stop when hasNextPage is false); null only for an empty page.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of observations ordered by indicator, region and period (stable across pages).' })
export class ObservationConnection {
  @Field(() => [ObservationEdge], { description: 'The observations of this page, each with its cursor.' })
  edges!: ObservationEdge[];
  @Field(() => PageInfo, { description: 'The cursor of the last observation and whether another page follows.' })
  pageInfo!: PageInfo;

  filter!: ObservationFilter;
}

@ObjectType({ description: 'A value in a series.' })
export class SeriesPoint extends Observation {
  @Field(() => Boolean, {
    description: 'True when a series break separates this value from the previous one: do not draw a line between them.',
  })
  breakBefore!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the series breaks here (Bahasa Indonesia).' })
  breakReasonId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the series breaks here (English); null when breakBefore is false.' })
  breakReasonEn!: string | null;
}

@ObjectType({
  description:
    'How the latest value of a series changed since the previous comparable one: the latest earlier value of the same kind (annual with annual, a round with a round) or, for a seasonal figure (Indicator.yearOnYear, TPT), the same round a year earlier — the rule of Comparison.previousPeriod.',
})
export class SeriesChange {
  @Field(() => String, { description: 'Period of the latest value of the series.' })
  period!: string;
  @Field(() => Float, { description: 'The latest value.' })
  value!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'The previous comparable period among the series’ points (August 2024 for TPT of August 2025); null when the series has none.',
  })
  previousPeriod!: string | null;
  @Field(() => Float, { nullable: true, description: 'Value in previousPeriod; null when there is none.' })
  previousValue!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'value − previousValue; null without one, or when a series break lies between them.',
  })
  change!: number | null;
  @Field(() => Boolean, { description: 'A series break (pemekaran, method change) lies between the two periods.' })
  changeNotComparable!: boolean;
}

@ObjectType({ description: 'An indicator’s values over time for one region, one frequency, oldest first.' })
export class Series {
  @Field(() => String, { description: 'The indicator measured (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => SeriesFrequency, { description: 'ANNUAL or SUBANNUAL: the frequency chosen.' })
  frequency!: SeriesFrequency;
  @Field(() => [SeriesPoint], { description: 'Values of the chosen frequency, oldest first; empty when the region has none.' })
  points!: SeriesPoint[];
}
