import { type GraphQLFormattedError, type GraphQLSchema, isEnumType, isInputObjectType } from 'graphql';
import { indonesianMessage } from '../messages/errors.js';
import type { Language } from '../messages/language.js';
import { boundedDistance } from '../messages/suggestions.js';

export const PUBLIC_CODES = new Set([
  'TIME_LIMIT_EXCEEDED',
  'RESPONSE_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
]);

/** What a client is told of a fault of the server's own. */
export const INTERNAL_ERROR_MESSAGE = 'Terjadi kesalahan di server. / An internal error occurred on the server.';

/** The language of each error's request, noted when the request met it (formatError is not given the request). */
const languages = new WeakMap<object, Language>();

/** Notes the language the errors of a request are to be written in (see requestPlugin's didEncounterErrors). */
export function noteLanguage(errors: readonly object[], language: Language): void {
  for (const error of errors) languages.set(error, language);
}

/**
 * Errors the analyst caused keep their message — in Bahasa Indonesia when the request prefers it and the error has
 * the words, and enum errors list the allowed values; anything else becomes a generic message in production so that
 * SQL, file paths and stack traces never reach a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
  schema?: GraphQLSchema,
): GraphQLFormattedError {
  const language: Language = (error !== null && typeof error === 'object' && languages.get(error)) || 'en';
  const indonesian = language === 'id' ? indonesianMessage(error) : undefined;
  if (indonesian !== undefined) formatted = { ...formatted, message: indonesian };
  else if (schema) {
    const rewritten =
      describeEnumError(formatted.message, schema, language) ?? describeInputFieldError(formatted.message, schema, language);
    if (rewritten !== null) formatted = { ...formatted, message: rewritten };
  }
  return formatPublic(formatted, production);
}

function formatPublic(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  // Apollo's own refusal of a persisted-query hash sent with other text carries no code of its own.
  if (formatted.message === 'provided sha does not match query') {
    return {
      message:
        'The persisted query hash does not match the query text sent with it: send the text whose SHA-256 it is, or the hash alone.',
      extensions: { ...formatted.extensions, code: 'BAD_REQUEST' },
    };
  }
  const code = formatted.extensions?.code;
  if (!production || (typeof code === 'string' && PUBLIC_CODES.has(code))) {
    const message = capQuotes(formatted.message);
    return message === formatted.message ? formatted : { ...formatted, message };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Longest quoted piece of a request a message repeats, and the longest message. */
export const MAX_QUOTED = 80;
export const MAX_MESSAGE = 1000;

/**
 * Shortens what a message quotes from the request (a 10,000-character field name, a megabyte string in a
 * variable), so that an error never sends the input back: `"aaaa…" (10000 characters)`. graphql-js quotes names
 * and values in double quotes; the analyst still sees where the text begins and how long it was.
 */
export function capQuotes(message: string): string {
  if (message.length <= MAX_QUOTED) return message;
  // Split at double quotes: every other piece is quoted. Linear in the message, whatever it holds.
  const pieces = message.split('"');
  let capped = pieces[0]!;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const quoted = i % 2 === 1 && i < pieces.length - 1;
    if (quoted && piece.length > MAX_QUOTED) {
      capped += `"${piece.slice(0, MAX_QUOTED / 2)}…" (${piece.length} characters)`;
      i++;
      capped += pieces[i]!;
    } else capped += `"${piece}`;
  }
  return capped.length <= MAX_MESSAGE ? capped : `${capped.slice(0, MAX_MESSAGE)}… (message shortened)`;
}

// graphql-js's words for a value that is not one of an enum's: in a query (validation) and in variables (coercion).
const NOT_IN_ENUM = /Value "((?:[^"\\]|\\.)*)" does not exist in "(\w+)" enum\.(?: Did you mean [^?]*\?)?/;
const NOT_AN_ENUM_VALUE = /Enum "(\w+)" cannot represent non-(?:enum|string) value: (.*?)\.(?: Did you mean [^?]*\?)?$/;
const VARIABLE_PREFIX = /^Variable "\$(\w+)" got invalid value (.*?); /;

const ENUM_WORDS = {
  en: {
    notInEnum: (value: string, type: string, allowed: string) => `"${value}" is not a value of ${type}: write one of ${allowed}.`,
    didYouMean: (values: string) => ` Did you mean ${values}?`,
    variable: (name: string) => `Variable "$${name}": `,
    quoted: (value: string, type: string) => `${type} takes its values without quotes: write ${value}, not "${value}".`,
  },
  id: {
    notInEnum: (value: string, type: string, allowed: string) =>
      `"${value}" bukan nilai ${type}: tulis salah satu dari ${allowed}.`,
    didYouMean: (values: string) => ` Mungkin maksud Anda ${values}?`,
    variable: (name: string) => `Variabel "$${name}": `,
    quoted: (value: string, type: string) => `Nilai ${type} ditulis tanpa tanda kutip: tulis ${value}, bukan "${value}".`,
  },
} as const;

/**
 * The message of a misspelt enum value, in a query or in variables, rewritten to list every allowed value (graphql-js
 * names at most five guesses, and none when nothing is close); null for any other message.
 */
export function describeEnumError(message: string, schema: GraphQLSchema, language: Language): string | null {
  const words = ENUM_WORDS[language];
  let value: string;
  let typeName: string;
  let quoted = false;
  const notIn = NOT_IN_ENUM.exec(message);
  const notValue = notIn ? null : NOT_AN_ENUM_VALUE.exec(message);
  if (notIn) [, value = '', typeName = ''] = notIn;
  else if (notValue) {
    typeName = notValue[1] ?? '';
    quoted = /^".*"$/.test(notValue[2] ?? '');
    value = (notValue[2] ?? '').replace(/^"|"$/g, '');
  } else return null;
  const type = schema.getType(typeName);
  if (!isEnumType(type)) return null;
  const allowed = type.getValues().map((v) => v.name);
  // A right value written as a string in the query ("PROVINCE"): only the quotes are wrong.
  if (quoted && allowed.includes(value)) return words.quoted(value, typeName);
  const close = suggestEnum(value, allowed);
  const variable = VARIABLE_PREFIX.exec(message);
  return (
    (variable ? words.variable(variable[1] ?? '') : '') +
    words.notInEnum(value, typeName, allowed.join(', ')) +
    (close.length ? words.didYouMean(close.map((v) => `"${v}"`).join(language === 'id' ? ' atau ' : ' or ')) : '')
  );
}

/** The allowed values a misspelling is closest to: the same letters in another case, else one or two edits away. */
function suggestEnum(value: string, allowed: readonly string[]): string[] {
  const upper = value.toUpperCase();
  const same = allowed.filter((a) => a === upper);
  if (same.length) return same;
  const limit = Math.max(1, Math.min(3, Math.floor(upper.length / 3)));
  return allowed.filter((a) => boundedDistance(upper, a, limit) <= limit).slice(0, 3);
}

// graphql-js's words for a field an input object does not have (a filter on a field that does not apply to the list).
const NOT_AN_INPUT_FIELD = /Field "(\w+)" is not defined by type "(\w+)"\.(?: Did you mean [^?]*\?)?/;

const INPUT_FIELD_WORDS = {
  en: (field: string, type: string, allowed: string) => `"${field}" is not a field of ${type}: write one of ${allowed}.`,
  id: (field: string, type: string, allowed: string) => `"${field}" bukan kolom ${type}: tulis salah satu dari ${allowed}.`,
} as const;

/**
 * The message of a field an input object does not have (`where: {gapScore: …}` on a comparison, whose rows have no
 * gap score), in a query or in variables, rewritten to list the fields it has; null for any other message.
 */
export function describeInputFieldError(message: string, schema: GraphQLSchema, language: Language): string | null {
  const found = NOT_AN_INPUT_FIELD.exec(message);
  if (!found) return null;
  const [, field = '', typeName = ''] = found;
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) return null;
  const allowed = Object.keys(type.getFields());
  const limit = Math.max(2, Math.min(3, Math.floor(field.length / 3)));
  const close = allowed.filter((a) => boundedDistance(field.toLowerCase(), a.toLowerCase(), limit) <= limit).slice(0, 3);
  const words = ENUM_WORDS[language];
  const variable = VARIABLE_PREFIX.exec(message);
  return (
    (variable ? words.variable(variable[1] ?? '') : '') +
    INPUT_FIELD_WORDS[language](field, typeName, allowed.join(', ')) +
    (close.length ? words.didYouMean(close.map((v) => `"${v}"`).join(language === 'id' ? ' atau ' : ' or ')) : '')
  );
}
