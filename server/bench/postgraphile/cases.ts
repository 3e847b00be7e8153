// The plain lists of ../scale/lists.ts written as a PostGraphile client would ask for them, each read back as the same
// row keys, so the bench can check PostGraphile, our API and one SQL statement give the same answer.

import { decodeCursor, periodKeys } from '../../src/observations/observation-pages.js';
import type { ListCase } from '../scale/lists.js';
import { SERIES_PREFIX, seriesPostGraphileCase } from './series.js';

export interface PostGraphileCase {
  query: string;
  variables: Record<string, unknown>;
  keys: (data: unknown) => string[];
  /** The same page with only what the amber preset offers by itself (`condition`: equality on columns). */
  plain?: { query: string; variables: Record<string, unknown>; note: string };
}

const PAGE_FIELDS = `pageInfo { hasNextPage endCursor } edges { node { indicatorCode regionCode period year subperiod value
  status note importBatchId updatedAt } }`;
const PAGE_QUERY = `query ($filter: ObservationFilter!, $after: Cursor) {
  allObservations(filter: $filter, orderBy: PRIMARY_KEY_ASC, first: 1000, after: $after) { ${PAGE_FIELDS} } }`;
const PLAIN_PAGE_QUERY = `query ($condition: ObservationCondition!, $after: Cursor) {
  allObservations(condition: $condition, orderBy: PRIMARY_KEY_ASC, first: 1000, after: $after) { ${PAGE_FIELDS} } }`;

interface PageData {
  allObservations: {
    pageInfo: { endCursor: string };
    edges: { node: { indicatorCode: string; regionCode: string; period: string } }[];
  };
}
const pageKeys = (data: unknown) =>
  (data as PageData).allObservations.edges.map((e) => `${e.node.indicatorCode}|${e.node.regionCode}|${e.node.period}`);

interface OurFilter {
  indicatorCodes: string[];
  level?: string;
  parentCode?: string;
  periodFrom?: string;
  periodTo?: string;
}

/**
 * Our `observations` filter in the connection-filter plugin's terms: the level through the foreign key to `region`
 * (the observation table has no level column), the parent as the code range of its descendants, as our SQL has it.
 */
function connectionFilter(f: OurFilter): Record<string, unknown> {
  const filter: Record<string, unknown> = { indicatorCode: { equalTo: f.indicatorCodes[0] } };
  if (f.level) filter.regionByRegionCode = { level: { equalTo: f.level } };
  if (f.parentCode) filter.regionCode = { greaterThan: `${f.parentCode}.`, lessThan: `${f.parentCode}/` };
  const { from, to } = periodKeys(f);
  if (from || to) filter.period = { ...(from && { greaterThanOrEqualTo: from }), ...(to && { lessThanOrEqualTo: to }) };
  return filter;
}

/**
 * PostGraphile's cursor is base64 of JSON: a digest of the order, then the primary key's values. A client paging
 * through holds the previous page's endCursor; to start at page 403 without walking 402 pages, the bench writes the
 * cursor the previous page would have returned, from that page's last key and the digest of a first page.
 */
export function cursorAt(firstPageCursor: string, key: { i: string; r: string; p: string }): string {
  const [digest] = JSON.parse(Buffer.from(firstPageCursor, 'base64').toString()) as [string];
  return Buffer.from(JSON.stringify([digest, key.i, key.r, key.p])).toString('base64');
}

interface TreeNode {
  code: string;
  name?: string;
  regionsByParentCode?: { nodes: TreeNode[] };
}
const flatten = (nodes: TreeNode[], out: string[] = []) => {
  for (const n of nodes) {
    out.push(n.name === undefined ? n.code : `${n.code}|${n.name}`);
    flatten(n.regionsByParentCode?.nodes ?? [], out);
  }
  return out;
};

/**
 * The PostGraphile form of one of our list cases, or null for one that is not a plain list (the coverage counts).
 * `firstCursor` reads the endCursor of a first page, for pages further on.
 */
export async function postGraphileCase(
  c: ListCase,
  firstCursor: (query: string, variables: Record<string, unknown>) => Promise<string>,
): Promise<PostGraphileCase | null> {
  if (c.name.startsWith('observations,')) {
    const ours = c.variables as { filter: OurFilter; after: string | null };
    const filter = connectionFilter(ours.filter);
    const condition = { indicatorCode: ours.filter.indicatorCodes[0] };
    const at = ours.after ? decodeCursor(ours.after) : null;
    const after = at ? cursorAt(await firstCursor(PAGE_QUERY, { filter, after: null }), at) : null;
    const plainAfter = at ? cursorAt(await firstCursor(PLAIN_PAGE_QUERY, { condition, after: null }), at) : null;
    return {
      query: PAGE_QUERY,
      variables: { filter, after },
      keys: pageKeys,
      plain: {
        query: PLAIN_PAGE_QUERY,
        variables: { condition, after: plainAfter },
        note: "the indicator's values at every level and period after the same key: same size and order, other rows",
      },
    };
  }
  if (c.name.startsWith(SERIES_PREFIX)) return seriesPostGraphileCase(c);
  if (c.name.startsWith('region list')) {
    return {
      query: '{ allRegions(condition: { level: DISTRICT }, orderBy: PRIMARY_KEY_ASC, first: 5000) { nodes { code name } } }',
      variables: {},
      keys: (data) => (data as { allRegions: { nodes: TreeNode[] } }).allRegions.nodes.map((r) => `${r.code}|${r.name}`),
    };
  }
  if (c.name.startsWith('region tree')) {
    const f = c.name.includes('name') ? 'code name' : 'code';
    const children = (inner: string) => `regionsByParentCode(orderBy: PRIMARY_KEY_ASC) { nodes { ${f} ${inner} } }`;
    return {
      query: `{ allRegions(condition: { level: PROVINCE }, orderBy: PRIMARY_KEY_ASC) { nodes { ${f} ${children(children(children('')))} } } }`,
      variables: {},
      keys: (data) => flatten((data as { allRegions: { nodes: TreeNode[] } }).allRegions.nodes),
    };
  }
  return null;
}

export const endCursorOf = (data: unknown) => (data as PageData).allObservations.pageInfo.endCursor;
