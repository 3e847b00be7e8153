import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';

export enum TableCellStatus {
  VALUE = 'VALUE',
  ANNUAL_ROUND = 'ANNUAL_ROUND',
  NO_VALUE = 'NO_VALUE',
  NOT_MEASURED = 'NOT_MEASURED',
  LEVEL_NOT_PUBLISHED = 'LEVEL_NOT_PUBLISHED',
  NOT_YET_FORMED = 'NOT_YET_FORMED',
}

registerEnumType(TableCellStatus, {
  name: 'TableCellStatus',
  description: 'Whether a table cell holds the value of its row’s period, a stand-in for it, or why it is empty.',
  valuesConfig: {
    VALUE: { description: 'The value published for the row’s period.' },
    ANNUAL_ROUND: {
      description:
        'The row’s period is a year and the indicator has no annual figure for the region: the value of the round its annual figure comes from (poverty: March, TPT: August) stands in, and `period` says which.',
    },
    NO_VALUE: { description: 'No value the caller may read (or none at all) for the region, indicator and period.' },
    NOT_MEASURED: {
      description:
        'The period cannot exist for the indicator: a month that is not one of its rounds, or any month for an annual indicator.',
    },
    LEVEL_NOT_PUBLISHED: {
      description: 'No value, and the indicator is not published for the region’s level (Gini for a kabupaten/kota).',
    },
    NOT_YET_FORMED: {
      description:
        'The region did not exist in the period’s year (formed by a later recorded split); a value a table gave it is its parent’s and is left out.',
    },
  },
});

@ObjectType({ description: 'A column of a table: one indicator, in the order asked for.' })
export class TableColumn {
  @Field(() => String, { description: 'Catalogue code of the indicator, e.g. "poverty_rate_p0".' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Name in Bahasa Indonesia, e.g. "Persentase Penduduk Miskin (P0)".' })
  nameId!: string;
  @Field(() => String, { description: 'Unit in Bahasa Indonesia, e.g. "persen".' })
  unitId!: string;
  @Field(() => Int, { description: 'Decimals the indicator is published with: format the column with these.' })
  decimals!: number;
}

@ObjectType({ description: 'One cell: an indicator’s value for the row’s region and period, or why there is none.' })
export class TableCell {
  @Field(() => String, { description: 'The indicator of the column (TableColumn.indicatorCode).' })
  indicatorCode!: string;
  @Field(() => Float, { nullable: true, description: 'The value in the indicator’s unit; null when missing (see status).' })
  value!: number | null;
  @Field(() => TableCellStatus, { description: 'A value, a stand-in for the year, or why the cell is empty.' })
  status!: TableCellStatus;
  @Field(() => String, {
    nullable: true,
    description:
      'The period the value is for: the row’s, or the round standing in for its year ("2024-03"); null without a value.',
  })
  period!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Identifier of the value’s source (Source.id); null without a value or source.',
  })
  sourceId!: number | null;
  @Field(() => String, { nullable: true, description: 'Publisher of the value’s source, e.g. "Badan Pusat Statistik".' })
  publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'The publisher’s release date of the source (YYYY-MM-DD), when known.' })
  releaseDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Verification status of the value (VERIFIED, PUBLISHED…); null without a value.',
  })
  verification!: string | null;

  sourceTitle!: string | null;
}

@ObjectType({ description: 'One row of a table: a region in a period, with one cell per column.' })
export class TableRow {
  @Field(() => String, { description: 'Kemendagri code of the region, e.g. "75"; "ID" for Indonesia.' })
  regionCode!: string;
  @Field(() => String, { description: 'Name of the region, e.g. "Gorontalo".' })
  regionName!: string;
  @Field(() => RegionLevel, { description: 'Level of the region.' })
  level!: RegionLevel;
  @Field(() => String, { description: 'The row’s period as stored: "2024" (a year) or "2024-03" (a round).' })
  period!: string;
  @Field(() => [TableCell], { description: 'One cell per column, in the order of `columns`.' })
  cells!: TableCell[];
}

@ObjectType({ description: 'A cell without a value: which region, indicator and period, and why.' })
export class TableMissingCell {
  @Field(() => String, { description: 'Kemendagri code of the region.' })
  regionCode!: string;
  @Field(() => String, { description: 'Catalogue code of the indicator.' })
  indicatorCode!: string;
  @Field(() => String, { description: 'The row’s period.' })
  period!: string;
  @Field(() => TableCellStatus, { description: 'Why the cell is empty.' })
  reason!: TableCellStatus;
}

@ObjectType({ description: 'How complete a table is: every cell counted, and every empty one named.' })
export class TableSummary {
  @Field(() => Int, { description: 'Cells of the table: rows × columns.' })
  cells!: number;
  @Field(() => Int, { description: 'Cells holding the value of their own period.' })
  values!: number;
  @Field(() => Int, { description: 'Cells where the round of the year stands in for an annual figure (status ANNUAL_ROUND).' })
  annualRounds!: number;
  @Field(() => Int, { description: 'Cells without a value.' })
  missing!: number;
  @Field(() => Boolean, { description: 'Every cell holds the value of its own period: nothing missing, nothing standing in.' })
  complete!: boolean;
  @Field(() => [TableMissingCell], { description: 'Every cell without a value, in the order of the rows and columns.' })
  missingCells!: TableMissingCell[];
}

@ObjectType({
  description:
    'Regions × periods as rows, one column per indicator: the shape pasted into a spreadsheet. Every empty cell says why, and the summary lists them.',
})
export class Table {
  @Field(() => [TableColumn], { description: 'The indicators, in the order of indicatorCodes.' })
  columns!: TableColumn[];
  @Field(() => [String], { description: 'The periods of the rows, oldest first.' })
  periods!: string[];
  @Field(() => [TableRow], { description: 'Region by region (in the order given, then by code), each period oldest first.' })
  rows!: TableRow[];
  @Field(() => TableSummary, { description: 'Counts of cells with and without values, and the empty ones.' })
  summary!: TableSummary;
}
