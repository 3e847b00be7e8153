import { type GraphQLError, type GraphQLInputType, getNamedType, getNullableType, isInputObjectType, isListType } from 'graphql';
import { DECK_LIMITS } from '../decks/deck.rules.js';
import { badInput } from '../messages/errors.js';
import type { Localized } from '../messages/language.js';
import type { Args } from './cost-rules.js';

// Bounds on the length of string and list arguments, checked while an operation's cost is reckoned (see cost.ts).

/** Characters a string argument may have, unless ARGUMENT_LIMITS says otherwise. */
export const MAX_STRING_LENGTH = 200;
/** Items a list argument may have, unless ARGUMENT_LIMITS says otherwise. */
export const MAX_LIST_LENGTH = 1000;

/** Limits of particular arguments and input fields ("Type.field.argument" or "InputType.field"): free text is longer. */
export const ARGUMENT_LIMITS: Record<string, number> = {
  'Query.regions.search': 100,
  'Mutation.importFile.reason': 2000,
  'Mutation.importFile.source': 1000,
  'CompositeMethodologyInput.descriptionId': 5000,
  'CompositeMethodologyInput.source': 1000,
  'CompositeMethodologyInput.sourceUrl': 2048,
  'CompositeMethodologyInput.legalBasis': 1000,
  // Catalogue definitions are free text (the seed's longest is 528 characters); its rules hold them to 32,767.
  'IndicatorInput.definitionId': 5000,
  'IndicatorInput.definitionEn': 5000,
  'IndicatorInput.source': 1000,
  'IndicatorInput.sourceUrl': 2048,
  'ProgrammeInput.descriptionId': 5000,
  'Mutation.saveIndicator.reason': 2000,
  'Mutation.saveProgramme.reason': 2000,
  'DeckSlideInput.view': DECK_LIMITS.view,
  'DeckSlideInput.headline': DECK_LIMITS.headline,
  'DeckSlideInput.notes': DECK_LIMITS.notes,
  'DeckSlideChanges.view': DECK_LIMITS.view,
  'DeckSlideChanges.headline': DECK_LIMITS.headline,
  'DeckSlideChanges.notes': DECK_LIMITS.notes,
};

/** A refusal of an argument: too long a string or list. */
function argumentError(message: Localized, limit: number, argument: string): GraphQLError {
  return badInput(message, { argument, limit });
}

/**
 * Refuses a string or list argument over its limit, wherever it sits (an argument, an input object's field, a list's
 * item) and wherever it came from (the document or a variable), naming the argument and the limit and never quoting
 * the value.
 */
export function checkValue(value: unknown, type: GraphQLInputType, path: string, coordinate: string, where: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  const limit = ARGUMENT_LIMITS[coordinate];
  if (isListType(nullable)) {
    if (!Array.isArray(value)) {
      checkValue(value, nullable.ofType, path, coordinate, where);
      return;
    }
    const max = limit ?? MAX_LIST_LENGTH;
    if (value.length > max) {
      throw argumentError(
        {
          en: `${path}${where} has ${value.length} items, more than the limit of ${max}: send fewer at once (split the request).`,
          id: `${path}${where} berisi ${value.length} butir, melebihi batas ${max}: kirim lebih sedikit sekaligus (bagi permintaannya).`,
        },
        max,
        path,
      );
    }
    const item = getNamedType(nullable.ofType);
    if (isInputObjectType(item) || item.name === 'String' || item.name === 'ID' || isListType(getNullableType(nullable.ofType))) {
      for (let i = 0; i < value.length; i++) checkValue(value[i], nullable.ofType, `${path}[${i}]`, coordinate, where);
    }
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      checkValue((value as Args)[field.name], field.type, `${path}.${field.name}`, `${nullable.name}.${field.name}`, where);
    }
    return;
  }
  if (typeof value === 'string') {
    const max = limit ?? MAX_STRING_LENGTH;
    if (value.length > max) {
      throw argumentError(
        {
          en: `${path}${where} is ${value.length} characters long, more than the limit of ${max}: send a shorter value.`,
          id: `${path}${where} panjangnya ${value.length} karakter, melebihi batas ${max}: kirim nilai yang lebih pendek.`,
        },
        max,
        path,
      );
    }
  }
}
