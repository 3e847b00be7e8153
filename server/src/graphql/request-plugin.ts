import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { badInput, indonesianMessage } from '../messages/errors.js';
import type { Language } from '../messages/language.js';
import { MUTATION_TIME_LIMIT_MS, type RequestBudget, timeLimitError } from './budget.js';
import type { Context } from './context.js';
import { noteLanguage, PUBLIC_CODES } from './format-error.js';

/** Largest answer sent: a result that would be larger is refused with a sentence instead. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Answers already serialised by the size check, for stringifyResult to send as they are (keyed by their data). */
const serialised = new WeakMap<object, { errors: unknown; text: string }>();

/** Compact JSON of a result, the text the size check made when there is one. */
export function stringifyResult(result: Record<string, unknown>): string {
  const data = result.data;
  if (data && typeof data === 'object') {
    const held = serialised.get(data);
    if (held && held.errors === result.errors) return held.text;
  }
  return JSON.stringify(result);
}

function formatted(error: GraphQLError, requestId: string, language: Language = 'en'): GraphQLFormattedError {
  const { http: _http, ...extensions } = error.extensions;
  const message = (language === 'id' ? indonesianMessage(error) : undefined) ?? error.message;
  return { message, extensions: { ...extensions, requestId } };
}

/**
 * Per request: mutations get their longer time limit; a request stopped at its deadline answers one
 * TIME_LIMIT_EXCEEDED error (HTTP 503), not one per field; a result over MAX_RESPONSE_BYTES is refused (HTTP 422)
 * with a sentence; every error carries the request id, which the X-Request-Id header also gives; and every error
 * that is not the client's (an internal one, hidden from clients in production) is logged with that id.
 */
export function requestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      contextValue.budget.arrive();
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'subscription') {
            throw badInput('This API has no subscriptions: send a query or a mutation.', { http: { status: 400 } });
          }
          if (operation?.operation === 'mutation') contextValue.budget.extend(MUTATION_TIME_LIMIT_MS);
        },
        async didEncounterErrors({ errors, contextValue }) {
          noteLanguage(errors, contextValue.language);
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && PUBLIC_CODES.has(code)) continue;
            if (error.extensions?.http && error.message === 'provided sha does not match query') continue; // the client's
            const cause = error.originalError ?? error;
            const where = error.path ? ` at ${error.path.join('.')}` : '';
            console.error(`[kesra] request ${contextValue.requestId}${where}: ${cause.stack ?? cause.message}`);
          }
        },
        async willSendResponse({ response, contextValue }) {
          try {
            await checkAndSerialise(response, contextValue);
          } finally {
            contextValue.budget.finish();
          }
        },
      };
    },
  };
}

/**
 * JSON of a result, root field by root field, letting other requests have their turn between them once the request
 * has held the event loop for its slice: the answer to twelve aliases of 38-province series is 1.6 MB, which one
 * JSON.stringify would turn out in one stretch of several milliseconds while every other request waits.
 */
async function serialise(result: FormattedExecutionResult, budget: RequestBudget): Promise<string> {
  const { errors, data, extensions } = result;
  const parts: string[] = [];
  if (errors) parts.push(`"errors":${JSON.stringify(errors)}`);
  if (data !== undefined) {
    if (data === null) parts.push('"data":null');
    else {
      const fields: string[] = [];
      for (const [key, value] of Object.entries(data)) {
        if (value === undefined) continue;
        fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
        await budget.pace(undefined);
      }
      parts.push(`"data":{${fields.join(',')}}`);
    }
  }
  if (extensions) parts.push(`"extensions":${JSON.stringify(extensions)}`);
  return `{${parts.join(',')}}`;
}

async function checkAndSerialise(response: GraphQLResponse, contextValue: Context): Promise<void> {
  const { requestId, budget } = contextValue;
  response.http.headers.set('x-request-id', requestId);
  if (response.body.kind !== 'single') return;
  if (budget.expired) {
    response.body.singleResult = {
      errors: [formatted(timeLimitError(budget.limitMs), requestId, contextValue.language)],
      data: null,
    };
    response.http.status = 503;
    return;
  }
  const result = response.body.singleResult;
  if (result.errors) {
    result.errors = result.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
  }
  // An answer kept for visitors (visitor-answers.ts) was checked and serialised when it was made: its text is sent.
  const held = result.data && typeof result.data === 'object' && !result.errors ? serialised.get(result.data) : undefined;
  if (held && held.errors === undefined) return;
  const text = await serialise(result, budget);
  // Characters are bytes for the ASCII answers are made of; count bytes only near the limit.
  const bytes = text.length > MAX_RESPONSE_BYTES / 3 ? Buffer.byteLength(text) : text.length;
  if (bytes > MAX_RESPONSE_BYTES) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    response.body.singleResult = {
      errors: [
        {
          message:
            contextValue.language === 'id'
              ? `Jawabannya akan berukuran ${mb(bytes).replace('.', ',')}, melebihi batas ${mb(MAX_RESPONSE_BYTES).replace('.', ',')}, dan tidak dikirim. Minta lebih sedikit field, wilayah, indikator atau periode sekaligus, atau telusuri observations per halaman (first, after).`
              : `The answer would be ${mb(bytes)}, more than the limit of ${mb(MAX_RESPONSE_BYTES)}, and was not sent. Ask for fewer fields, regions, indicators or periods at once, or page through observations (first, after).`,
          extensions: { code: 'RESPONSE_TOO_LARGE', bytes, maxBytes: MAX_RESPONSE_BYTES, requestId },
        },
      ],
      data: null,
    };
    response.http.status = 422;
    return;
  }
  if (result.data && typeof result.data === 'object') serialised.set(result.data, { errors: result.errors, text });
}
