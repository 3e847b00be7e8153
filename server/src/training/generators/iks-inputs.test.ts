import { describe, expect, it } from 'vitest';
import { TRAINING_SOURCE } from '../dataset.js';
import { seededRandom } from '../random.js';
import { IKS_DIMENSIONS, IKS_GROUPS, iksInputsGenerator } from './iks-inputs.js';

const regions = [
  { code: '75', name: 'Gorontalo', level: 'PROVINCE', parentCode: 'ID', existsSince: null },
  ...Array.from({ length: 40 }, (_, i) => ({
    code: `75.${String(i + 1).padStart(2, '0')}`,
    name: `Kabupaten ${i + 1}`,
    level: 'REGENCY_CITY' as const,
    parentCode: '75',
    existsSince: i === 0 ? 2025 : null,
  })),
] as const;
const files = (seed: string) =>
  iksInputsGenerator.files({ random: seededRandom(`${seed}:iks-inputs`), regions, years: [2024, 2025] });
const rows = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));

describe('IKS input generator', () => {
  it('writes the six dimension inputs of the two example methods per kabupaten/kota and year, deterministically', () => {
    expect(files('uji')).toEqual(files('uji'));
    expect(files('lain')).not.toEqual(files('uji'));
    const [y2024, y2025] = files('uji');
    expect([y2024!.fileName, y2025!.fileName]).toEqual(['latihan-iks-masukan-2024.csv', 'latihan-iks-masukan-2025.csv']);
    const all = rows(y2025!.csv);
    const codes = new Set(IKS_GROUPS.flatMap((g) => IKS_DIMENSIONS.map((d) => `${g}_${d}`)));
    for (const [region, indicator, period, value, source, publisher] of all) {
      expect(region).toMatch(/^75\.\d{2}$/);
      expect(codes.has(indicator!)).toBe(true);
      expect(period).toBe('2025');
      expect(Number(value)).toBeGreaterThanOrEqual(15);
      expect(Number(value)).toBeLessThanOrEqual(32);
      expect([source, publisher]).toEqual([TRAINING_SOURCE, TRAINING_SOURCE]);
    }
  });

  it('leaves some inputs out (the gaps a province sees), and nothing for a year before a region existed', () => {
    const [y2024, y2025] = files('uji');
    const per = (csv: string) =>
      rows(csv).reduce((m, [region]) => m.set(region!, (m.get(region!) ?? 0) + 1), new Map<string, number>());
    const counts2025 = per(y2025!.csv);
    expect(counts2025.size).toBe(40);
    expect([...counts2025.values()].some((n) => n === 5)).toBe(true);
    expect([...counts2025.values()].every((n) => n === 5 || n === 6)).toBe(true);
    expect(per(y2024!.csv).has('75.01')).toBe(false);
  });
});
