import type { BreakdownRecord } from '../breakdowns/breakdown-layout.js';
import { resolveCategory } from '../breakdowns/categories.js';
import { restoreNeutralisedCell } from '../exports/csv-injection.js';
import { checkRatioParts } from '../ratios/parts.js';
import { shown } from './cell-text.js';
import { where } from './collector.js';
import type { ObservationRecord, SourceLocation } from './import.types.js';
import { cellAt, EMPTY_CELL, fmt, inRange, rangeText, VALUE_COLUMN } from './number-cells.js';
import { canonicalPeriod, parseReleaseDate } from './period-cells.js';
import { suggest } from './suggest.js';
import type { BreakdownRow, ObservationRow } from './validate.types.js';
import { sourceKey, type ValidationContext } from './validation-context.js';

// The checks of observations, and of the counts by category (PPKS, PSKS) that are observations too.

export function observationChecks(ctx: ValidationContext) {
  const { ref, issues, cells, counts, resolveRegion, existed, repeated, indicatorOf, number, sourceNumber } = ctx;
  return { observation, breakdown };

  function observation(r: ObservationRecord): ObservationRow | null {
    const categories = ref.breakdowns?.get(r.indicator.trim());
    if (categories) {
      // Its total is the sum of its categories: a total of its own could disagree with them.
      issues.add(
        r.loc,
        'BREAKDOWN_REQUIRED',
        `${r.indicator.trim()} is counted by category (${categories.setName}): give one row per category with a “kategori” column (breakdown layout), not a total (impor per kategori).`,
      );
      return null;
    }
    return observationOf(r, null);
  }

  function breakdown(r: BreakdownRecord): BreakdownRow | null {
    const code = r.indicator.trim();
    const rule = ref.breakdowns?.get(code);
    let category: string | null = null;
    if (!rule) {
      if (ref.indicators.has(code))
        issues.add(
          r.loc,
          'NO_BREAKDOWN',
          `${code} is not counted by category: import its values without a “kategori” column (indikator tanpa kategori).`,
        );
      else indicatorOf(code, r.loc);
    } else {
      category = resolveCategory(rule, r.category);
      if (!category)
        issues.add(
          r.loc,
          'UNKNOWN_CATEGORY',
          `Unknown category “${shown(r.category)}” for ${code} (kategori tidak dikenal): write a code (${rule.categories[0]?.code}…${rule.categories.at(-1)?.code}) or a name of ${rule.setName}. ${suggest(
            r.category,
            rule.categories.map((c) => c.nameId),
          )}`.trim(),
        );
    }
    const cell = r.value;
    if (cell.value !== null && !cell.invalid && (cell.value < 0 || !Number.isInteger(cell.value))) {
      issues.add(
        cellAt(cell, r.loc),
        'NOT_A_COUNT',
        `Value “${shown(cell.text)}” is not a count: write a whole number, 0 or more (no decimals, no minus sign; bukan bilangan cacah)${
          /^\d{1,3}[.,]\d{3}$/.test(cell.text.trim())
            ? `. “${shown(cell.text.trim())}” reads as a decimal; for thousands write it without a separator, or import with decimal comma (--decimal-comma)`
            : ''
        }.`,
      );
      return null;
    }
    if (!rule || !category) return null;
    const row = observationOf(r, category);
    return row && { ...row, category };
  }

  /** An observation's checks; `category` keeps the counts of two categories of one cell apart when finding duplicates. */
  function observationOf(r: ObservationRecord | BreakdownRecord, category: string | null): ObservationRow | null {
    const rule = indicatorOf(r.indicator, r.loc);
    const region = resolveRegion(r.region, r.loc);
    const numeratorCell = r.numerator ?? EMPTY_CELL;
    const denominatorCell = r.denominator ?? EMPTY_CELL;
    if ([r.value, numeratorCell, denominatorCell].every((c) => c.value === null && !c.invalid)) {
      counts.missing++;
      return null;
    }
    const value = number(r.value, r.loc, 'Value', VALUE_COLUMN, rule);
    const numerator = number(numeratorCell, r.loc, 'Numerator (pembilang)', VALUE_COLUMN);
    const denominator = number(denominatorCell, r.loc, 'Denominator (penyebut)', VALUE_COLUMN);
    const releasedOn = releaseDate(r.releaseDate, r.loc);
    if (!rule || !region || releasedOn === undefined) return null;
    const level = ref.regionLevels.get(region);
    if (level && !rule.levels.includes(level)) {
      issues.add(
        r.loc,
        'LEVEL_NOT_PUBLISHED',
        `${rule.nameEn} is not published for ${LEVEL_EN[level] ?? level} (region ${region}).`,
      );
      return null;
    }
    const period = canonicalPeriod(r.period, rule, r.loc, issues);
    if (value === undefined || numerator === undefined || denominator === undefined) return null;
    const ratio = checkRatioParts(rule, value, numerator, denominator);
    if (ratio && 'problem' in ratio) {
      issues.add(r.loc, ratio.problem.code, ratio.problem.message);
      return null;
    }
    if (!period || !ratio) return null;
    if (value === null && !inRange(ratio.value, rule)) {
      issues.add(
        r.loc,
        'OUT_OF_RANGE',
        `The value computed from its parts, ${fmt(ratio.value)}, is outside the admissible range ${rangeText(rule)} for ${rule.nameEn} (${rule.unitEn}): check the numerator and denominator.`,
      );
      return null;
    }
    if ((rule.ratioFactor ?? null) !== null && ratio.numerator === null) counts.ratioRowsWithoutParts++;
    if (!existed(region, period.year, r.loc)) return null;
    const row: ObservationRow = {
      line: r.loc.line,
      indicator: rule.code,
      region,
      period: period.text,
      year: period.year,
      subperiod: period.subperiod,
      value: ratio.value,
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      // A text cell an export neutralised against CSV injection ("'=…", "'-…") is read back as the original text.
      source: sourceKey(
        restoreNeutralisedCell(r.source),
        restoreNeutralisedCell(r.sourceUrl),
        restoreNeutralisedCell(r.publisher),
        r.publisherUrl,
        releasedOn,
      ),
      note: restoreNeutralisedCell(r.note?.trim()) || null,
    };
    // The source by its number, not its texts: comparing a title on every row cost as much as the rest of this check.
    const key = category ? `${rule.code}|${category}` : rule.code;
    const first = cells.check(key, region, period.year, period.subperiod, r.loc, row, sourceNumber(row.source));
    if (first) {
      const kategori = category ? `, kategori ${category}` : '';
      const what = {
        id: `Nilai ${rule.code}${kategori}, wilayah ${region}, periode ${period.text}`,
        en: `The value for ${rule.code}${category ? `, category ${category}` : ''}, region ${region}, period ${period.text}`,
      };
      if (first.same) repeated(first.loc, r.loc, what);
      else issues.add(r.loc, 'DUPLICATE', `${what.en} appears twice in the file: ${where(first.loc)} and ${where(r.loc)}.`);
      return null;
    }
    // The import then knows whether it wrote below kab/kota without a look at the table (desa-scale-index.ts).
    if (level === 'DISTRICT' || level === 'VILLAGE') counts.rowsBelowRegency++;
    return row;
  }

  /** The release date a file gives: null when none, undefined when it cannot be read (reported). */
  function releaseDate(text: string | undefined, loc: SourceLocation): string | null | undefined {
    if (text === undefined) return null;
    const date = parseReleaseDate(text);
    if (date) return date;
    issues.add(
      { ...loc, column: 'tanggal_rilis' },
      'BAD_DATE',
      `Cannot read the release date “${text}” (tanggal_rilis): write the publisher's date as YYYY-MM-DD, e.g. 2025-01-15, not later than today; leave it empty when the source gives none.`,
    );
    return undefined;
  }
}

const LEVEL_EN: Record<string, string> = {
  NATIONAL: 'the national level',
  PROVINCE: 'provinces',
  REGENCY_CITY: 'kabupaten/kota',
  DISTRICT: 'kecamatan',
  VILLAGE: 'desa/kelurahan',
};
