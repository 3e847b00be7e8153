import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import { INTERNAL_ERROR_MESSAGE } from './format-error.js';
import { jsonQueryLength } from './json-query-length.js';
import { requestIdOf } from './request-id.js';

/** Largest JSON request body: an operation with its variables (import files come as uploads). */
export const MAX_JSON_BODY = '2mb';

/**
 * Longest query text: the dashboard's largest operation is under 3,000 characters, the explorer's introspection
 * query about 1,500. A longer one is refused before graphql-js reads it (which, with the 5,000-token limit, is still
 * refused, but only after a few milliseconds of lexing and hashing).
 */
export const MAX_QUERY_LENGTH = 20_000;

function queryLengthRefusal(length: number): string {
  return `The query text is ${length} characters long, more than the limit of ${MAX_QUERY_LENGTH}: ask for fewer fields or aliases at once, and pass values as variables.`;
}

/** The refusal of a query text over MAX_QUERY_LENGTH, or null. */
export function queryTooLong(body: unknown): string | null {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || query.length <= MAX_QUERY_LENGTH) return null;
  return queryLengthRefusal(query.length);
}

/**
 * Refuses a UTF-8 body whose query text is over MAX_QUERY_LENGTH from its bytes, before the body parser decodes and
 * parses it (see json-query-length.ts): a body no longer than the limit cannot hold such a query and is not scanned.
 * Bodies in another charset, and what the scan cannot read, are measured after parsing (queryTooLong).
 */
export function refuseLongQueryBytes(_req: unknown, _res: unknown, body: Buffer, encoding: string | null): void {
  if (body.length <= MAX_QUERY_LENGTH || (encoding !== 'utf-8' && encoding !== 'utf8')) return;
  const length = jsonQueryLength(body);
  if (length !== null && length > MAX_QUERY_LENGTH) {
    throw Object.assign(new Error(queryLengthRefusal(length)), { status: 400, expose: true, type: 'query.too.long' });
  }
}

const jsonParser = express.json({ limit: MAX_JSON_BODY, verify: refuseLongQueryBytes });

/**
 * The JSON body parser both routes to Apollo use (Express's own: body-parser): an over-long query is refused from its
 * bytes before parsing where it can be, else once parsed — either way a 400 error for the route's error answer.
 */
export function parseJsonBody(
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  next: (err?: unknown) => void,
): void {
  jsonParser(req, res, (err?: unknown) => {
    if (err) {
      next(err);
      return;
    }
    const refusal = queryTooLong(req.body);
    next(refusal ? { status: 400, expose: true, message: refusal } : undefined);
  });
}

/**
 * Whether a request is an ordinary GraphQL operation: POST /graphql with a JSON body. Nearly every request the
 * dashboard and analysts send is one; they go to Apollo without passing through Express, as in Apollo's own
 * standalone server. Express re-parents every request and response object and walks its middleware for each;
 * measured on the comparison, that cost 0.3–0.5 ms of a 3 ms request. Everything else — uploads (multipart),
 * the explorer and GET operations, exports, the dashboard's files — goes through Express.
 */
export function isJsonGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  return (path === '/graphql' || path === '/graphql/') && /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

/**
 * Answers of 1 KB or more go compressed to a browser that accepts it (Brotli at quality 4, else gzip at level 4): the
 * overview's GraphQL data is about ten times smaller, which is most of a second on a meeting room's Wi-Fi. Compressing
 * runs on libuv's thread pool, so the event loop does not wait for it; clients that send no Accept-Encoding (API
 * scripts, the load bench) get the answer as it is.
 */
const compressAnswer = compression({ level: 4 }) as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

/** Answers a JSON GraphQL POST with Apollo, as the Express integration would (same parser, limits and headers). */
export function graphqlJsonHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<C>,
) {
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse): void => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    // A client that accepts no encoding (scripts, other servers, the load bench) is answered as it is anyway: it goes
    // without the middleware's hooks on the response and its negotiation of each answer. The header the middleware
    // adds to every JSON answer is set the same.
    if (req.headers['accept-encoding'] === undefined) {
      res.setHeader('vary', 'Accept-Encoding');
      answer(req, res, requestId);
      return;
    }
    compressAnswer(req, res, () => answer(req, res, requestId));
  };

  function answer(req: IncomingMessage & { body?: unknown }, res: ServerResponse, requestId: string): void {
    parseJsonBody(req, res, (err?: unknown) => {
      if (err) {
        sendBodyError(res, err);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '';
      const query = url.indexOf('?');
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : url.slice(query), body: req.body },
          context: () => context(req, res, requestId),
        })
        .then((response) => writeResponse(res, response))
        .catch((error: unknown) => {
          // Apollo answers errors itself; reaching here is a fault of the server, not of the request.
          console.error(`[kesra] request ${requestId}: GraphQL request failed:`, error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
            }),
          );
        });
    });
  }
}

/** Characters of an answer written at once: a larger one is written piece by piece, other requests in between. */
export const WRITE_CHUNK = 256 * 1024;

export async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const text = response.body.string;
    if (text.length <= WRITE_CHUNK) {
      res.end(text);
      return;
    }
    // Encoding and writing a megabyte holds the event loop for milliseconds; the length is known (no chunked framing).
    res.setHeader('content-length', Buffer.byteLength(text));
    for (let start = 0; start < text.length && !res.destroyed; ) {
      let end = Math.min(start + WRITE_CHUNK, text.length);
      // Never between the two halves of a character outside the BMP.
      if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
      if (!res.write(text.slice(start, end))) await drained(res);
      else await new Promise<void>((resolve) => setImmediate(resolve));
      start = end;
    }
    res.end();
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Until the response can take more, or the client has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

interface HttpError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

/**
 * A request body that could not be read (not JSON, too large, an unknown charset, a file over the upload limit)
 * answered as a GraphQL error in JSON, saying what was wrong, instead of an HTML error page.
 */
export function sendBodyError(res: ServerResponse, error: unknown): void {
  const err = (error ?? {}) as HttpError;
  const status = err.status ?? err.statusCode ?? 500;
  const message =
    err.type === 'entity.parse.failed'
      ? `The request body is not valid JSON (${err.message}).`
      : err.type === 'entity.too.large'
        ? `The request body is larger than the limit of ${MAX_JSON_BODY.replace('mb', ' MB')}: ask for fewer things at once.`
        : status < 500 && err.expose !== false && err.message
          ? err.message
          : INTERNAL_ERROR_MESSAGE;
  const requestId = res.getHeader('x-request-id');
  if (status >= 500) console.error(`[kesra] request ${requestId ?? '-'}: could not read the request body:`, error);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify({
      errors: [
        {
          message,
          extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
        },
      ],
    }),
  );
}

/** The same answer on the Express route (uploads and other content types); other errors go on. */
export const bodyErrorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  const status = (err as HttpError)?.status ?? (err as HttpError)?.statusCode;
  if (res.headersSent || !status || status >= 500) {
    next(err);
    return;
  }
  sendBodyError(res, err);
};
