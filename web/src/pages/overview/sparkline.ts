import { periodX, type SegmentPoint, splitSegments } from '../../charts/periods';

export interface Sparkline {
  /** One SVG path per unbroken stretch: series breaks and missing periods are not bridged. */
  paths: string[];
  /** Lone values (a stretch of one point), drawn as dots. */
  dots: { x: number; y: number }[];
  last: { x: number; y: number } | null;
}

/** A small trend line for a card, scaled into width × height with some padding. */
export function sparkline(
  points: readonly SegmentPoint[],
  rounds: readonly number[],
  width: number,
  height: number,
  pad = 5,
): Sparkline {
  if (!points.length) return { paths: [], dots: [], last: null };
  const xs = points.map((p) => periodX(p.period));
  const ys = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => (x1 === x0 ? width / 2 : pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad));
  const sy = (y: number) => (y1 === y0 ? height / 2 : pad + (1 - (y - y0) / (y1 - y0)) * (height - 2 * pad));
  const round = (n: number) => Math.round(n * 10) / 10;
  const paths: string[] = [];
  const dots: { x: number; y: number }[] = [];
  for (const segment of splitSegments(points, rounds)) {
    const coords = segment.map((p) => ({ x: round(sx(periodX(p.period))), y: round(sy(p.value)) }));
    if (coords.length === 1) dots.push(coords[0]!);
    else paths.push(coords.map((c, i) => `${i ? 'L' : 'M'}${c.x} ${c.y}`).join(' '));
  }
  const lastPoint = points[points.length - 1]!;
  return { paths, dots, last: { x: round(sx(periodX(lastPoint.period))), y: round(sy(lastPoint.value)) } };
}
