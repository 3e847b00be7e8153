// Sends a file to a running server's importFile mutation, the way the dashboard uploads one: a GraphQL
// multipart request with the preflight header Apollo's CSRF prevention asks for. The server runs the
// same import pipeline on its own database, so the values are there at once for everyone it serves.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { CommandError, EXIT } from '../../cli/command.js';
import { type PublicReport, publicReport, selectionOf } from './report-fields.js';

export interface ServerImport {
  bytes: Uint8Array;
  fileName: string;
  publish: boolean;
  dryRun: boolean;
  decimalComma: boolean;
  indicator?: string | undefined;
  source?: string | undefined;
  reason?: string | undefined;
}

export const IMPORT_MUTATION = `mutation ImportFromCommandLine($file: Upload!, $dryRun: Boolean!, $publish: Boolean!, $indicator: String, $source: String, $decimalComma: Boolean!, $reason: String) {
  importFile(file: $file, dryRun: $dryRun, publish: $publish, indicator: $indicator, source: $source, decimalComma: $decimalComma, reason: $reason) { ${selectionOf()} }
}`;

interface GraphQLBody {
  data?: { importFile?: unknown } | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

/** What `importFile` answers; a refusal or an unreachable server is a CommandError with its exit code. */
export async function importThroughServer(serverUrl: string, file: ServerImport, operatorToken: string): Promise<PublicReport> {
  const form = new FormData();
  const variables = {
    file: null,
    dryRun: file.dryRun,
    publish: file.publish,
    indicator: file.indicator ?? null,
    source: file.source ?? null,
    decimalComma: file.decimalComma,
    reason: file.reason ?? null,
  };
  form.set('operations', JSON.stringify({ query: IMPORT_MUTATION, variables }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([file.bytes]), file.fileName);
  // Encoded by the platform's own multipart writer; sent with node:http, which has no response deadline
  // (fetch gives up after 300 s, and a large import may take longer to answer).
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const url = new URL('graphql', serverUrl);
  const { status, text, requestId } = await post(url, body, {
    'content-type': encoded.headers.get('content-type') ?? 'multipart/form-data',
    'content-length': String(body.length),
    'apollo-require-preflight': 'true',
    authorization: `Bearer ${operatorToken}`,
    accept: 'application/json',
  }).catch((err: NodeJS.ErrnoException) => {
    throw new CommandError(
      `Cannot reach the server at ${serverUrl} that has the database open (${err.code ?? err.message}). ` +
        'If it has stopped, run the command again to import without it.',
      EXIT.database,
    );
  });
  let answer: GraphQLBody;
  try {
    answer = JSON.parse(text) as GraphQLBody;
  } catch {
    throw new CommandError(
      `The server at ${serverUrl} answered HTTP ${status} without an import report${requestId ? ` (request ${requestId})` : ''}: ${text.slice(0, 300).trim()}`,
      status === 413 ? EXIT.usage : EXIT.internal,
    );
  }
  const report = answer.data?.importFile;
  if (answer.errors?.length || !report) {
    const errors = answer.errors ?? [{ message: `HTTP ${status} without a report` }];
    const lines = errors.map((e) => `${e.message}${e.extensions?.requestId ? ` (request ${e.extensions.requestId})` : ''}`);
    const byInput = status === 413 || errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT');
    throw new CommandError(
      `The server at ${serverUrl} refused the import: ${lines.join(' ')}`,
      byInput ? EXIT.usage : EXIT.internal,
    );
  }
  return publicReport(report as PublicReport);
}

function post(
  url: URL,
  body: Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; text: string; requestId?: string }> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => {
        const requestId = res.headers['x-request-id'];
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(parts).toString('utf8'),
          ...(typeof requestId === 'string' ? { requestId } : {}),
        });
      });
      res.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
