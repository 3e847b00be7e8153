import { readFileSync } from 'node:fs';
import { buildSchema, type DocumentNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COMPARISON, EARLIER, PARENT, PERIODS } from '../pages/compare/compare-queries';
import { IMPORT_FILE } from '../pages/data/data-model';
import { OBSERVATIONS } from '../pages/data/data-queries';
import { MAP, PERIODS as MAP_PERIODS } from '../pages/map/map-queries';
import { overviewItems, overviewQuery } from '../pages/overview/overview-model';
import { PROGRAMMES } from '../pages/programmes/programme-queries';
import { scorecardColumns, scorecardQuery } from '../pages/scorecard/scorecard-model';
import { trendQuery, trendRequests } from '../pages/trend/trend-model';
import { DOCUMENTS } from '../test-support/documents';
import { CATALOGUE, REGION, REGION_SEARCH } from './catalogue';

// Every operation the dashboard sends must be valid against the committed schema: the dashboard uses only what
// the API offers.
const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
const errorsOf = (doc: DocumentNode | string) =>
  validate(schema, typeof doc === 'string' ? parse(doc) : doc).map((e) => e.message);

describe('GraphQL operations', () => {
  it.each([
    ['Catalogue', CATALOGUE],
    ['RegionInfo', REGION],
    ['RegionSearch', REGION_SEARCH],
    ['CompareParent', PARENT],
    ['Comparison', COMPARISON],
    ['ComparisonEarlier', EARLIER],
    ['ComparePeriods', PERIODS],
    ['ProvinceMap', MAP],
    ['MapPeriods', MAP_PERIODS],
    ['Observations', OBSERVATIONS],
    ['Programmes', PROGRAMMES],
    ['ImportFile', IMPORT_FILE],
  ])('%s is valid', (_name, doc) => {
    expect(errorsOf(doc as DocumentNode | string)).toEqual([]);
  });
  it('builds valid overview, trend and scorecard operations', () => {
    const items = overviewItems(DOCUMENTS, 'RPJMN-2025-2029', '75');
    expect(errorsOf(overviewQuery(items, true))).toEqual([]);
    expect(errorsOf(overviewQuery(items, false))).toEqual([]);
    expect(errorsOf(trendQuery(trendRequests(DOCUMENTS, 'RPJMN-2025-2029', 'poverty_rate_p0', ['75', 'ID'])))).toEqual([]);
    expect(errorsOf(scorecardQuery(scorecardColumns(DOCUMENTS, 'RPJMN-2025-2029', 'ID')))).toEqual([]);
  });
});
