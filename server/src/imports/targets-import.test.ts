import { expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { importFile } from './import.service.js';

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const run = (db: Database, bytes: Uint8Array) =>
  importFile(db, { bytes, fileName: 'targets.csv', viewer: systemViewer('tester') });
const DOCS = 'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir,dasar_hukum';
const TARGETS = 'dokumen,indikator,wilayah,tahun,nilai,batas_bawah,batas_atas,tahun_dasar,nilai_dasar';

describeEachDatabase('importing planning documents and targets', (use) => {
  it('imports a regional RPJMD and its targets, as single values and as ranges', async () => {
    const docs = await run(use(), csv(DOCS, 'RPJMD-75-2025-2029,RPJMD,RPJMD Provinsi Gorontalo 2025–2029,75,2025,2029,'));
    expect(docs).toMatchObject({ status: 'APPLIED', layout: 'documents' });
    const targets = await run(
      use(),
      csv(
        TARGETS,
        'RPJMD-75-2025-2029,poverty_rate_p0,75,2029,11.5,,,2024,13.87',
        'RPJMD-75-2025-2029,poverty_rate_p0,75,2026,,12.5,13.0,,',
      ),
    );
    expect(targets).toMatchObject({ status: 'APPLIED', layout: 'targets', counts: { inserted: 2 } });
    const rows = await use().sql.query(
      `SELECT year, value::float8 AS value, lower_bound::float8 AS lower, upper_bound::float8 AS upper, baseline_year, baseline_value::float8 AS baseline
       FROM target WHERE document_code = 'RPJMD-75-2025-2029' ORDER BY year`,
    );
    expect(rows).toEqual([
      { year: 2026, value: null, lower: 12.5, upper: 13, baseline_year: null, baseline: null },
      { year: 2029, value: 11.5, lower: null, upper: null, baseline_year: 2024, baseline: 13.87 },
    ]);
    const [doc] = await use().sql.query(
      "SELECT level::text AS level, region_code FROM planning_document WHERE code = 'RPJMD-75-2025-2029'",
    );
    expect(doc).toEqual({ level: 'PROVINCE', region_code: '75' });
  });

  it('rejects targets with an unknown document, a value and a range at once, an inverted range, or a year outside the document', async () => {
    const report = await run(
      use(),
      csv(
        TARGETS,
        'RPJMD-99,poverty_rate_p0,75,2029,11.5,,,,',
        'RPJMD-75-2025-2029,poverty_rate_p0,75,2027,12,11,13,,',
        'RPJMD-75-2025-2029,poverty_rate_p0,75,2028,,13,11,,',
        'RPJMD-75-2025-2029,poverty_rate_p0,75,2031,10,,,,',
        'RPJMD-75-2025-2029,poverty_rate_p0,75,2025,,,,,',
      ),
    );
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'UNKNOWN_DOCUMENT'],
      [3, 'TARGET_VALUE_AND_RANGE'],
      [4, 'BAD_RANGE'],
      [5, 'YEAR_OUTSIDE_DOCUMENT'],
      [6, 'TARGET_WITHOUT_VALUE'],
    ]);
    expect(await use().sql.query('SELECT count(*)::int AS n FROM target WHERE year <> 2026 AND year <> 2029')).toEqual([
      { n: 0 },
    ]);
  });
});
