// Charts and a deck for the export tests, built by the dashboard's own option builders from the demo data set
// (BPS poverty rates, P0). Test support only.
import type { ChartLabels } from '../../charts/common';
import { programmeBarOption } from '../../charts/programme-bar.option';
import { rankedBarOption } from '../../charts/ranked-bar.option';
import { tileMapOption } from '../../charts/tile-map.option';
import { trendOption } from '../../charts/trend.option';
import { formatPercent } from '../../i18n/format';
import { buildTiles } from '../../pages/map/map-model';
import type { Deck, DeckChart } from './deck-pptx';

const SOURCE = 'Sumber: BPS, Persentase Penduduk Miskin (P0) · Periode: September 2025 · Rilis: 15 Januari 2026';
const point = (period: string, value: number, breakBefore = false) => ({ period, value, breakBefore });

export const trendLabels: ChartLabels = {
  title: 'Persentase Penduduk Miskin (P0), 2021–2029',
  subtitle: 'persen (%) · September 2021–September 2025 · Target nasional RPJMN 2029: 4,50%',
  footer: SOURCE,
};

/** Gorontalo and Indonesia, semi-annual; BPS computed no September 2023 round (a gap), with the RPJMN target. */
export function trendChart(): DeckChart {
  const gorontalo = [
    point('2021-09', 15.41),
    point('2022-03', 15.42),
    point('2022-09', 15.51),
    point('2023-03', 15.15),
    point('2024-03', 14.57),
    point('2024-09', 13.87),
    point('2025-03', 13.24),
    point('2025-09', 12.62),
  ];
  const indonesia = [
    point('2021-09', 9.71),
    point('2022-03', 9.54),
    point('2022-09', 9.57),
    point('2023-03', 9.36),
    point('2024-03', 9.03),
    point('2024-09', 8.57),
    point('2025-03', 8.47),
    point('2025-09', 8.25),
  ];
  const option = trendOption(
    {
      series: [
        { code: '75', name: 'Gorontalo', points: gorontalo },
        { code: 'ID', name: 'Indonesia', points: indonesia },
      ],
      rounds: [3, 9],
      decimals: 2,
      percent: true,
      lang: 'id',
      target: { year: 2029, value: 4.5, lower: null, upper: null, label: 'Target nasional RPJMN 2029: 4,50%' },
      goal: 4.5,
      baseline: { period: '2024-09', value: 13.87 },
      projection: { from: { period: '2025-09', value: 12.62 }, value: 8.94 },
      words: { path: 'Jalur ke target', projection: 'Proyeksi', target: 'Target nasional', seriesBreak: 'Pemutusan seri' },
    },
    trendLabels,
  );
  const rows = [
    ...gorontalo.map((p) => ['Gorontalo', '75', p.period, p.value]),
    ...indonesia.map((p) => ['Indonesia', 'ID', p.period, p.value]),
  ];
  return { option, labels: trendLabels, csv: { header: ['Wilayah', 'Kode', 'Periode', 'Nilai'], rows } };
}

/** Papua, whose 2024 figures follow a series break (the new provinces of 2022). */
export function papuaTrendOption() {
  return trendOption(
    {
      series: [
        {
          code: '91',
          name: 'Papua',
          points: [point('2022-09', 26.8), point('2023-03', 26.03), point('2024-03', 17.26, true), point('2024-09', 18.09)],
        },
      ],
      rounds: [3, 9],
      decimals: 2,
      percent: true,
      lang: 'id',
      target: { year: 2026, value: null, lower: 6.5, upper: 7.5, label: 'Target RKP 2026: 6,50–7,50%' },
      goal: 7.5,
      baseline: { period: '2024-09', value: 18.09 },
      projection: null,
      words: { path: 'Jalur ke target', projection: 'Proyeksi', target: 'Target', seriesBreak: 'Pemutusan seri' },
    },
    { title: 'P0 Papua', subtitle: 'persen (%) · 2022–2024', footer: SOURCE },
  );
}

export const rankedLabels: ChartLabels = {
  title: 'Persentase Penduduk Miskin (P0) menurut kabupaten/kota di Gorontalo, 2025',
  subtitle: 'persen (%) · 2025 · peringkat 1 = terendah (makin rendah makin baik)',
  footer: SOURCE,
};

/** The kabupaten/kota of Gorontalo, 2025, Boalemo chosen, one regency without a figure. */
export function rankedChart(): DeckChart {
  const rows = [
    { code: '75.71', name: 'Kota Gorontalo', value: 5.31, rank: 1 },
    { code: '75.03', name: 'Kabupaten Bone Bolango', value: 13.16, rank: 2 },
    { code: '75.01', name: 'Kabupaten Gorontalo', value: 14.89, rank: 3 },
    { code: '75.04', name: 'Kabupaten Pohuwato', value: 15.24, rank: 4 },
    { code: '75.05', name: 'Kabupaten Gorontalo Utara', value: 15.89, rank: 5 },
    { code: '75.02', name: 'Kabupaten Boalemo', value: 16.37, rank: 6 },
    { code: '75.99', name: 'Kabupaten Contoh Pemekaran', value: null, rank: null },
  ];
  const option = rankedBarOption(
    {
      rows,
      highlight: '75.02',
      decimals: 2,
      percent: true,
      lang: 'id',
      missingLabel: 'belum ada data',
      national: { value: 8.47, label: 'Nasional 8,47% (Maret 2025)' },
      parent: { value: 13.24, label: 'Gorontalo 13,24% (2025)' },
      target: { value: 4.5, lower: null, upper: null, label: 'Target RPJMN 2029: 4,50%' },
    },
    rankedLabels,
  );
  return {
    option,
    labels: rankedLabels,
    csv: { header: ['Wilayah', 'Kode', 'Nilai', 'Peringkat'], rows: rows.map((r) => [r.name, r.code, r.value, r.rank]) },
  };
}

export const mapLabels: ChartLabels = {
  title: 'Persentase Penduduk Miskin (P0) menurut provinsi, September 2025',
  subtitle: 'persen (%) · September 2025 · warna: kelompok nilai',
  footer: SOURCE,
};

const PROVINCE_P0: [string, string, number][] = [
  ['11', 'Aceh', 12.22],
  ['12', 'Sumatera Utara', 7.24],
  ['31', 'DKI Jakarta', 4.03],
  ['33', 'Jawa Tengah', 9.39],
  ['51', 'Bali', 3.42],
  ['53', 'Nusa Tenggara Timur', 17.5],
  ['64', 'Kalimantan Timur', 5.19],
  ['75', 'Gorontalo', 12.62],
  ['81', 'Maluku', 15.25],
  ['91', 'Papua', 17.82],
  ['94', 'Papua Tengah', 29.45],
  ['95', 'Papua Pegunungan', 27.21],
];

/** The province tile map (a custom series: PowerPoint cannot draw it). */
export function tileMapChart(): DeckChart {
  const values = [...PROVINCE_P0]
    .sort((a, b) => a[2] - b[2])
    .map(([regionCode, name, value], i) => ({ regionCode, name, value, rank: i + 1 }));
  const { tiles, legend } = buildTiles(
    {
      values,
      statuses: null,
      names: new Map(values.map((v) => [v.regionCode, v.name])),
      highlight: '75',
      format: (v) => formatPercent(v, 2, 'id'),
      statusLabel: (s) => s,
      missingLabel: 'belum ada data',
      periodLabel: 'September 2025',
    },
    'nilai',
  );
  const option = tileMapOption({ tiles, legend, columns: 14, rows: 8, legendTitle: 'P0 (%)' }, mapLabels);
  return {
    option,
    labels: mapLabels,
    csv: { header: ['Provinsi', 'Kode', 'Nilai'], rows: values.map((v) => [v.name, v.regionCode, v.value]) },
  };
}

/** Pagu and realisasi of a programme in rupiah; Poso's realisasi is not reported. */
export function programmeBudgetOption() {
  const row = (code: string, name: string, allocated: number | null, spent: number | null) => ({
    code,
    name,
    budgetAllocated: allocated,
    budgetSpent: spent,
    absorption: null,
    coverage: null,
  });
  return programmeBarOption(
    {
      rows: [row('72.01', 'Kabupaten Banggai', 32e9, 28.4e9), row('72.02', 'Kabupaten Poso', 18.5e9, null)],
      measure: 'anggaran',
      lang: 'id',
      words: { allocated: 'Pagu', spent: 'Realisasi', absorption: 'Penyerapan', coverage: 'Cakupan', missing: 'belum ada data' },
    },
    { title: 'Pagu dan realisasi PKH, 2025', subtitle: 'rupiah · 2025', footer: SOURCE },
  );
}

/** Three slides as the rakor deck of Gorontalo would have them. */
export function gorontaloDeck(mapPng: string): Deck {
  return {
    title: 'Rakor Penanggulangan Kemiskinan Provinsi Gorontalo 2026',
    lang: 'id',
    slides: [
      {
        title: 'Tren kemiskinan Gorontalo',
        headline: 'Gorontalo turun ke 12,62%, tetapi dengan tren ini baru 8,94% pada 2029, jauh dari target 4,50%.',
        notes: 'Tekankan: September 2023 tidak dihitung BPS, bukan nol.',
        footer: SOURCE,
        chart: trendChart(),
      },
      {
        title: 'Kabupaten/kota di Gorontalo',
        headline: 'Kabupaten Boalemo paling jauh dari target: 16,37% vs 4,50%.',
        notes: 'Bandingkan Boalemo dengan Kota Gorontalo (5,31%).',
        footer: SOURCE,
        chart: rankedChart(),
      },
      {
        title: 'Peta provinsi',
        headline: 'Papua Tengah dan Papua Pegunungan tertinggi; Gorontalo di atas rata-rata nasional 8,25%.',
        notes: 'Peta kotak: setiap provinsi sama besar.',
        footer: SOURCE,
        chart: { ...tileMapChart(), imagePng: mapPng },
      },
    ],
  };
}
