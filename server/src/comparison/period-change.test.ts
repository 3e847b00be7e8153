import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const CHANGE = `query ($indicator: String! = "poverty_rate_p0", $parent: String! = "ID", $level: RegionLevel, $from: String!, $to: String!, $exclude: Boolean) {
  periodChange(indicatorCode: $indicator, parentCode: $parent, level: $level, from: $from, to: $to, excludeBreaks: $exclude) {
    from to level excludeBreaks rankedCount breakCount excludedCount missingCount partial
    indicator { direction decimals } parent { name }
    rows { regionCode fromValue toValue change rank standing breakBetween seriesBreaks { startsAt reasonId reasonEn }
           region { name } }
  }
}`;

const EXAMPLE = new URL('../../../web/src/explorer/examples/13-perubahan-antarperiode.graphql', import.meta.url);

interface Row {
  regionCode: string;
  fromValue: number | null;
  toValue: number | null;
  change: number | null;
  rank: number | null;
  standing: string;
  breakBetween: boolean;
  seriesBreaks: { startsAt: string; reasonId: string; reasonEn: string }[];
  region: { name: string };
}
interface Answer {
  periodChange: {
    from: string;
    to: string;
    rankedCount: number;
    breakCount: number;
    excludedCount: number;
    missingCount: number;
    partial: boolean;
    rows: Row[];
  };
}

describeEachDatabase(
  'periodChange',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('ranks the provinces by the change of P0 from March 2019 to March 2025, marking the split Papua provinces', async () => {
      const { periodChange } = await api.query<Answer>(CHANGE, { from: '2019-03', to: 'Maret 2025' });
      expect(periodChange).toMatchObject({
        from: '2019-03',
        to: '2025-03',
        rankedCount: 34,
        breakCount: 2,
        excludedCount: 0,
        // The four provinces formed in 2022 have no figure of March 2019.
        missingCount: 4,
        partial: true,
      });
      const byCode = new Map(periodChange.rows.map((r) => [r.regionCode, r]));
      // Papua: 27.53% in March 2019 on the old boundaries, 19.16% in March 2025 on the new ones: first, but marked.
      expect(periodChange.rows[0]).toMatchObject({
        regionCode: '91',
        fromValue: 27.53,
        toValue: 19.16,
        change: -8.37,
        rank: 1,
        standing: 'RANKED',
        breakBetween: true,
      });
      expect(periodChange.rows[0]!.seriesBreaks).toEqual([
        {
          startsAt: '2024-03',
          reasonId: 'Pemekaran Papua 2022: angka sampai 2023 mencakup wilayah Papua sebelum pemekaran.',
          reasonEn: 'Papua split of 2022: figures up to 2023 cover Papua before the split.',
        },
      ]);
      expect(byCode.get('92')).toMatchObject({ fromValue: 22.17, toValue: 20.66, change: -1.51, breakBetween: true });
      expect(byCode.get('17')).toMatchObject({ region: { name: 'Bengkulu' }, change: -3.15, rank: 2, breakBetween: false });
      // Lower is better for poverty: DKI Jakarta's rise (0.81 points) is last.
      const ranked = periodChange.rows.filter((r) => r.standing === 'RANKED');
      expect(ranked[ranked.length - 1]).toMatchObject({ regionCode: '31', change: 0.81, rank: 34 });
      expect(
        periodChange.rows.filter((r) => r.standing === 'MISSING').map((r) => [r.regionCode, r.fromValue, r.toValue]),
      ).toEqual([
        ['93', null, 19.71],
        ['94', null, 28.9],
        ['95', null, 30.03],
        ['96', null, 17.95],
      ]);
      expect(periodChange.rows.filter((r) => r.standing === 'MISSING').every((r) => r.rank === null && r.change === null)).toBe(
        true,
      );
    });

    it('leaves the split provinces out of the ranking on request, still listing them', async () => {
      const { periodChange } = await api.query<Answer>(CHANGE, { from: '2019-03', to: '2025-03', exclude: true });
      expect(periodChange).toMatchObject({ rankedCount: 32, breakCount: 2, excludedCount: 2, missingCount: 4 });
      expect(periodChange.rows[0]).toMatchObject({ regionCode: '17', change: -3.15, rank: 1 });
      const excluded = periodChange.rows.filter((r) => r.standing === 'EXCLUDED');
      expect(excluded.map((r) => [r.regionCode, r.change, r.rank, r.breakBetween])).toEqual([
        ['91', -8.37, null, true],
        ['92', -1.51, null, true],
      ]);
      // Ranks are 1..n over the ranked provinces only, ties sharing one.
      const ranks = periodChange.rows.filter((r) => r.standing === 'RANKED').map((r) => r.rank!);
      expect(ranks[ranks.length - 1]).toBeLessThanOrEqual(32);
      expect(ranks.every((r, i) => i === 0 || r >= ranks[i - 1]!)).toBe(true);
    });

    it('takes the parent as a name and ranks its kabupaten/kota on annual figures', async () => {
      const { periodChange } = await api.query<Answer & { periodChange: { parent: { name: string } } }>(CHANGE, {
        parent: 'Provinsi Gorontalo',
        from: '2024',
        to: '2025',
      });
      expect(periodChange.parent.name).toBe('Gorontalo');
      expect(periodChange).toMatchObject({ rankedCount: 6, missingCount: 0, partial: false, breakCount: 0 });
      // Kabupaten Boalemo: 17.83% in 2024, 16.37% in 2025 (the comparison's change of −1.46).
      expect(periodChange.rows.find((r) => r.region.name === 'Kabupaten Boalemo')).toMatchObject({ change: -1.46 });
    });

    it('refuses a period that cannot exist for the indicator, a reversed range and a year against a round', async () => {
      const june = await api.execute(CHANGE, { from: '2019-03', to: '2025-06' });
      expect(june.errors?.[0]).toMatchObject({
        message:
          'to “2025-06” cannot exist for poverty_rate_p0, which is measured in March and September: write "2025-03", "2025-09" or the year "2025".',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const reversed = await api.execute(CHANGE, { from: '2025-03', to: '2019-03' });
      expect(reversed.errors?.[0]).toMatchObject({
        message:
          'from “2025-03” is not before to “2019-03”: the change runs from the earlier period to the later one, swap them.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const indonesian = await api.execute(CHANGE, { from: '2025-03', to: '2019-03' }, { language: 'id' });
      expect(indonesian.errors?.[0]?.message).toBe(
        'from “2025-03” tidak lebih awal daripada to “2019-03”: perubahan dihitung dari periode yang lebih awal ke yang lebih akhir, tukar keduanya.',
      );
      const same = await api.execute(CHANGE, { from: '2025-03', to: '2025-03' });
      expect(same.errors?.[0]?.message).toMatch(/is not before to/);
      const mixed = await api.execute(CHANGE, { from: '2019', to: '2025-03' });
      expect(mixed.errors?.[0]?.message).toMatch(/^from “2019” and to “2025-03” are not of the same kind/);
      const level = await api.execute(CHANGE, { parent: '75', level: 'PROVINCE', from: '2024', to: '2025' });
      expect(level.errors?.[0]?.message).toBe(
        'level PROVINCE is not below 75 (PROVINCE): compare REGENCY_CITY under it, or choose a higher parent.',
      );
    });

    it("answers the explorer's example with its default variables: Papua first but marked, or left out", async () => {
      const example = readFileSync(EXAMPLE, 'utf8');
      const marked = await api.query<Answer>(example);
      expect(marked.periodChange.rows[0]).toMatchObject({ rank: 1, change: -8.37, breakBetween: true, region: { code: '91' } });
      const excluded = await api.query<Answer>(example, { kecualikanPatahan: true });
      expect(excluded.periodChange.rows[0]).toMatchObject({ rank: 1, region: { name: 'Bengkulu' } });
      expect(excluded.periodChange).toMatchObject({ excludedCount: 2, missingCount: 4, partial: true });
    });

    it('reads the values of both periods in one statement, for 38 provinces as for 6 kabupaten/kota', async () => {
      const readsValues = (sql: string) => /\bobservation\b/.test(sql);
      const six = await api.statementsOf(() => api.query(CHANGE, { parent: '75', from: '2024', to: '2025' }));
      const all = await api.statementsOf(() => api.query(CHANGE, { from: '2019-03', to: '2025-03' }));
      const kabkota = await api.statementsOf(() =>
        api.query(CHANGE, { level: 'REGENCY_CITY', from: '2024', to: '2025' }, { viewer: VIEWER }),
      );
      expect(all.length).toBe(six.length);
      expect(kabkota.length).toBe(six.length);
      for (const statements of [six, all, kabkota]) expect(statements.filter(readsValues)).toHaveLength(1);
      // With the reference data held, the values are the only statement.
      const held = await api.statementsOf(() => api.query(CHANGE, { from: '2019-03', to: '2025-03' }), 'held');
      expect(held).toHaveLength(1);
    });
  },
  { demoData: true },
);
