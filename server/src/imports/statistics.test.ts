import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

const file = (rows: string[]) =>
  new TextEncoder().encode(`kode_wilayah,indikator,periode,nilai\n${rows.map((r) => `${r}\n`).join('')}`);

describeEachDatabase('planner statistics after an import', (use) => {
  const statistics = async () => {
    const [row] = await use().sql.query<{ estimated: number; actual: number }>(
      "SELECT reltuples::int AS estimated, (SELECT count(*) FROM observation)::int AS actual FROM pg_class WHERE oid = 'observation'::regclass",
    );
    return row!;
  };

  it('refreshes them when an import changed a good part of the table, and not for a few rows', async () => {
    const years = Array.from({ length: 60 }, (_, i) => `75,poverty_rate_p0,${1950 + i},${10 + i / 10}`);
    await importFile(use(), { bytes: file(years), fileName: 'banyak.csv', viewer: systemViewer('tester') });
    expect(await statistics()).toEqual({ estimated: 60, actual: 60 });
    await importFile(use(), {
      bytes: file(['75,poverty_rate_p0,2020,15.59']),
      fileName: 'satu.csv',
      viewer: systemViewer('tester'),
    });
    expect(await statistics()).toEqual({ estimated: 60, actual: 61 });
  });
});
