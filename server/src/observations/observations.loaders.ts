import DataLoader from 'dataloader';
import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { coverageByIndicator, findIndicators, indicatorsByCodes } from '../indicators/indicators.service.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import type { Source } from './observation.types.js';
import { loadSeriesBreaks } from './observations.service.js';
import type { SeriesBreakRule } from './series.js';
import { visibilityOf } from './visibility.js';

/** `viewer` decides which observations the coverage counts (see visibility.ts). */
export function createObservationLoaders(db: Database, reference: ReferenceCache, viewer: Viewer) {
  let breaks: Promise<readonly SeriesBreakRule[]> | undefined;
  const indicatorByCode = new DataLoader((codes: readonly string[]) =>
    reference.indicators.getMany(codes, (missing) => indicatorsByCodes(db, missing)),
  );
  return {
    indicatorByCode,
    /** The catalogue entry of `code`, without waiting when it is held (see regionOf). */
    indicatorOf: (code: string) => reference.indicators.peek(code) ?? indicatorByCode.load(code),
    /** The whole catalogue, read only to suggest what an unknown code meant. */
    indicatorCatalogue: () => findIndicators(db),
    // Held per kind of reader: counting an indicator's values scans them, once per change of the observations
    // rather than once per catalogue a browser loads.
    coverageOf: new DataLoader((codes: readonly string[]) => {
      const visibility = visibilityOf(viewer);
      return reference.coverage.getMany(
        codes.map((code) => `${visibility}:${code}`),
        (missing) =>
          coverageByIndicator(
            db,
            viewer,
            missing.map((key) => key.slice(visibility.length + 1)),
          ),
      );
    }),
    sourceById: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db.sql.query<Source>(
        `SELECT id, title, url, publisher, NULLIF(publisher_url, '') AS "publisherUrl",
                to_char(released_on, 'YYYY-MM-DD') AS "releaseDate"
         FROM source WHERE id = ANY($1::int[])`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Series breaks are few: all of them, read at most once per request. */
    seriesBreaks: () => {
      breaks ??= reference.seriesBreaks.get('all', () => loadSeriesBreaks(db));
      return breaks;
    },
  };
}
