import type { RecordValidator, ReferenceData, ValidatorOptions } from './validate.types.js';
import { observationChecks } from './validate-observations.js';
import { programmeChecks } from './validate-programmes.js';
import { targetChecks } from './validate-targets.js';
import { createValidationContext, moreRepeatsNotice } from './validation-context.js';

// Checks every record against the catalogue and the registry, never stopping at the first
// problem: the analyst gets the whole list of what to fix, each with its line and column.

export function createValidator(ref: ReferenceData, options: ValidatorOptions = {}): RecordValidator {
  const ctx = createValidationContext(ref, options);
  const { observation, breakdown } = observationChecks(ctx);
  const { target, planningDocument } = targetChecks(ctx);
  const { programme } = programmeChecks(ctx);
  const { issues, notices, counts, cells, repeats } = ctx;
  return {
    observation,
    breakdown,
    target,
    programme,
    document: planningDocument,
    issues: issues.issues,
    // The repeats beyond those listed, counted in one notice at the end.
    get notices() {
      return repeats.omitted ? [...notices, moreRepeatsNotice(repeats.omitted)] : notices;
    },
    omitted: issues.omitted,
    get missing() {
      return counts.missing;
    },
    get ratioRowsWithoutParts() {
      return counts.ratioRowsWithoutParts;
    },
    get rowsBelowRegency() {
      return counts.rowsBelowRegency;
    },
    lineOf: (indicator, region, year, subperiod) => cells.lineOf(indicator, region, year, subperiod),
  };
}
