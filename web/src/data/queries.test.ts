import { readFileSync } from 'node:fs';
import { buildSchema, type DocumentNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COMPARISON, EARLIER, PARENT, PERIODS } from '../pages/compare/compare-queries';
import { IMPORT_FILE } from '../pages/data/data-model';
import { OBSERVATIONS } from '../pages/data/data-queries';
import { MAP, PERIODS as MAP_PERIODS } from '../pages/map/map-queries';
import { OVERVIEW } from '../pages/overview/overview-queries';
import { PROGRAMMES } from '../pages/programmes/programme-queries';
import { SCORECARD } from '../pages/scorecard/scorecard-queries';
import { TREND } from '../pages/trend/trend-queries';
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
    ['Overview', OVERVIEW],
    ['Trend', TREND],
    ['Scorecard', SCORECARD],
  ])('%s is valid', (_name, doc) => {
    expect(errorsOf(doc as DocumentNode | string)).toEqual([]);
  });
});
