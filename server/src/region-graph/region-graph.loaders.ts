import DataLoader from 'dataloader';
import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { Observation, SeriesFrequency } from '../observations/observation.types.js';
import { findSeries, OBSERVATION_COLUMNS, type SeriesBreaks, type SeriesResult } from '../observations/observations.service.js';
import { visibleObservations } from '../observations/visibility.js';
import { readProgrammeFigures } from '../programmes/programme-figures.service.js';
import type { Programme, ProgrammeFigure } from '../programmes/programmes.graphql.js';
import type { TargetRecord } from '../targets/targets.service.js';

type ProgrammeEntry = Programme;

/** What a region's series is asked with; every region asked the same way shares one statement. */
export interface RegionSeriesAsk {
  indicatorCode: string;
  frequency: SeriesFrequency;
  periodFrom: string | null;
  periodTo: string | null;
}

/** What a region's programme figures are asked with. */
export interface RegionFiguresAsk {
  programmeCodes: readonly string[] | null;
  year: number | null;
}

const SEPARATOR = '\u0000';

/**
 * The fields of a region that reach into its data (Region.latest, Region.series, Region.programmeFigures), batched
 * over every region of a request: a list of 514 kabupaten/kota with their latest values costs one statement, as one
 * region does. Regions asked the same way (the same indicator and range, the same year) are read together.
 */
export function createRegionGraphLoaders(
  db: Database,
  viewer: Viewer,
  breaks: SeriesBreaks,
  targetsOfDocument: (documentCode: string) => Promise<readonly TargetRecord[]>,
) {
  // The targets of the documents asked for, by region: built once a request, however many regions ask.
  const targetIndexes = new Map<string, Promise<Map<string, TargetRecord[]>>>();
  const targetsByRegion = (documentCodes: readonly string[]) => {
    const key = documentCodes.join(SEPARATOR);
    let index = targetIndexes.get(key);
    if (!index) {
      index = Promise.all(documentCodes.map(targetsOfDocument)).then((lists) => {
        const byRegion = new Map<string, TargetRecord[]>();
        for (const t of lists.flat()) {
          const list = byRegion.get(t.regionCode);
          if (list) list.push(t);
          else byRegion.set(t.regionCode, [t]);
        }
        return byRegion;
      });
      targetIndexes.set(key, index);
    }
    return index;
  };

  const latestObservation = new DataLoader<string, Observation | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(SEPARATOR) as [string, string]);
    const rows = await db.sql.query<Observation>(
      `SELECT DISTINCT ON (o.region_code, o.indicator_code) ${OBSERVATION_COLUMNS} FROM observation o
       WHERE o.region_code = ANY($1::text[]) AND o.indicator_code = ANY($2::text[]) AND ${visibleObservations(viewer)}
       ORDER BY o.region_code, o.indicator_code, o.year DESC, o.subperiod DESC`,
      [[...new Set(pairs.map((p) => p[0]))], [...new Set(pairs.map((p) => p[1]))]],
      { prepare: true },
    );
    const byKey = new Map(rows.map((r) => [`${r.regionCode}${SEPARATOR}${r.indicatorCode}`, r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });

  const seriesOf = new DataLoader<{ regionCode: string; ask: RegionSeriesAsk }, SeriesResult | null, string>(
    async (keys) => {
      const answers = new Map<string, SeriesResult>();
      for (const [askKey, regionCodes] of groupBy(keys, (k) => JSON.stringify(k.ask))) {
        const ask = JSON.parse(askKey) as RegionSeriesAsk;
        for (const series of await findSeries(db, viewer, { ...ask, regionCodes }, breaks)) {
          answers.set(`${askKey}${SEPARATOR}${series.regionCode}`, series);
        }
      }
      return keys.map((k) => answers.get(`${JSON.stringify(k.ask)}${SEPARATOR}${k.regionCode}`) ?? null);
    },
    { cacheKeyFn: (k) => `${JSON.stringify(k.ask)}${SEPARATOR}${k.regionCode}` },
  );

  const programmeFiguresOf = new DataLoader<{ regionCode: string; ask: RegionFiguresAsk }, ProgrammeFigure[], string>(
    async (keys) => {
      const answers = new Map<string, ProgrammeFigure[]>();
      for (const [askKey, regionCodes] of groupBy(keys, (k) => JSON.stringify(k.ask))) {
        const ask = JSON.parse(askKey) as RegionFiguresAsk;
        const figures = await readProgrammeFigures(db, { ...ask, regionCodes, parentCode: null });
        for (const f of figures) {
          const key = `${askKey}${SEPARATOR}${f.regionCode}`;
          const list = answers.get(key);
          if (list) list.push(f);
          else answers.set(key, [f]);
        }
      }
      return keys.map((k) => answers.get(`${JSON.stringify(k.ask)}${SEPARATOR}${k.regionCode}`) ?? []);
    },
    { cacheKeyFn: (k) => `${JSON.stringify(k.ask)}${SEPARATOR}${k.regionCode}` },
  );

  // The programme catalogue, read once a request for the fields that check or name programmes.
  let catalogue: Promise<ProgrammeEntry[]> | undefined;
  const programmeCatalogue = () =>
    (catalogue ??= db.sql.query<ProgrammeEntry>(
      `SELECT code, scope::text AS scope, parent_code AS "parentCode", name_id AS "nameId", name_en AS "nameEn",
              description_id AS "descriptionId", recipient_unit AS "recipientUnit", region_code AS "regionCode"
       FROM programme ORDER BY scope, code`,
    ));

  return {
    targetsByRegion,
    programmeCatalogue,
    latestObservation: (regionCode: string, indicatorCode: string) =>
      latestObservation.load(`${regionCode}${SEPARATOR}${indicatorCode}`),
    regionSeries: (regionCode: string, ask: RegionSeriesAsk) => seriesOf.load({ regionCode, ask }),
    regionProgrammeFigures: (regionCode: string, ask: RegionFiguresAsk) => programmeFiguresOf.load({ regionCode, ask }),
  };
}

/** The regions of a batch by what they were asked with. */
function groupBy<K extends { regionCode: string }>(keys: readonly K[], askOf: (k: K) => string): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const k of keys) {
    const ask = askOf(k);
    const regions = groups.get(ask) ?? new Set<string>();
    regions.add(k.regionCode);
    groups.set(ask, regions);
  }
  return new Map([...groups].map(([ask, regions]) => [ask, [...regions]]));
}
