import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const EXAMPLE = new URL('../../../web/src/explorer/examples/15-provinsi-tidak-sesuai-target.graphql', import.meta.url);

const CARD = `query ($parent: String = "ID", $indicators: [String!] = ["poverty_rate_p0"], $where: ScorecardCellFilter, $orderBy: [ScorecardOrder!], $first: Int) {
  scorecard(documentCode: "RPJMN-2025-2029", parentCode: $parent, indicatorCodes: $indicators, where: $where, orderBy: $orderBy, first: $first) {
    matchedCount partial regionCodes missing { regionCode indicatorCode }
    cells { regionCode indicatorCode status distanceToTarget gapScore latest { period value } region { name } }
  }
}`;

interface Cell {
  regionCode: string;
  indicatorCode: string;
  status: string;
  distanceToTarget: number | null;
  gapScore: number | null;
  latest: { period: string; value: number } | null;
  region: { code: string; name: string };
  targetRegionCode: string;
}
interface Card {
  scorecard: {
    matchedCount: number;
    partial: boolean;
    regionCodes: string[];
    missing: { regionCode: string; indicatorCode: string }[];
    cells: Cell[];
  };
}

describeEachDatabase(
  'scorecard: where, orderBy, first and what is missing',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('answers in one query: the provinces off track against the RPJMN 2029 poverty target, farthest first', async () => {
      const { scorecard } = await api.query<Card>(readFileSync(EXAMPLE, 'utf8'));
      expect(scorecard).toMatchObject({ matchedCount: 26, partial: false, missing: [] });
      expect(scorecard.cells.every((c) => c.status === 'OFF_TRACK' && c.targetRegionCode === 'ID')).toBe(true);
      // Latest P0 of September 2025 against the 4.5% of 2029.
      expect(scorecard.cells.slice(0, 6).map((c) => [c.region.name, c.latest?.value, c.distanceToTarget])).toEqual([
        ['Papua Tengah', 29.45, 24.95],
        ['Papua Barat', 19.58, 15.08],
        ['Papua Selatan', 19.26, 14.76],
        ['Papua', 17.82, 13.32],
        ['Nusa Tenggara Timur', 17.5, 13],
        ['Papua Barat Daya', 17.5, 13],
      ]);
      expect(scorecard.cells.map((c) => c.region.code).sort()).toEqual(
        ['11', '12', '14', '15', '16', '17', '18', '19', '33', '34', '35', '52', '53', '62']
          .concat(['71', '72', '73', '74', '75', '76', '81', '91', '92', '93', '94', '96'])
          .sort(),
      );
      // The same cells as the whole scorecard's OFF_TRACK ones.
      const whole = await api.query<Card>(CARD);
      expect(whole.scorecard.cells.filter((c) => c.status === 'OFF_TRACK').map((c) => c.regionCode)).toEqual(
        [...scorecard.cells.map((c) => c.region.code)].sort(),
      );
    });

    it('filters on values, names and statuses; regionCodes keeps the regions with a cell left', async () => {
      const { scorecard } = await api.query<Card>(CARD, {
        where: { regionName: { contains: 'kalimantan' }, status: { notIn: ['ACHIEVED'] } },
        orderBy: [{ field: 'STATUS' }, { field: 'LATEST_VALUE', direction: 'DESC' }],
      });
      expect(scorecard.cells.map((c) => [c.region.name, c.status])).toEqual([
        ['Kalimantan Utara', 'ON_TRACK'],
        ['Kalimantan Timur', 'ON_TRACK'],
        ['Kalimantan Barat', 'AT_RISK'],
        ['Kalimantan Tengah', 'OFF_TRACK'],
      ]);
      expect(scorecard.regionCodes).toEqual(['61', '62', '64', '65']);
      const near = await api.query<Card>(CARD, { where: { distanceToTarget: { gt: 0, lte: 0.5 } }, first: 1 });
      // Bangka Belitung 4.77% and Kalimantan Tengah 4.94%: two cells meet it, first keeps the first row.
      expect(near.scorecard).toMatchObject({ matchedCount: 2, regionCodes: ['19'], cells: [{ regionCode: '19' }] });
    });

    it('lists the cells without any value, whatever the filter keeps', async () => {
      const { scorecard } = await api.query<Card>(CARD, {
        parent: '75',
        indicators: ['poverty_rate_p0', 'gini_ratio'],
        where: { status: { in: ['NO_DATA'] } },
      });
      // Gini is not published for kabupaten/kota: six cells without a value.
      expect(scorecard.partial).toBe(true);
      expect(scorecard.missing).toHaveLength(6);
      expect(scorecard.missing.every((m) => m.indicatorCode === 'gini_ratio')).toBe(true);
      expect(scorecard.matchedCount).toBe(6);
    });

    it('names the cells whose status rests on an older year than the other regions have', async () => {
      const db = use();
      await db.sql.query(
        `CREATE TABLE held_observation AS SELECT * FROM observation
         WHERE region_code = '75' AND indicator_code = 'poverty_rate_p0' AND year = 2025`,
      );
      await db.sql.query(
        "DELETE FROM observation WHERE region_code = '75' AND indicator_code = 'poverty_rate_p0' AND year = 2025",
      );
      try {
        const { scorecard } = await api.query<Card & { scorecard: { stale: unknown[] } }>(
          CARD.replace('matchedCount', 'matchedCount stale { regionCode indicatorCode latestPeriod newestYear }'),
          { where: { regionCode: { eq: '31' } } },
        );
        // Gorontalo's latest P0 is then September 2024; every other province has one of 2025.
        expect(scorecard.stale).toEqual([
          { regionCode: '75', indicatorCode: 'poverty_rate_p0', latestPeriod: '2024-09', newestYear: 2025 },
        ]);
        expect(scorecard.cells.map((c) => c.regionCode)).toEqual(['31']);
      } finally {
        await db.sql.query('INSERT INTO observation SELECT * FROM held_observation');
        await db.sql.query('DROP TABLE held_observation');
      }
      const { scorecard } = await api.query<Card & { scorecard: { stale: unknown[] } }>(
        CARD.replace('matchedCount', 'matchedCount stale { regionCode }'),
      );
      expect(scorecard.stale).toEqual([]);
    });

    it('refuses a first above the maximum, a malformed range and a field that does not apply', async () => {
      const refusal = async (variables: Record<string, unknown>, language: 'en' | 'id' = 'en') =>
        (await api.execute(CARD, variables, { language })).errors?.[0]?.message;
      expect(await refusal({ first: 1001 })).toBe(
        'first 1001 is more than the maximum of 1000 rows: ask for at most 1000, or leave first out to get every row.',
      );
      expect(await refusal({ where: { gapScore: { between: [80, 20] } } }, 'id')).toBe(
        'where.gapScore.between [80, 20] menaruh angka yang lebih besar di depan: tulis [20, 80].',
      );
      expect(await refusal({ where: { change: { lt: 0 } } })).toMatch(
        /^Variable "\$where": "change" is not a field of ScorecardCellFilter: write one of status, regionCode, regionName/,
      );
    });

    it('costs the same statements filtered by name for 38 provinces as for 6 kabupaten/kota', async () => {
      const args = { where: { regionName: { contains: 'a' } }, orderBy: [{ field: 'REGION_NAME' }], first: 10 };
      const six = await api.statementsOf(() => api.query(CARD, { parent: '75', ...args }));
      const all = await api.statementsOf(() => api.query(CARD, args));
      const viewer = await api.statementsOf(() => api.query(CARD, args, { viewer: VIEWER }));
      expect(all.length).toBe(six.length);
      expect(viewer.length).toBe(six.length);
      const plain = await api.statementsOf(() => api.query(CARD, {}));
      expect(all.length).toBeLessThanOrEqual(plain.length + 1);
    });
  },
  { demoData: true },
);
