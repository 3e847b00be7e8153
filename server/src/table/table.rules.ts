// Plain functions: the cells of a table from the values read, each with its status, and the summary of what is missing.

import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { parseStoredPeriod, periodFit } from '../observations/periods.js';
import { existedIn } from '../regions/existence.js';
import type { RegionRecord } from '../regions/regions.service.js';
import { type TableCell, TableCellStatus, type TableColumn, type TableMissingCell, type TableSummary } from './table.types.js';

/** A value read for the table. */
export interface TableValue {
  code: string;
  indicatorCode: string;
  period: string;
  value: number;
  sourceId: number | null;
  status: string;
  publisher: string | null;
  releaseDate: string | null;
  sourceTitle: string | null;
}

export interface TableRowResult {
  regionCode: string;
  regionName: string;
  level: RegionRecord['level'];
  period: string;
  cells: TableCell[];
}

export interface TableResult {
  columns: TableColumn[];
  periods: string[];
  rows: TableRowResult[];
  summary: TableSummary;
  /** Every region of the rows, for the request's region loader. */
  regions: RegionRecord[];
}

type Column = Pick<
  IndicatorRecord,
  'code' | 'nameId' | 'unitId' | 'decimals' | 'periodicity' | 'periodMonths' | 'annualRound' | 'levels'
>;

/**
 * Rows region by region (in the order given), each period oldest first, one cell per column. With `annualRounds`, a
 * year without an annual figure takes the value of the indicator's annual round (poverty: March), marked so.
 */
export function assembleTable(
  columns: readonly Column[],
  regions: readonly RegionRecord[],
  periods: readonly string[],
  values: readonly TableValue[],
  options: { annualRounds: boolean },
): TableResult {
  const byKey = new Map<string, TableValue>();
  for (const v of values) byKey.set(`${v.code}|${v.indicatorCode}|${v.period}`, v);
  const missingCells: TableMissingCell[] = [];
  let valueCount = 0;
  let roundCount = 0;
  const rows: TableRowResult[] = [];
  for (const region of regions) {
    for (const period of periods) {
      const key = parseStoredPeriod(period);
      const cells = columns.map((column): TableCell => {
        const status = (s: TableCellStatus, v: TableValue | null = null): TableCell => ({
          indicatorCode: column.code,
          value: v?.value ?? null,
          status: s,
          period: v?.period ?? null,
          sourceId: v?.sourceId ?? null,
          publisher: v?.publisher ?? null,
          releaseDate: v?.releaseDate ?? null,
          verification: v?.status ?? null,
          sourceTitle: v?.sourceTitle ?? null,
        });
        if (!existedIn(region.existsSince, key.year)) return status(TableCellStatus.NOT_YET_FORMED);
        const own = byKey.get(`${region.code}|${column.code}|${period}`);
        if (own) return status(TableCellStatus.VALUE, own);
        if (key.subperiod > 0 && periodFit(key.subperiod, column) !== 'ok') return status(TableCellStatus.NOT_MEASURED);
        if (key.subperiod === 0 && options.annualRounds && column.annualRound) {
          const round = byKey.get(`${region.code}|${column.code}|${key.year}-${String(column.annualRound).padStart(2, '0')}`);
          if (round) return status(TableCellStatus.ANNUAL_ROUND, round);
        }
        const published = (column.levels as readonly string[]).includes(region.level);
        return status(published ? TableCellStatus.NO_VALUE : TableCellStatus.LEVEL_NOT_PUBLISHED);
      });
      for (const cell of cells) {
        if (cell.status === TableCellStatus.VALUE) valueCount++;
        else if (cell.status === TableCellStatus.ANNUAL_ROUND) roundCount++;
        else missingCells.push({ regionCode: region.code, indicatorCode: cell.indicatorCode, period, reason: cell.status });
      }
      rows.push({ regionCode: region.code, regionName: region.name, level: region.level, period, cells });
    }
  }
  const cellCount = rows.length * columns.length;
  return {
    columns: columns.map((c) => ({ indicatorCode: c.code, nameId: c.nameId, unitId: c.unitId, decimals: c.decimals })),
    periods: [...periods],
    rows,
    summary: {
      cells: cellCount,
      values: valueCount,
      annualRounds: roundCount,
      missing: missingCells.length,
      complete: valueCount === cellCount,
      missingCells,
    },
    regions: [...regions],
  };
}
