import { type ReactNode, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ChartLabels } from '../charts/common';
import { useSlidePlacement } from './slide-context';

/**
 * Width a section is laid out at on a stage before it is scaled to fit, unless it says: the dashboard's own. Content
 * that cannot be that narrow widens it (and is drawn smaller) rather than being cut off at the stage's edge.
 */
const LAYOUT_WIDTH = 1280;

/**
 * A part of a page that is not an ECharts chart but can be a slide: the overview's cards, the scorecard's table. On
 * the dashboard it is its children; on a stage it is drawn there, laid out at the dashboard's width and scaled to
 * fill the band (its text grows with the stage); for an export it lays itself out out of sight, for a picture.
 */
export function SlideSection({
  id,
  labels,
  headline,
  layoutWidth = LAYOUT_WIDTH,
  slide,
  children,
}: {
  id: string;
  labels: ChartLabels;
  headline?: string | null;
  /** Narrower than the dashboard's when the section should be drawn larger on a stage (fewer, bigger columns). */
  layoutWidth?: number;
  /** What a stage (and an export) shows instead of the children: the same data, laid out for a room. */
  slide?: ReactNode;
  children: ReactNode;
}) {
  const node = useRef<HTMLDivElement>(null);
  const section = useMemo(
    () => ({
      id,
      labels,
      option: null,
      csv: { header: [], rows: [] },
      sources: [],
      headline: headline ?? null,
      element: () => node.current,
    }),
    [id, labels, headline],
  );
  const placement = useSlidePlacement(section);
  if (placement === 'hidden') return null;
  if (placement === 'capture') {
    return (
      <div className="slide-section-capture" style={{ minWidth: layoutWidth, width: 'max-content' }}>
        <div ref={node} className="slide-section">
          {slide ?? children}
        </div>
      </div>
    );
  }
  if (placement) {
    return createPortal(
      <FitBox width={placement.width} height={placement.height}>
        <div ref={node} className="slide-section" style={{ minWidth: layoutWidth, width: 'max-content' }}>
          {slide ?? children}
        </div>
      </FitBox>,
      placement.target,
    );
  }
  return <div ref={node}>{children}</div>;
}

/** Scales its content (laid out at its own size) to fit the box, centred, never above three times. */
function FitBox({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = inner.current;
    if (!el) return;
    const fit = () => {
      const w = el.scrollWidth || 1;
      const h = el.scrollHeight || 1;
      setScale(Math.min(3, width / w, height / h));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width, height]);
  return (
    <div className="slide-fit" style={{ width, height, overflow: 'hidden', position: 'relative' }}>
      <div
        ref={inner}
        style={{
          position: 'absolute',
          left: '50%',
          top: 0,
          transform: `translateX(-50%) scale(${scale})`,
          transformOrigin: 'top center',
        }}
      >
        {children}
      </div>
    </div>
  );
}
