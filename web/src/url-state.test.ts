import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, nextViewState, parseViewState, viewStateToSearch } from './url-state';

describe('view state in the URL', () => {
  it('reads the programmes page’s Kegiatan view and writes it back', () => {
    const v = parseViewState('?hal=program&wilayah=72&bagian=kegiatan&tahun=2024');
    expect(v).toMatchObject({ page: 'program', region: '72', programmeView: 'kegiatan', year: 2024 });
    expect(viewStateToSearch(v)).toContain('bagian=kegiatan');
    expect(parseViewState('?hal=program&bagian=lain').programmeView).toBeNull();
  });

  it('reads every field', () => {
    const v = parseViewState(
      '?hal=bandingkan&wilayah=75.02&induk=75&indikator=poverty_rate_p0&periode=2025&dari=2023&banding=75,ID&dokumen=RKP-2026&tampilan=tabel&warna=status&bahasa=en',
    );
    expect(v).toEqual({
      page: 'bandingkan',
      region: '75.02',
      parent: '75',
      indicator: 'poverty_rate_p0',
      period: '2025',
      from: '2023',
      to: null,
      level: null,
      status: null,
      scope: null,
      programme: null,
      year: null,
      measure: null,
      programmeView: null,
      regions: ['75', 'ID'],
      sort: null,
      document: 'RKP-2026',
      method: null,
      deck: null,
      view: 'tabel',
      colour: 'status',
      lang: 'en',
    });
  });
  it('reads the IKS page’s method and period and writes them back, dropping the method on another page', () => {
    const search = 'hal=iks&wilayah=75&periode=2025&metode=IKS_ELDERLY_RPJMN';
    const v = parseViewState(`?${search}`);
    expect([v.page, v.method, v.period]).toEqual(['iks', 'IKS_ELDERLY_RPJMN', '2025']);
    expect(viewStateToSearch(v)).toBe('hal=iks&wilayah=75&periode=2025&metode=IKS_ELDERLY_RPJMN');
    expect(parseViewState('?hal=iks&metode=../x').method).toBeNull();
  });
  it('reads a deck id only when it is a UUID', () => {
    expect(parseViewState('?hal=presentasi&deck=0b8c4a52-1f0e-4c8e-9a3b-2d6f1e7a9c01').deck).toBe(
      '0b8c4a52-1f0e-4c8e-9a3b-2d6f1e7a9c01',
    );
    expect(parseViewState('?hal=presentasi&deck=../akun').deck).toBeNull();
  });
  it('writes a view back to the same query string, leaving defaults out', () => {
    const search = 'hal=bandingkan&wilayah=75.02&induk=75&indikator=poverty_rate_p0&periode=2025&tampilan=tabel&bahasa=en';
    expect(viewStateToSearch(parseViewState(`?${search}`))).toBe(search);
    expect(viewStateToSearch(DEFAULT_VIEW)).toBe('');
  });
  it('keeps the scorecard’s sorting, and drops it on another page', () => {
    const search = 'hal=rapor&wilayah=75&urut=selisih.poverty_rate_p0.naik';
    const rapor = parseViewState(`?${search}`);
    expect(rapor.sort).toBe('selisih.poverty_rate_p0.naik');
    expect(viewStateToSearch(rapor)).toBe(search);
    expect(parseViewState('?urut=<b>').sort).toBeNull();
    expect(nextViewState(rapor, { page: 'ringkasan' }).sort).toBeNull();
  });
  it('keeps up to 40 regions of a trend: a province with all its kabupaten/kota', () => {
    const codes = ['35', 'ID', ...Array.from({ length: 40 }, (_, i) => `35.${String(i + 1).padStart(2, '0')}`)];
    expect(parseViewState(`?banding=${codes.join(',')}`).regions).toEqual(codes.slice(0, 40));
  });
  it('falls back to defaults for malformed values', () => {
    const v = parseViewState('?hal=nope&wilayah=<script>&periode=March&bahasa=fr&banding=75,xx,75');
    expect(v.page).toBe('ringkasan');
    expect(v.region).toBe('ID');
    expect(v.period).toBeNull();
    expect(v.lang).toBe('id');
    expect(v.regions).toEqual(['75']);
  });
  it('keeps region, indicator, document and language across pages, not one page’s own controls', () => {
    const compare = parseViewState('?hal=bandingkan&wilayah=75&indikator=gini_ratio&periode=2024-03&tampilan=tabel&bahasa=en');
    const next = nextViewState(compare, { page: 'peta' });
    expect(next).toMatchObject({
      page: 'peta',
      region: '75',
      indicator: 'gini_ratio',
      lang: 'en',
      period: null,
      view: 'peringkat',
    });
  });
  it('reads and writes the data and programmes pages’ filters', () => {
    const search =
      'hal=data&wilayah=72&indikator=poverty_rate_p0&dari=2020&sampai=2025-03&tingkat=REGENCY_CITY&status=VERIFIED&cakupan=wilayah';
    const data = parseViewState(`?${search}`);
    expect(data).toMatchObject({
      page: 'data',
      from: '2020',
      to: '2025-03',
      level: 'REGENCY_CITY',
      status: 'VERIFIED',
      scope: 'wilayah',
    });
    expect(viewStateToSearch(data)).toBe(search);
    const programmes = parseViewState('?hal=program&program=1.06&tahun=2024&ukuran=anggaran');
    expect(programmes).toMatchObject({ page: 'program', programme: '1.06', year: 2024, measure: 'anggaran' });
    expect(viewStateToSearch(programmes)).toBe('hal=program&program=1.06&tahun=2024&ukuran=anggaran');
    expect(parseViewState('?tingkat=KOTA&status=x&tahun=99&ukuran=y')).toMatchObject({
      level: null,
      status: null,
      year: null,
      measure: null,
    });
    expect(nextViewState(data, { page: 'ringkasan' })).toMatchObject({
      from: null,
      to: null,
      level: null,
      status: null,
      scope: null,
    });
  });
});
