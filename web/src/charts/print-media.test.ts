import { describe, expect, it } from 'vitest';
import { chartPixelRatio, type PrintEvents, watchPrinting } from './print-media';

/** A window as far as printing goes: its print events and the print media query, fired by hand. */
function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  const on = (type: string) => listeners.get(type) ?? listeners.set(type, new Set()).get(type)!;
  const query = {
    matches: false,
    addEventListener: (_: string, l: () => void) => on('mq').add(l),
    removeEventListener: (_: string, l: () => void) => on('mq').delete(l),
  };
  const target = {
    addEventListener: (type: string, l: () => void) => on(type).add(l),
    removeEventListener: (type: string, l: () => void) => on(type).delete(l),
    matchMedia: (q: string) => {
      expect(q).toBe('print');
      return query;
    },
  } as unknown as PrintEvents;
  const fire = (type: 'beforeprint' | 'afterprint' | 'mq', matches?: boolean) => {
    if (matches !== undefined) query.matches = matches;
    for (const l of on(type)) l();
  };
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { target, fire, count };
}

describe('watchPrinting', () => {
  it("follows Chromium's print: beforeprint, the print layout, afterprint while still laid out, then the screen", () => {
    const w = fakeWindow();
    const seen: boolean[] = [];
    watchPrinting(w.target, (p) => seen.push(p));
    w.fire('beforeprint');
    w.fire('mq', true);
    // afterprint comes before the media query changes back: the page is still laid out for paper.
    w.fire('afterprint');
    w.fire('mq', false);
    expect(seen).toEqual([true, true, true, false]);
  });

  it('treats emulated print media (no print dialog) as printing, and a dialog closed without it as the screen', () => {
    const w = fakeWindow();
    const seen: boolean[] = [];
    watchPrinting(w.target, (p) => seen.push(p));
    w.fire('mq', true);
    w.fire('beforeprint');
    w.fire('afterprint');
    expect(seen).toEqual([true, true, true]);
    w.fire('mq', false);
    w.fire('beforeprint');
    w.fire('afterprint');
    expect(seen.slice(3)).toEqual([false, true, false]);
  });

  it('stops listening when stopped', () => {
    const w = fakeWindow();
    const seen: boolean[] = [];
    const stop = watchPrinting(w.target, (p) => seen.push(p));
    expect(w.count()).toBe(3);
    stop();
    expect(w.count()).toBe(0);
    w.fire('beforeprint');
    expect(seen).toEqual([]);
  });
});

describe('chartPixelRatio', () => {
  it("draws for paper at twice a plain screen's pixels, never fewer than the screen's", () => {
    expect(chartPixelRatio(false, 1)).toBe(1);
    expect(chartPixelRatio(true, 1)).toBe(2);
    expect(chartPixelRatio(true, 3)).toBe(3);
    expect(chartPixelRatio(false, 1.25)).toBe(1.25);
  });
});
