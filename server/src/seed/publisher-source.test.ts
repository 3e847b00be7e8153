import { describe, expect, it } from 'vitest';
import { publisherPage, releaseDateOf } from './publisher-source.js';

// Descriptions exactly as ../shared/data writes them (original_publisher_table).
const P0_KAB_KOTA =
  'BPS table "Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota" (var 621) https://www.bps.go.id/id/statistics-table/2/NjIxIzI=/persentase-penduduk-miskin--p0--menurut-kabupaten-kota--persen-.html';
const TPT_AUGUST_2025 =
  'Statistik Indonesia 2026 table 3.2.11 p.224 https://www.bps.go.id/id/publication/2026/02/27/a43f03f45543dc4e9942f44c/statistik-indonesia-2026.html';
const IPM_NATIONAL = 'BPS press conference 15 Nov 2024 (news report)';
const EXTREME_POVERTY =
  'BPS extreme-poverty estimates (US$1.9 PPP/day = Rp351,957.4/capita/month, Susenas March 2023) as presented by Plt. Kepala BPS (Rakornas Penghapusan Kemiskinan Ekstrem, 9 Nov 2023); news report';

describe('the publisher’s page and release date from a description of the source', () => {
  it('takes the bps.go.id address of the table or publication', () => {
    expect(publisherPage(P0_KAB_KOTA)).toBe(
      'https://www.bps.go.id/id/statistics-table/2/NjIxIzI=/persentase-penduduk-miskin--p0--menurut-kabupaten-kota--persen-.html',
    );
    expect(
      publisherPage(
        'BPS table "Tingkat Pengangguran Terbuka Menurut Provinsi" (var 543) https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/x.html (Sakernas)',
      ),
    ).toBe('https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/x.html');
    expect(publisherPage(IPM_NATIONAL)).toBeNull();
  });
  it('reads a publication’s release date from its address, and a press conference’s from the text', () => {
    expect(releaseDateOf(TPT_AUGUST_2025)).toBe('2026-02-27');
    expect(releaseDateOf(IPM_NATIONAL)).toBe('2024-11-15');
    expect(releaseDateOf(EXTREME_POVERTY)).toBe('2023-11-09');
  });
  it('gives none for a table, whose release date the description does not give', () => {
    expect(releaseDateOf(P0_KAB_KOTA)).toBeNull();
    expect(releaseDateOf('BPS national poverty series via BPS Web API')).toBeNull();
    // Two different dates: which one is the release is not said.
    expect(releaseDateOf('revised 1 Mar 2024, first released 15 Feb 2024')).toBeNull();
  });
});
