import { describe, expect, it } from 'vitest';
import {
  chartTarget,
  chooseMethod,
  choosePeriod,
  computeYears,
  dimensionContributions,
  latestMethods,
  mayComputeFor,
  provinceOf,
  publicationOf,
  targetRows,
} from './iks-model';
import type { IksTargetRow, Methodology, PublishedValue } from './iks-queries';

const method = (code: string, version: number) => ({ code, version }) as Methodology;
const target = (
  documentCode: string,
  kind: string,
  regionCode: string,
  year: number,
  value: number | null,
  lowerBound: number | null = null,
) =>
  ({
    documentCode,
    regionCode,
    year,
    value,
    lowerBound,
    upperBound: null,
    note: null,
    document: { code: documentCode, title: documentCode, kind },
  }) as IksTargetRow;

describe('IKS page model', () => {
  it('shows each method at its latest version, the one in the URL or else the first IKS method', () => {
    const methods = latestMethods([method('IKS_ELDERLY_RPJMN', 1), method('ABC', 1), method('IKS_ELDERLY_RPJMN', 2)]);
    expect(methods.map((m) => [m.code, m.version])).toEqual([
      ['ABC', 1],
      ['IKS_ELDERLY_RPJMN', 2],
    ]);
    expect(chooseMethod(null, methods)?.code).toBe('IKS_ELDERLY_RPJMN');
    expect(chooseMethod('ABC', methods)?.code).toBe('ABC');
    expect(chooseMethod('UNKNOWN', [])).toBeNull();
  });

  it('computes for a province: a kabupaten/kota shows its province, Indonesia none', () => {
    const gorontalo = { code: '75', name: 'Gorontalo', level: 'PROVINCE' };
    expect(provinceOf(gorontalo)).toEqual({ code: '75', name: 'Gorontalo' });
    expect(provinceOf({ code: '75.02', name: 'Kabupaten Boalemo', level: 'REGENCY_CITY', parent: gorontalo })).toEqual({
      code: '75',
      name: 'Gorontalo',
    });
    expect(provinceOf({ code: 'ID', name: 'Indonesia', level: 'NATIONAL' })).toBeNull();
  });

  it('opens the period asked for when a set is stored for it, else the latest', () => {
    const sets = [{ period: '2025' }, { period: '2024' }];
    expect(choosePeriod('2024', sets)).toBe('2024');
    expect(choosePeriod('2019', sets)).toBe('2025');
    expect(choosePeriod(null, [])).toBeNull();
  });

  it('splits the index into what each dimension adds, so the segments add up to it', () => {
    const dims = [
      { weight: 0.4, score: 50 },
      { weight: 0.6, score: 80 },
    ];
    expect(dimensionContributions('SUM', dims)).toEqual([50, 80]);
    expect(dimensionContributions('WEIGHTED_SUM', dims)).toEqual([20, 48]);
    expect(
      dimensionContributions('WEIGHTED_MEAN', [
        { weight: 1, score: 50 },
        { weight: 3, score: 90 },
      ]),
    ).toEqual([12.5, 67.5]);
    expect(dimensionContributions('SUM', [{ weight: 1, score: null }])).toEqual([null]);
  });

  it('lists national targets first and draws the province’s RPJMD target for the period’s year or the next', () => {
    const rows = targetRows({
      national: { code: 'ID', name: 'Indonesia', targets: [target('RPJMN-2025-2029', 'RPJMN', 'ID', 2029, null, 60)] },
      provinceTargets: {
        code: '75',
        name: 'Gorontalo',
        targets: [
          target('RENSTRA-75', 'RENSTRA', '75', 2029, 63.5),
          target('RPJMD-75', 'RPJMD', '75', 2029, 70),
          target('RPJMD-75', 'RPJMD', '75', 2026, 66),
        ],
      },
    });
    expect(rows.map((r) => `${r.documentCode} ${r.year}`)).toEqual([
      'RPJMN-2025-2029 2029',
      'RPJMD-75 2026',
      'RPJMD-75 2029',
      'RENSTRA-75 2029',
    ]);
    expect(chartTarget(rows, '75', '2025')).toMatchObject({ documentKind: 'RPJMD', year: 2026, value: 66 });
    expect(chartTarget(rows, '75', '2028')).toMatchObject({ documentKind: 'RPJMD', year: 2029, value: 70 });
    expect(chartTarget(rows, '71', '2025')).toBeNull();
  });

  it('offers computing and publishing as the service allows it: a verifier or administrator whose region covers the province', () => {
    const grants = (role: 'VERIFIER' | 'ADMINISTRATOR' | 'EDITOR' | 'ANALYST', regionCode: string) => ({
      grants: [{ role, regionCode }],
    });
    expect(mayComputeFor(grants('VERIFIER', '75'), '75')).toBe(true);
    expect(mayComputeFor(grants('ADMINISTRATOR', 'ID'), '75')).toBe(true);
    // A kabupaten/kota's verifier does not cover the province; another province's neither.
    expect(mayComputeFor(grants('VERIFIER', '75.71'), '75')).toBe(false);
    expect(mayComputeFor(grants('VERIFIER', '71'), '75')).toBe(false);
    expect(mayComputeFor(grants('EDITOR', '75'), '75')).toBe(false);
    expect(mayComputeFor(grants('ANALYST', 'ID'), '75')).toBe(false);
    expect(mayComputeFor({ ...grants('ADMINISTRATOR', 'ID'), mustChangePassword: true }, '75')).toBe(false);
    expect(mayComputeFor(null, '75')).toBe(false);
  });

  it('offers the stored years and the five before this one for a new set, newest first', () => {
    expect(computeYears(['2019', '2025'], 2026)).toEqual(['2025', '2024', '2023', '2022', '2021', '2019']);
    expect(computeYears([], 2026)).toEqual(['2025', '2024', '2023', '2022', '2021']);
  });

  it('tells the shown set’s published values by status from values of other sets and sources', () => {
    const set = { methodologyCode: 'IKS_ELDERLY_RPJMN', parentCode: '75', period: '2025', version: 2 };
    const value = (status: string, title: string) =>
      ({ regionCode: '75.01', value: 60, status, source: { title } }) as PublishedValue;
    const own = 'Hasil indeks komposit IKS_ELDERLY_RPJMN versi 1 (CONTOH), set hasil 75 2025 versi 2';
    const older = 'Hasil indeks komposit IKS_ELDERLY_RPJMN versi 1 (CONTOH), set hasil 75 2025 versi 1';
    expect(
      publicationOf(
        [
          value('UNVERIFIED', own),
          value('VERIFIED', own),
          value('UNVERIFIED', own),
          value('VERIFIED', older),
          value('PUBLISHED', 'BPS'),
        ],
        set,
      ),
    ).toEqual({
      statuses: [
        { status: 'UNVERIFIED', count: 2 },
        { status: 'VERIFIED', count: 1 },
      ],
      fromSet: 3,
      other: 2,
    });
    expect(publicationOf([], set)).toEqual({ statuses: [], fromSet: 0, other: 0 });
  });
});
