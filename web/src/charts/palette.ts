import type { ProgressStatus } from '../data/types';

// Okabe–Ito: distinguishable with the common colour-vision deficiencies, and on a washed-out projector.
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colours of lines for several regions, in order. */
// Bluish green is kept for targets, so no region line can be mistaken for one.
export const SERIES_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.black,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
];

export const INK = '#111111';
export const INK_MUTED = '#3d4550';
export const GRID_LINE = '#d5d9df';
export const NEUTRAL_BAR = '#7a8594';
export const HIGHLIGHT = OKABE_ITO.vermillion;
export const BAR = OKABE_ITO.blue;
export const TARGET = OKABE_ITO.bluishGreen;

/** Status colour and a symbol, so status never depends on colour alone. */
export const STATUS_STYLE: Record<ProgressStatus, { colour: string; icon: string }> = {
  ACHIEVED: { colour: OKABE_ITO.bluishGreen, icon: '✓' },
  // Lighter than Okabe–Ito's sky blue, which a projector showed as the bluish green of ACHIEVED.
  ON_TRACK: { colour: '#9AD0F5', icon: '↗' },
  AT_RISK: { colour: OKABE_ITO.orange, icon: '!' },
  // Darker than vermillion: on a washed-out projector vermillion and orange became one colour (see projector.test.ts).
  OFF_TRACK: { colour: '#A3290B', icon: '✗' },
  NO_DATA: { colour: '#d9dde3', icon: '–' },
};

export const STATUS_ORDER: ProgressStatus[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

/** Sequential blues for value classes, light (low) to dark (high). */
export const VALUE_CLASSES = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'];
export const MISSING_FILL = '#f1f2f4';

function channel(hex: string, i: number): number {
  const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** Black or white text, whichever contrasts more with the background. */
export function textOn(background: string): string {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? INK : '#ffffff';
}
