import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { coverageByIndicator, indicatorsByCodes } from '../indicators/indicators.service.js';
import type { Source } from './observation.types.js';
import { loadSeriesBreaks } from './observations.service.js';
import type { SeriesBreakRule } from './series.js';

export function createObservationLoaders(db: Database) {
  let breaks: Promise<SeriesBreakRule[]> | undefined;
  return {
    indicatorByCode: new DataLoader((codes: readonly string[]) => indicatorsByCodes(db, codes)),
    coverageOf: new DataLoader((codes: readonly string[]) => coverageByIndicator(db, codes)),
    sourceById: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db.sql.query<Source>('SELECT id, title, url, publisher FROM source WHERE id = ANY($1::int[])', [
        [...ids],
      ]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Series breaks are few: read once per request. */
    seriesBreaks: () => {
      breaks ??= loadSeriesBreaks(db);
      return breaks;
    },
  };
}
