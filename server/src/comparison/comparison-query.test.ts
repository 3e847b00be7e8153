import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

describeEachDatabase(
  'comparison where / orderBy / first',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('explore', async () => {
      const r =
        await api.execute(`{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "72", orderBy: [{field: VALUE, direction: DESC}], first: 5) {
        period previousPeriod matchedCount missingCodes missingCount partial parentValue parentPeriod
        rows { regionCode value previousValue change rank region { name } } } }`);
      console.log(JSON.stringify(r, null, 1));
      const g =
        await api.execute(`{ comparisons(indicatorCodes: ["poverty_rate_p0", "gini_ratio"], parentCode: "ID", period: "2024") {
        indicatorCode period matchedCount missingCount partial nationalPeriod rows { regionCode } } }`);
      console.log(JSON.stringify(g));
    });
  },
  { demoData: true },
);
