import { beforeAll, expect, it } from 'vitest';
import { accountViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { disputeValues } from './dispute.js';
import { reviewValues } from './review.service.js';

// The order of the queue is the verifier's order of work: what waits for the verifier's decision (submitted) comes
// first, then what waits for the region's correction (returned, then disputed). A long queue is cut at 500 items, so
// the items the verifier can act on must not be pushed out by those the verifier cannot. Within each status: region,
// indicator, period.

const editor = accountViewer('editor-gorontalo', [{ role: 'EDITOR', regionCode: '75' }]);
const verifier = accountViewer('verifikator-gorontalo', [{ role: 'VERIFIER', regionCode: '75' }]);
const SOURCE = 'Dinas Sosial Provinsi Gorontalo,https://dinsos.gorontaloprov.go.id/';
const csv = (rows: string[]) =>
  Buffer.from(`kode_wilayah,indikator,periode,nilai,sumber,url_sumber\n${rows.map((r) => `${r},${SOURCE}`).join('\n')}\n`);
const QUEUE = `query { reviewQueue(regionCode: "75") { totalCount items { id status } } }`;

describeEachDatabase(
  'the order of the review queue',
  (use) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(use());
      const first = await importFile(use(), {
        bytes: csv([
          '75.71,poverty_rate_p0,2026,5.12',
          '75.71,poverty_depth_index_p1,2026,0.95',
          '75.01,poverty_rate_p0,2026,17.4',
          '75.01,poverty_depth_index_p1,2026,2.61',
        ]),
        fileName: 'gorontalo-2026.csv',
        viewer: editor,
      });
      expect(first.errors).toEqual([]);
      await reviewValues(use(), verifier, [
        { id: 'obs:poverty_rate_p0|75.71|2026', action: 'VERIFY' },
        { id: 'obs:poverty_depth_index_p1|75.01|2026', action: 'VERIFY' },
        { id: 'obs:poverty_depth_index_p1|75.71|2026', action: 'RETURN', comment: 'P1 tertukar dengan P2.' },
        { id: 'obs:poverty_rate_p0|75.01|2026', action: 'RETURN', comment: 'Periksa tabel Susenas.' },
      ]);
      await disputeValues(use(), verifier, [
        { id: 'obs:poverty_rate_p0|75.71|2026', comment: 'Jauh di atas kabupaten tetangga.' },
        { id: 'obs:poverty_depth_index_p1|75.01|2026', comment: 'Periksa lagi P1.' },
      ]);
      // Imported last, so that neither the time of submission nor the order of import decides the order.
      const second = await importFile(use(), {
        bytes: csv([
          '75.71,poverty_rate_p0,2027,4.98',
          '75.71,poverty_depth_index_p1,2027,0.9',
          '75.01,poverty_rate_p0,2027,16.9',
        ]),
        fileName: 'gorontalo-2027.csv',
        viewer: editor,
      });
      expect(second.errors).toEqual([]);
    });

    it('lists what waits for the verifier first, then what waits for the region (returned, then disputed)', async () => {
      const { reviewQueue } = await api.query<{ reviewQueue: { totalCount: number; items: { id: string; status: string }[] } }>(
        QUEUE,
        {},
        { viewer: verifier },
      );
      expect(reviewQueue.totalCount).toBe(7);
      expect(reviewQueue.items.map((i) => `${i.status} ${i.id}`)).toEqual([
        'SUBMITTED obs:poverty_rate_p0|75.01|2027',
        'SUBMITTED obs:poverty_depth_index_p1|75.71|2027',
        'SUBMITTED obs:poverty_rate_p0|75.71|2027',
        'RETURNED obs:poverty_rate_p0|75.01|2026',
        'RETURNED obs:poverty_depth_index_p1|75.71|2026',
        'DISPUTED obs:poverty_depth_index_p1|75.01|2026',
        'DISPUTED obs:poverty_rate_p0|75.71|2026',
      ]);
    });
  },
  { demoData: true },
);
