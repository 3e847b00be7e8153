import type { NumberCell, ProgrammeRecord } from './import.types.js';
import { AMOUNT_COLUMN, fmt } from './number-cells.js';
import { suggest } from './suggest.js';
import type { ProgrammeRow } from './validate.types.js';
import { contentOf, sourceKey, type ValidationContext } from './validation-context.js';

// The checks of a programme's yearly figures: recipients, eligible population and budget.

export function programmeChecks(ctx: ValidationContext) {
  const { ref, issues, counts, resolveRegion, existed, duplicate, number } = ctx;
  return { programme };

  function programme(r: ProgrammeRecord): ProgrammeRow | null {
    const code = r.programme.trim();
    if (!ref.programmes.has(code))
      issues.add(r.loc, 'UNKNOWN_PROGRAMME', `Unknown programme “${r.programme}”. ${suggest(code, [...ref.programmes.keys()])}`);
    const region = resolveRegion(r.region, r.loc);
    // A region's own programme (a province's aid programme) runs in that region only.
    const owner = ref.programmes.get(code);
    if (owner && region && !(region === owner || region.startsWith(`${owner}.`))) {
      issues.add(
        r.loc,
        'OUTSIDE_PROGRAMME_REGION',
        `${code} is a programme of region ${owner}: it has no figures for region ${region}, which lies outside it.`,
      );
      return null;
    }
    const cells: [NumberCell, string][] = [
      [r.recipients, 'Recipients'],
      [r.eligible, 'Eligible population'],
      [r.budgetAllocated, 'Pagu'],
      [r.budgetSpent, 'Realisasi'],
    ];
    const values = cells.map(([cell, label]) => {
      const v = number(cell, r.loc, label, AMOUNT_COLUMN);
      if (typeof v === 'number' && v < 0) {
        issues.add(r.loc, 'OUT_OF_RANGE', `${label} ${fmt(v)} cannot be negative.`);
        return undefined;
      }
      return v;
    });
    if (values.includes(undefined) || !ref.programmes.has(code) || !region) return null;
    if (values.every((v) => v === null)) {
      counts.missing++;
      return null;
    }
    if (!existed(region, r.year, r.loc, 'a programme figure')) return null;
    const [recipients, eligible, budgetAllocated, budgetSpent] = values as (number | null)[];
    const row: ProgrammeRow = {
      line: r.loc.line,
      programme: code,
      region,
      year: r.year,
      recipients: recipients ?? null,
      eligible: eligible ?? null,
      budgetAllocated: budgetAllocated ?? null,
      budgetSpent: budgetSpent ?? null,
      source: sourceKey(r.source, undefined, r.publisher),
    };
    const what = {
      id: `Angka ${code}, wilayah ${region}, ${r.year}`,
      en: `The figures for ${code}, region ${region}, ${r.year}`,
    };
    return duplicate(`p|${code}|${region}|${r.year}`, r.loc, what, contentOf(row)) ? null : row;
  }
}
