// pnpm seed:build [path/to/shared/data] — converts the BPS figures in shared/data into the project's
// own long-format seed files (prisma/seed/demo/). Run when shared/data changes; the output is committed
// so the platform runs without shared/. Values, periods, sources and notes are copied verbatim; only
// region codes are translated from BPS to Kemendagri with the committed crosswalks, and the publisher's page
// and release date are taken from the description of the source where it gives them (publisher-source.ts).
// source_url, the repository the figures were copied from, stays the source's address: "diambil dari".
// The long format's header lives beside the observation types, whose decorators need the metadata polyfill.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type Command, CommandError, EXIT, readCommandLine, usageError } from '../../cli/command.js';
import { repoRoot, seedDir } from '../../config.js';
import { readIndicatorCatalogue } from '../../indicators/catalogue.js';
import { LONG_FORMAT_HEADER } from '../../observations/observations.export.js';
import { NATIONAL_CODE } from '../../regions/registry.js';
import { toCsv } from '../csv.js';
import { publisherPage, releaseDateOf } from '../publisher-source.js';

export const HELP = `Usage: pnpm seed:build [folder]

Converts the BPS figures in shared/data (or the folder given), and the project's own sourced files in
prisma/seed/sources/ (population; PPKS counts by category, written in the breakdown layout), into the
demo data set's files in prisma/seed/demo/, which are committed. Values, periods, sources and notes are copied as
they are; region codes are translated from BPS to Kemendagri with the committed crosswalks. The
publisher's page (url_penerbit) and release date (tanggal_rilis) are filled where the description of
the source gives them (a bps.go.id address; a publication's date, a press conference's date), else
left empty.

Options:
  -h, --help   Show this help.

Exit codes: 0 written; 1 a row has no Kemendagri code; 2 wrong usage, or a file of the folder that
cannot be read; 4 an unexpected fault of the program.`;

const FILES: [input: string, output: string][] = [
  ['province_poverty_rate_p0.csv', 'observations-province-poverty-rate.csv'],
  ['province_poor_population.csv', 'observations-province-poor-population.csv'],
  ['province_gini_ratio.csv', 'observations-province-gini-ratio.csv'],
  ['province_open_unemployment_tpt.csv', 'observations-province-open-unemployment.csv'],
  ['province_hdi_ipm.csv', 'observations-province-ipm.csv'],
  ['kabkota_poverty_21_64_72_75.csv', 'observations-kabkota-poverty.csv'],
  ['extreme_poverty_partial_2023-03.csv', 'observations-extreme-poverty-2023-03.csv'],
];
// BPS population, compiled for this project with its sources (prisma/seed/sources/population/SOURCES.md): kept in
// the repository, since shared/data has none. Kab/kota rows carry 4-digit BPS codes.
const OWN_FILES: [input: string, output: string][] = [
  ['population/province_population.csv', 'observations-province-population.csv'],
  ['population/kabkota_population_bps_72_75.csv', 'observations-kabkota-population.csv'],
];
// PPKS counts by category as Dinas Sosial stated them (prisma/seed/sources/ppks/SOURCES.md): each row names its own
// publisher and release date, and the category both as the platform's code and as the source worded it.
const BREAKDOWN_FILES: [input: string, output: string][] = [['ppks/ppks_counts_press.csv', 'breakdowns-ppks-press.csv']];
// The documented long format, as an export writes it: the seed imports through the same pipeline.
const HEADER = LONG_FORMAT_HEADER;
// The breakdown layout: the long layout with the category beside the indicator (breakdowns/breakdown-layout.ts).
const BREAKDOWN_HEADER = [...HEADER.slice(0, 3), 'kategori', ...HEADER.slice(3)];
// Every figure in shared/data is a BPS figure (the extreme-poverty list quotes BPS estimates via news reports).
const PUBLISHER = 'Badan Pusat Statistik (BPS)';

export const buildDemoSeedCommand: Command = async (args, io) => {
  const { positionals, help } = readCommandLine(args, {}, { max: 1 });
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const dataDir = positionals[0] ? resolve(io.cwd, positionals[0]) : join(repoRoot, '../shared/data');
  const read = (file: string): Record<string, string>[] => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dataDir, file));
    } catch (err) {
      throw usageError(
        `Cannot read ${file} in ${dataDir} (${(err as NodeJS.ErrnoException).code}): name the shared/data folder.`,
      );
    }
    return parse(bytes, { columns: true, skip_empty_lines: true, bom: true });
  };

  const provinceCode = new Map(read('province_codes.csv').map((r) => [r.bps_code!, r.kemendagri_code!]));
  provinceCode.set('00', NATIONAL_CODE);
  const regencyCode = new Map(
    (parse(readFileSync(join(seedDir, 'regions', 'regency-bps-codes.csv')), { columns: true }) as Record<string, string>[]).map(
      (r) => [r.bps_code!, r.kemendagri_code!],
    ),
  );
  const own = (input: string) =>
    parse(readFileSync(join(seedDir, 'sources', input)), { columns: true, skip_empty_lines: true, bom: true }) as Record<
      string,
      string
    >[];
  const inputs = [
    ...FILES.map(([input, output]) => ({ output, rows: read(input), breakdown: false })),
    ...OWN_FILES.map(([input, output]) => ({ output, rows: own(input), breakdown: false })),
    ...BREAKDOWN_FILES.map(([input, output]) => ({ output, rows: own(input), breakdown: true })),
  ];
  const outputs = inputs.map(({ output, rows: source, breakdown }) => {
    const input = output;
    const rows = source.map((r) => {
      // The kab/kota poverty file carries Kemendagri codes itself; other files only BPS codes (4 digits for kab/kota).
      const code = r.kemendagri_code?.includes('.')
        ? r.kemendagri_code
        : (provinceCode.get(r.region_code!) ?? regencyCode.get(r.region_code!));
      if (!code)
        throw new CommandError(`${input}: no Kemendagri code for BPS code ${r.region_code} (${r.region_name})`, EXIT.failed);
      if (breakdown)
        return [
          code,
          r.region_name!,
          r.indicator!,
          r.category!,
          r.period!,
          r.value!,
          r.original_publisher_table!,
          r.source_url!,
          r.publisher!,
          '',
          r.release_date ?? '',
          `Jenis menurut sumber: “${r.category_as_published}”. ${r.note ?? ''}`.trim(),
        ];
      return [
        code,
        r.region_name!,
        r.indicator!,
        r.period!,
        r.value!,
        r.original_publisher_table!,
        r.source_url!,
        PUBLISHER,
        publisherPage(r.original_publisher_table!) ?? '',
        releaseDateOf(r.original_publisher_table!) ?? '',
        r.note ?? '',
      ];
    });
    return { output, rows, breakdown };
  });
  // Rows in the breakdown layout carry the category in the fourth column: none is of an indicator with an annual round.
  const apart = annualRowsApartFromTheirRound(outputs.flatMap((o) => (o.breakdown ? [] : o.rows)));
  for (const { output, rows: all, breakdown } of outputs) {
    const rows = all.filter((row) => !apart.has(row));
    for (const row of all.filter((r) => apart.has(r))) {
      io.out(
        `${output}: left out ${row[2]} ${row[0]} ${row[3]} = ${row[4]}: another table gives its annual round as ${apart.get(row)}, and the two are one figure`,
      );
    }
    const target = join(seedDir, 'demo', output);
    writeFileSync(target, toCsv([breakdown ? BREAKDOWN_HEADER : HEADER, ...rows]));
    io.out(`${relative(repoRoot, target)}: ${rows.length} rows`);
  }
  return EXIT.ok;
};

/**
 * An annual figure of an indicator with an annual round is that round's figure (observations/annual-figure.ts): BPS's
 * kab/kota table repeats each province's March figure as its annual total row, and the province table gives it as
 * March. Where the two tables differ (by BPS's rounding: Kalimantan Timur's poor population of 2023 is 231.07 in the
 * province table and 231.08 in the kab/kota table), the province table's round is kept and the repeated annual row
 * left out, so that the demo data holds one figure. Returns those rows with the round's value.
 */
function annualRowsApartFromTheirRound(rows: readonly string[][]): Map<string[], string> {
  const rounds = new Map(readIndicatorCatalogue().flatMap((i) => (i.annualRound ? [[i.code, i.annualRound] as const] : [])));
  // Columns: region code, region name, indicator, period, value, …
  const values = new Map(rows.map((r) => [`${r[2]}|${r[0]}|${r[3]}`, r[4]!]));
  const apart = new Map<string[], string>();
  for (const row of rows) {
    const round = rounds.get(row[2]!);
    if (!round || row[3]!.includes('-')) continue;
    const roundValue = values.get(`${row[2]}|${row[0]}|${row[3]}-${String(round).padStart(2, '0')}`);
    if (roundValue !== undefined && Number(roundValue) !== Number(row[4])) apart.set(row, roundValue);
  }
  return apart;
}
