import { describe, expect, it } from 'vitest';
import { rankedChart, tileMapChart } from '../decks/export/deck-fixtures';
import { chartSvg, PRESENTATION, presentationSize } from './chart-image';
import { setExportLabel } from './csv';

/** Every tag's attributes are name="value" pairs: an unescaped quote inside a value breaks this. */
function attributesWellFormed(svg: string): boolean {
  const tags = svg.match(/<[a-zA-Z][^>]*>/g) ?? [];
  return tags.length > 0 && tags.every((tag) => /^<[\w:-]+(\s+[\w:-]+="[^"<]*")*\s*\/?>$/.test(tag));
}

describe('chartSvg', () => {
  const { option, labels } = rankedChart();
  const svg = chartSvg(option);

  it('is 1920×1080, drawn from the 1120 px layout 12/7 larger (14 px text becomes 24 px)', () => {
    expect(svg).toMatch(/^<svg width="1920" height="1080" viewBox="0 0 1120 630"/);
    expect(PRESENTATION.scale * 14).toBeCloseTo(24);
  });
  it('carries the title, the source and the values, on a white ground', () => {
    expect(svg).toContain(labels.title);
    expect(svg).toContain('Sumber: BPS');
    expect(svg).toContain('16,37%');
    expect(svg).toContain('Kota Gorontalo');
    expect(svg).toMatch(/<rect width="1120" height="630" x="0" y="0" fill="#ffffff"/);
  });
  it('is well-formed XML in its attributes (the font family inside style attributes)', () => {
    expect(attributesWellFormed(svg)).toBe(true);
    expect(attributesWellFormed(chartSvg(tileMapChart().option))).toBe(true);
  });
  it('draws custom series too: every tile of the map with its value', () => {
    const map = chartSvg(tileMapChart().option);
    expect(map).toContain('Papteng');
    expect(map).toContain('29,45%');
  });
});

describe('presentationSize', () => {
  it('keeps 1920×1080 for a chart that fits, and grows taller for one that needs the room (38 bars)', () => {
    expect(presentationSize(500)).toEqual(PRESENTATION);
    expect(presentationSize(1392)).toMatchObject({ width: 1920, height: 2387 });
  });
});

describe('chart pictures of training data', () => {
  it('carry the label while the page serves training data, and none otherwise', () => {
    const { option } = rankedChart();
    setExportLabel('DATA LATIHAN — bukan data resmi / TRAINING DATA — not official data');
    try {
      expect(chartSvg(option)).toContain('DATA LATIHAN — bukan data resmi');
    } finally {
      setExportLabel(null);
    }
    expect(chartSvg(option)).not.toContain('LATIHAN');
  });
});
