// Where the names at the ends of a chart's lines go: each as near its line's end as it can be, never closer to
// another than a line of text, inside the plot. ECharts' own `labelLayout: { moveOverlap: 'shiftY' }` shifts
// only labels that already overlap and pushes them out of the plot; this places them all at once, keeps the
// important ones when there is no room for every label, and can be tested without a browser.

export interface LabelWish {
  id: string;
  /** Where the label would be without the others: its line's last value (any unit, e.g. the y axis's). */
  at: number;
  /** When not all labels fit, those with the lowest priority are left out first. */
  priority: number;
  /** How firmly the label holds its place when it must share room (default 1): the chosen region's barely moves. */
  weight?: number;
}

export interface SpreadBounds {
  /** The lowest and highest position a label's centre may take. */
  min: number;
  max: number;
  /** Least distance between two labels' centres: a line of text, in the same unit as the positions. */
  gap: number;
  /** Positions taken by labels that cannot move (e.g. the target's): the others keep `gap` from them. */
  fixed?: readonly number[];
}

interface Slot {
  lo: number;
  hi: number;
}

/** The free stretches between the fixed labels. */
function slotsBetween({ min, max, gap, fixed = [] }: SpreadBounds): Slot[] {
  const slots: Slot[] = [];
  let lo = min;
  for (const f of [...fixed].sort((a, b) => a - b)) {
    if (f - gap >= lo) slots.push({ lo, hi: f - gap });
    lo = Math.max(lo, f + gap);
  }
  if (max >= lo) slots.push({ lo, hi: max });
  return slots;
}

const capacity = (slot: Slot, gap: number) => Math.floor((slot.hi - slot.lo) / gap + 1e-9) + 1;

/**
 * Spreads labels that sit in one free stretch: labels that would touch form a group a line apart, placed where it
 * moves its labels least (weighted least squares: the start is the weighted mean of each wish less its offset).
 */
function spreadInSlot(wishes: LabelWish[], slot: Slot, gap: number): Map<string, number> {
  const sorted = [...wishes].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  type Group = { items: LabelWish[]; start: number };
  const place = (items: LabelWish[]): Group => {
    const weight = (w: LabelWish) => w.weight ?? 1;
    const total = items.reduce((sum, w) => sum + weight(w), 0);
    const best = items.reduce((sum, w, i) => sum + weight(w) * (w.at - i * gap), 0) / total;
    const span = (items.length - 1) * gap;
    const start = Math.min(Math.max(best, slot.lo), slot.hi - span);
    return { items, start };
  };
  let groups = sorted.map((w) => place([w]));
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i + 1 < groups.length; i++) {
      const a = groups[i]!;
      const b = groups[i + 1]!;
      if (a.start + a.items.length * gap > b.start + 1e-9) {
        groups = [...groups.slice(0, i), place([...a.items, ...b.items]), ...groups.slice(i + 2)];
        merged = true;
        break;
      }
    }
  }
  const out = new Map<string, number>();
  for (const g of groups) {
    g.items.forEach((w, i) => {
      out.set(w.id, g.start + i * gap);
    });
  }
  return out;
}

/**
 * Positions for as many labels as fit: no two closer than `gap`, none closer than `gap` to a fixed position, all
 * within [min, max], each as near its wish as the others allow. Labels with no room are left out (absent from the
 * result), lowest priority first.
 */
export function spreadLabels(wishes: readonly LabelWish[], bounds: SpreadBounds): Map<string, number> {
  const { gap } = bounds;
  const slots = slotsBetween(bounds);
  const bySlot = slots.map(() => [] as LabelWish[]);
  // Highest priority first: each label takes the stretch it wishes to be in, or else the nearest with room.
  const ordered = [...wishes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const wish of ordered) {
    const distance = (s: Slot) => (wish.at < s.lo ? s.lo - wish.at : wish.at > s.hi ? wish.at - s.hi : 0);
    const candidates = slots
      .map((slot, i) => ({ slot, i }))
      .filter(({ slot, i }) => bySlot[i]!.length < capacity(slot, gap))
      .sort((a, b) => distance(a.slot) - distance(b.slot));
    const chosen = candidates[0];
    if (chosen) bySlot[chosen.i]!.push(wish);
  }
  const out = new Map<string, number>();
  slots.forEach((slot, i) => {
    for (const [id, at] of spreadInSlot(bySlot[i]!, slot, gap)) out.set(id, at);
  });
  return out;
}
