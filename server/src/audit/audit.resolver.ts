import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import {
  authorizeAuditTrail,
  authorizeImportHistory,
  countAuditEntries,
  countImportBatches,
  DEFAULT_AUDIT_PAGE,
  findAuditEntryPage,
  findImportBatchPage,
  MAX_AUDIT_PAGE,
} from './audit.service.js';
import {
  AuditEntryFilterInput,
  AuditEntryPage,
  type AuditEntryType,
  ImportBatchFilterInput,
  ImportBatchPage,
  type ImportBatchType,
} from './audit.types.js';

const WHO = 'For administrators, verifiers, editors and analysts (a visitor who is not signed in gets 401, a viewer 403)';

@Resolver()
export class AuditResolver {
  @Query(() => ImportBatchPage, {
    description: `Applied imports, newest first, a page at a time (cursor pagination, at most ${MAX_AUDIT_PAGE} a page): file, checksum, who, when, counts. ${WHO}. Also /export/import-batches.csv.`,
  })
  async importBatches(
    @Ctx() { db, viewer }: Context,
    @Arg('filter', () => ImportBatchFilterInput, {
      defaultValue: {},
      description: 'Which import batches to return; every one when empty.',
    })
    filter: ImportBatchFilterInput,
    @Arg('first', () => Int, { defaultValue: DEFAULT_AUDIT_PAGE, description: `Page size, 1–${MAX_AUDIT_PAGE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the previous page.' })
    after: string | null,
  ): Promise<ImportBatchPage> {
    authorizeImportHistory(viewer);
    const page = await findImportBatchPage(db, filter, first, after);
    return {
      nodes: page.nodes as ImportBatchType[],
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      filter,
    };
  }

  @Query(() => AuditEntryPage, {
    description: `The audit trail: every change to a stored figure or account (old value, new value, who, when, why, and the import that made it), newest first, a page at a time (cursor pagination, at most ${MAX_AUDIT_PAGE} a page). ${WHO}; entries about accounts (entity app_user) for administrators only. Also /export/audit.csv.`,
  })
  async auditEntries(
    @Ctx() { db, viewer }: Context,
    @Arg('filter', () => AuditEntryFilterInput, {
      defaultValue: {},
      description: 'Which entries to return; every one the viewer may read when empty.',
    })
    filter: AuditEntryFilterInput,
    @Arg('first', () => Int, { defaultValue: DEFAULT_AUDIT_PAGE, description: `Page size, 1–${MAX_AUDIT_PAGE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the previous page.' })
    after: string | null,
  ): Promise<AuditEntryPage> {
    authorizeAuditTrail(viewer, filter);
    const page = await findAuditEntryPage(db, viewer, filter, first, after);
    return {
      nodes: page.nodes as AuditEntryType[],
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      filter,
    };
  }
}

@Resolver(() => ImportBatchPage)
export class ImportBatchPageResolver {
  @FieldResolver(() => Int, { description: 'Number of import batches matching the filter (all pages).' })
  totalCount(@Root() page: ImportBatchPage, @Ctx() { db }: Context): Promise<number> {
    return countImportBatches(db, page.filter);
  }
}

@Resolver(() => AuditEntryPage)
export class AuditEntryPageResolver {
  @FieldResolver(() => Int, { description: 'Number of entries matching the filter that the viewer may read (all pages).' })
  totalCount(@Root() page: AuditEntryPage, @Ctx() { db, viewer }: Context): Promise<number> {
    return countAuditEntries(db, viewer, page.filter);
  }
}

/** The resolvers of the import history and the audit trail, for the schema's list. */
export const AUDIT_RESOLVERS = [AuditResolver, ImportBatchPageResolver, AuditEntryPageResolver] as const;
