// pnpm seed:build [path/to/shared/data] — converts the BPS figures in shared/data into the project's
// own long-format seed files (prisma/seed/demo/). Run when shared/data changes; the output is committed
// so the platform runs without shared/. Values, periods, sources and notes are copied verbatim; only
// region codes are translated from BPS to Kemendagri with the committed crosswalks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot, seedDir } from '../../config.js';
import { NATIONAL_CODE } from '../../regions/registry.js';
import { toCsv } from '../csv.js';

const dataDir = resolve(process.argv[2] ?? join(repoRoot, '../shared/data'));

const read = (file: string): Record<string, string>[] =>
  parse(readFileSync(join(dataDir, file)), { columns: true, skip_empty_lines: true, bom: true });

const provinceCode = new Map(read('province_codes.csv').map((r) => [r.bps_code!, r.kemendagri_code!]));
provinceCode.set('00', NATIONAL_CODE);

const FILES: [input: string, output: string][] = [
  ['province_poverty_rate_p0.csv', 'observations-province-poverty-rate.csv'],
  ['province_poor_population.csv', 'observations-province-poor-population.csv'],
  ['province_gini_ratio.csv', 'observations-province-gini-ratio.csv'],
  ['province_open_unemployment_tpt.csv', 'observations-province-open-unemployment.csv'],
  ['province_hdi_ipm.csv', 'observations-province-ipm.csv'],
  ['kabkota_poverty_21_64_72_75.csv', 'observations-kabkota-poverty.csv'],
  ['extreme_poverty_partial_2023-03.csv', 'observations-extreme-poverty-2023-03.csv'],
];
const HEADER = ['kode_wilayah', 'nama_wilayah', 'indikator', 'periode', 'nilai', 'sumber', 'url_sumber', 'penerbit', 'catatan'];
// Every figure in shared/data is a BPS figure (the extreme-poverty list quotes BPS estimates via news reports).
const PUBLISHER = 'Badan Pusat Statistik (BPS)';

for (const [input, output] of FILES) {
  const rows = read(input).map((r) => {
    // The kab/kota file carries Kemendagri codes itself; province files only BPS codes.
    const code = r.kemendagri_code?.includes('.') ? r.kemendagri_code : provinceCode.get(r.region_code!);
    if (!code) throw new Error(`${input}: no Kemendagri code for BPS code ${r.region_code} (${r.region_name})`);
    return [
      code,
      r.region_name!,
      r.indicator!,
      r.period!,
      r.value!,
      r.original_publisher_table!,
      r.source_url!,
      PUBLISHER,
      r.note ?? '',
    ];
  });
  writeFileSync(join(seedDir, 'demo', output), toCsv([HEADER, ...rows]));
  console.log(`${output}: ${rows.length} rows`);
}
