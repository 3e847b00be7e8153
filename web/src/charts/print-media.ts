// When the page is printed, charts are drawn again for the paper: a canvas keeps the size it was drawn at, so a chart
// drawn for a 1320 px screen runs off an A4 page (or the whole page is shrunk) unless it is redrawn at the printed
// width before the browser lays out the page for print.

/** Set on <html> while printing: the screen takes the printed page's width (styles.css), so charts measure it. */
export const PRINTING_CLASS = 'printing';

/**
 * Height of an A4 landscape page's content (210 mm less 10 mm margins, styles.css's @page) in CSS pixels. A chart
 * higher than this cannot be kept on one page: it runs over pages at its own height (a ranking of 38 provinces);
 * a lower one is drawn at most 140 mm high on paper (styles.css), so that it fits under the page's heading.
 */
export const PRINTED_PAGE_HEIGHT = Math.round((190 * 96) / 25.4);

/** Dots per CSS pixel of a chart on paper: twice a plain screen's, so its text stays sharp when printed. */
export const PRINT_PIXEL_RATIO = 2;

/** What a chart needs of the window to follow printing (a window; a fake one in tests). */
export interface PrintEvents {
  addEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
  removeEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
  matchMedia(query: string): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;
}

/**
 * Follows whether the page is being printed: from `beforeprint` to `afterprint` (every browser), and while the print
 * media query matches (Chromium tells its listeners once it has laid the page out at the paper's size, with the
 * paper and margins the person chose; also when print media is emulated). `onChange` is called on every such event,
 * with whether the page is printed: the layout may have changed even when that has not.
 */
export function watchPrinting(target: PrintEvents, onChange: (printing: boolean) => void): () => void {
  const query = target.matchMedia('print');
  let dialog = false;
  const report = () => onChange(dialog || query.matches);
  const before = () => {
    dialog = true;
    report();
  };
  const after = () => {
    dialog = false;
    report();
  };
  target.addEventListener('beforeprint', before);
  target.addEventListener('afterprint', after);
  query.addEventListener('change', report);
  return () => {
    target.removeEventListener('beforeprint', before);
    target.removeEventListener('afterprint', after);
    query.removeEventListener('change', report);
  };
}

/** The pixel ratio a chart is drawn at: the screen's, or at least PRINT_PIXEL_RATIO on paper. */
export function chartPixelRatio(printing: boolean, screenRatio: number): number {
  return printing ? Math.max(PRINT_PIXEL_RATIO, screenRatio) : screenRatio;
}
