import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { luminance } from '../charts/palette';

// The keyboard focus ring (styles.css: `:focus-visible`, 3 px in --focus, 2 px away from the control) needs 3:1
// against what it is drawn on (WCAG 1.4.11). Being offset, it lies on the surface around the control, never on the
// control's own fill: so it is checked against the page, the header (which is on the page) and every light
// surface the stylesheets paint (cards, panels, menus, dialogs, tinted rows and notices). The dark fills (the
// selected tab, primary buttons) are controls inside those surfaces.

const src = fileURLToPath(new URL('..', import.meta.url));
const sheets = [
  'styles.css',
  ...readdirSync(`${src}pages`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .map((f) => `pages/${f}`),
];
const css = Object.fromEntries(sheets.map((f) => [f, readFileSync(`${src}${f}`, 'utf8')]));
const styles = css['styles.css']!;

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

describe('the focus ring', () => {
  const focus = long(styles.match(/--focus:\s*(#[0-9a-f]{3,6})\b/i)![1]!);
  const page = long(styles.match(/:root\s*\{[^}]*?\bbackground:\s*(#[0-9a-f]{3,6})\b/i)![1]!);
  const surfaces = [
    ...new Set(
      Object.values(css).flatMap((text) =>
        [...text.matchAll(/background(?:-color)?:\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)].map((m) => long(m[1]!)),
      ),
    ),
  ].filter((c) => luminance(c) > 0.5);

  it('is drawn away from the control, on the surface around it', () => {
    expect(styles).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--focus\);[^}]*outline-offset:\s*2px;/);
  });

  it('has at least 3:1 contrast with the page and header behind it', () => {
    expect(page).toBe('#f4f5f7');
    expect(contrast(focus, page)).toBeGreaterThanOrEqual(3);
    expect(contrast(focus, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('has at least 3:1 contrast with every light surface of the stylesheets', () => {
    expect(surfaces.length).toBeGreaterThan(10);
    const tooFaint = surfaces.filter((c) => contrast(focus, c) < 3).map((c) => `${c} ${contrast(focus, c).toFixed(2)}:1`);
    expect(tooFaint).toEqual([]);
  });
});
