import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

export interface FitBounds {
  /** Never smaller: below this a chart is no longer readable, and the page scrolls instead. */
  min: number;
  /** Never taller: a tall screen gets a large chart, not a stretched one. */
  max: number;
  /** Room kept below the chart's canvas inside the window. */
  margin: number;
}

/**
 * A chart's height so that all of it, down to the target at its bottom, is on the first screen: from where it
 * starts to the window's bottom edge, within [min, max]. On a 1280×720 projector the trend chart fitted no other way.
 */
export function fitHeight(viewportHeight: number, top: number, { min, max, margin }: FitBounds): number {
  return Math.round(Math.min(max, Math.max(min, viewportHeight - top - margin)));
}

/** fitHeight for the element `ref` (the chart's container), measured before painting and again when the window resizes. */
export function useFitHeight(ref: RefObject<HTMLElement | null>, bounds: FitBounds): number {
  const { min, max, margin } = bounds;
  const [height, setHeight] = useState(max);
  const [, setViewport] = useState(() => (typeof window === 'undefined' ? 0 : window.innerHeight));
  // Measured after every render: what lies above the chart (chips, notices) may have changed with it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    setHeight(fitHeight(window.innerHeight, top, { min, max, margin }));
  });
  useEffect(() => {
    const onResize = () => setViewport(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
