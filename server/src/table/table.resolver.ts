import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import { Source } from '../observations/observation.types.js';
import { Region } from '../regions/region.types.js';
import type { TableResult } from './table.rules.js';
import { buildTable, MAX_TABLE_CELLS, MAX_TABLE_INDICATORS, MAX_TABLE_PERIODS, MAX_TABLE_REGIONS } from './table.service.js';
import { Table, TableCell, TableColumn, TableRow } from './table.types.js';

@Resolver(() => Table)
export class TableResolver {
  @Query(() => Table, {
    description: `Regions × periods as rows with one column per indicator — the shape pasted into a spreadsheet — in one statement whatever the number of regions and indicators. Every empty cell says why, and \`summary\` lists them. At most ${MAX_TABLE_INDICATORS} indicators, ${MAX_TABLE_REGIONS} regions, ${MAX_TABLE_PERIODS} periods and ${MAX_TABLE_CELLS} cells. The same table is exported at /export/table.csv and /export/table.xlsx.`,
  })
  table(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCodes', () => [String], {
      description: `The columns: indicator codes from the \`indicators\` catalogue, e.g. ["poverty_rate_p0", "human_development_index_ipm"]; at most ${MAX_TABLE_INDICATORS}.`,
    })
    indicatorCodes: string[],
    @Arg('parentCode', () => String, {
      nullable: true,
      description:
        'Every region of `level` under this one (a Kemendagri or BPS code, or a name), e.g. "ID" for all provinces or "Gorontalo" for its kabupaten/kota. Defaults to "ID" when regionCodes is not given.',
    })
    parentCode: string | null,
    @Arg('level', () => RegionLevel, {
      nullable: true,
      description: 'The level of the regions under parentCode; defaults to the level just below it.',
    })
    level: RegionLevel | null,
    @Arg('regionCodes', () => [String], {
      nullable: true,
      description: `These regions first, in this order (Kemendagri codes, BPS codes or names), e.g. ["ID"] for the national row above the provinces; with parentCode, the regions under it follow. At most ${MAX_TABLE_REGIONS}.`,
    })
    regionCodes: string[] | null,
    @Arg('periods', () => [String], {
      nullable: true,
      description: `The periods of the rows, e.g. ["2024"] or ["Maret 2024", "September 2024"]. For a year, an indicator without an annual figure shows the round its annual figure comes from (status ANNUAL_ROUND). At most ${MAX_TABLE_PERIODS}; not together with periodFrom/periodTo.`,
    })
    periods: string[] | null,
    @Arg('periodFrom', () => String, {
      nullable: true,
      description: 'Or every period with data from this one on, e.g. "2020" (its rounds included).',
    })
    periodFrom: string | null,
    @Arg('periodTo', () => String, { nullable: true, description: 'And up to this one, e.g. "2024" (its rounds included).' })
    periodTo: string | null,
  ): Promise<TableResult> {
    return buildTable(db, loaders, viewer, { indicatorCodes, parentCode, level, regionCodes, periods, periodFrom, periodTo });
  }
}

type RowRoot = Pick<TableRow, 'regionCode'>;

@Resolver(() => TableRow)
export class TableRowResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() row: RowRoot, @Ctx() { loaders }: Context) {
    return loaders.regionOf(row.regionCode);
  }
}

@Resolver(() => TableColumn)
export class TableColumnResolver {
  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: definition, direction, source.' })
  indicator(@Root() column: Pick<TableColumn, 'indicatorCode'>, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(column.indicatorCode);
  }
}

@Resolver(() => TableCell)
export class TableCellResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'Publisher’s table or publication the value comes from.' })
  source(@Root() cell: Pick<TableCell, 'sourceId'>, @Ctx() { loaders }: Context) {
    return cell.sourceId ? loaders.sourceById.load(cell.sourceId) : null;
  }
}

/** The table's resolvers, for the schema's list (one line there, so branches merge cleanly). */
export const TABLE_RESOLVERS = [TableResolver, TableRowResolver, TableColumnResolver, TableCellResolver] as const;
