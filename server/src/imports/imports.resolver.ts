import type { Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { authorize, refuseClaimedActor } from '../accounts/viewer.js';
import type { Context } from '../graphql/context.js';
import { importFile } from './import.service.js';
import { ImportReportType } from './import.types.graphql.js';

interface FileUpload {
  filename: string;
  createReadStream(): Readable;
}

/** Uploaded files above this size are refused before they are read into memory. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** The upload's bytes; a file over MAX_UPLOAD_BYTES (graphql-upload stops reading it) is refused saying the limit. */
async function readUpload(upload: Promise<FileUpload>): Promise<{ name: string; bytes: Uint8Array }> {
  const file = await upload;
  const parts: Buffer[] = [];
  try {
    for await (const part of file.createReadStream()) parts.push(part as Buffer);
  } catch (err) {
    if ((err as { status?: number }).status === 413) {
      throw new GraphQLError(
        `The file “${file.filename.slice(0, 80)}” is larger than the limit of ${MAX_UPLOAD_BYTES / 1024 / 1024} MB and was not imported. Split it into smaller files (for example by indicator or by year) and import them one after another.`,
        { extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_UPLOAD_BYTES, http: { status: 413 } } },
      );
    }
    throw err;
  }
  return { name: file.filename, bytes: Buffer.concat(parts) };
}

@Resolver()
export class ImportsResolver {
  @Mutation(() => ImportReportType, {
    description:
      'Imports a CSV or XLSX file (multipart upload: GraphQL multipart request spec; send the header `apollo-require-preflight: true`). ' +
      'All rows are written in one transaction, or none when any row has an error. With dryRun nothing is written and the report shows what would change.',
  })
  async importFile(
    @Ctx() { db, viewer }: Context,
    @Arg('file', () => GraphQLUpload, {
      description:
        'The file: long format, a BPS wide table, targets, programmes, documents, an indicator or programme catalogue, or a composite index methodology (administrators only).',
    })
    file: Promise<FileUpload>,
    @Arg('dryRun', () => Boolean, {
      defaultValue: false,
      description: 'Check the file and count what would change, writing nothing.',
    })
    dryRun: boolean,
    @Arg('importedBy', () => String, {
      nullable: true,
      deprecationReason: 'The importer is taken from the sign-in; sending importedBy is refused.',
      description: 'No longer accepted: the batch and audit trail record the signed-in account.',
    })
    importedBy: string | null,
    @Arg('publish', () => Boolean, {
      defaultValue: false,
      description:
        'Published statistics (a BPS release): values are stored as PUBLISHED without a verification round and may replace published values. Administrators only.',
    })
    publish: boolean,
    @Arg('draft', () => Boolean, {
      defaultValue: false,
      description:
        'Save the file’s values as drafts of the region, not yet submitted to the verifier (submitDrafts submits them). Not with publish.',
    })
    draft: boolean,
    @Arg('indicator', () => String, {
      nullable: true,
      description: 'Indicator code for a wide BPS table, which has no indicator column.',
    })
    indicator: string | null,
    @Arg('source', () => String, { nullable: true, description: 'Source to record for a wide table’s values.' }) source:
      | string
      | null,
    @Arg('decimalComma', () => Boolean, { defaultValue: false, description: 'Numbers use a decimal comma ("8,47").' })
    decimalComma: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why the figures change; kept in the audit trail.' })
    reason: string | null,
  ): Promise<ImportReportType> {
    refuseClaimedActor('importedBy', importedBy);
    // Refused before the upload is read: an anonymous or read-only caller costs no parsing.
    authorize(viewer, publish ? 'administer' : 'submit', publish ? 'import published statistics' : 'import data');
    const { name, bytes } = await readUpload(file);
    return (await importFile(db, {
      bytes,
      fileName: name,
      viewer,
      publish,
      draft,
      dryRun,
      ...(reason ? { reason } : {}),
      options: { ...(indicator ? { indicator } : {}), ...(source ? { source } : {}), decimalComma },
    })) as ImportReportType;
  }
}
