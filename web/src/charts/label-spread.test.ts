import { describe, expect, it } from 'vitest';
import { type LabelWish, type SpreadBounds, spreadLabels } from './label-spread';

/** Every placed label inside the bounds, and no two (or a label and a fixed one) closer than the gap. */
function expectReadable(placed: Map<string, number>, bounds: SpreadBounds) {
  const ys = [...placed.values()].sort((a, b) => a - b);
  for (const y of ys) {
    expect(y).toBeGreaterThanOrEqual(bounds.min - 1e-9);
    expect(y).toBeLessThanOrEqual(bounds.max + 1e-9);
    for (const f of bounds.fixed ?? []) expect(Math.abs(y - f)).toBeGreaterThanOrEqual(bounds.gap - 1e-9);
  }
  for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(bounds.gap - 1e-9);
}

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    const placed = spreadLabels(
      [
        { id: 'a', at: 2, priority: 1 },
        { id: 'b', at: 10, priority: 1 },
      ],
      { min: 0, max: 20, gap: 1.5 },
    );
    expect(Object.fromEntries(placed)).toEqual({ a: 2, b: 10 });
  });

  it('moves close labels apart around where they wished to be, in their order', () => {
    // Gorontalo's kabupaten in 2025 (P0, %): four within 1.5 points, on a chart where a line of text is 0.9 points.
    const wishes: LabelWish[] = [
      { id: 'Boalemo', at: 16.37, priority: 1 },
      { id: 'Gorontalo Utara', at: 15.89, priority: 1 },
      { id: 'Pohuwato', at: 15.24, priority: 1 },
      { id: 'Gorontalo', at: 14.89, priority: 1 },
      { id: 'Kota Gorontalo', at: 5.31, priority: 1 },
    ];
    const bounds = { min: 3, max: 18, gap: 0.9 };
    const placed = spreadLabels(wishes, bounds);
    expect(placed.size).toBe(5);
    expectReadable(placed, bounds);
    const order = [...placed].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order).toEqual(['Kota Gorontalo', 'Gorontalo', 'Pohuwato', 'Gorontalo Utara', 'Boalemo']);
    expect(placed.get('Kota Gorontalo')).toBe(5.31);
    // The group stays centred on its values: it moves no further than it must.
    const group = ['Boalemo', 'Gorontalo Utara', 'Pohuwato', 'Gorontalo'].map((id) => placed.get(id)!);
    const mean = group.reduce((a, b) => a + b, 0) / 4;
    expect(mean).toBeCloseTo((16.37 + 15.89 + 15.24 + 14.89) / 4, 6);
  });

  it('moves the others rather than a label that holds its place', () => {
    const bounds = { min: 0, max: 20, gap: 2 };
    const placed = spreadLabels(
      [
        { id: 'Boalemo', at: 16.37, priority: 100, weight: 100 },
        { id: 'Gorontalo Utara', at: 15.89, priority: 1 },
      ],
      bounds,
    );
    expectReadable(placed, bounds);
    expect(placed.get('Boalemo')).toBeCloseTo(16.37, 1);
    expect(placed.get('Gorontalo Utara')).toBeCloseTo(14.37, 1);
  });

  it('keeps labels inside the plot at its edges', () => {
    const bounds = { min: 0, max: 10, gap: 1 };
    const placed = spreadLabels(
      [
        { id: 'a', at: 9.9, priority: 1 },
        { id: 'b', at: 9.95, priority: 1 },
        { id: 'c', at: 10, priority: 1 },
      ],
      bounds,
    );
    expectReadable(placed, bounds);
    expect(Math.max(...placed.values())).toBe(10);
  });

  it('keeps clear of a label that cannot move, such as the target’s', () => {
    const bounds = { min: 0, max: 20, gap: 1, fixed: [4.5] };
    const placed = spreadLabels(
      [
        { id: 'Kota Gorontalo', at: 5.31, priority: 1 },
        { id: 'Bali', at: 4.2, priority: 1 },
      ],
      bounds,
    );
    expectReadable(placed, bounds);
    expect(placed.get('Kota Gorontalo')).toBe(5.5);
    expect(placed.get('Bali')).toBe(3.5);
  });

  it('leaves out the least important labels when there is no room for all', () => {
    const bounds = { min: 0, max: 3, gap: 1 };
    const wishes = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, at: 1.5, priority: i === 7 ? 100 : i }));
    const placed = spreadLabels(wishes, bounds);
    expect(placed.size).toBe(4);
    expect([...placed.keys()].sort()).toEqual(['r7', 'r8', 'r9', 'r6'].sort());
    expectReadable(placed, bounds);
  });

  it('never lets two labels overprint, whatever the values (40 lines, random values, fixed labels)', () => {
    const next = random(15);
    for (let round = 0; round < 200; round++) {
      const gap = 0.5 + next() * 2;
      const fixed = next() < 0.5 ? [next() * 30] : [next() * 30, next() * 30];
      const bounds = { min: 0, max: 30, gap, fixed };
      const wishes = Array.from({ length: 1 + Math.floor(next() * 40) }, (_, i) => ({
        id: `r${i}`,
        at: next() < 0.3 ? 12 + next() : next() * 30,
        priority: Math.floor(next() * 5),
      }));
      const placed = spreadLabels(wishes, bounds);
      expectReadable(placed, bounds);
      expect(placed.size).toBeGreaterThan(0);
    }
  });
});
