import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';
import type { Database, SqlClient } from '../db/database.js';
import { withIndonesian } from '../messages/errors.js';

/** How long one query may run (from the request's arrival) before it is stopped. */
export const REQUEST_TIME_LIMIT_MS = Number(process.env.REQUEST_TIME_LIMIT_MS ?? 10_000);
/** How long a mutation may run: an import of a million rows takes tens of seconds. */
export const MUTATION_TIME_LIMIT_MS = 15 * 60_000;
/**
 * Statements one request may have running at once on a PostgreSQL server: a query of a thousand aliases may not take
 * every pooled connection (10 by default) and make the others wait. PGlite runs one statement at a time for
 * everyone: there one a request, so that requests take turns rather than queueing behind one.
 */
export const STATEMENTS_PER_REQUEST = { postgres: 3, pglite: 1 } as const;
/**
 * Longest stretch of the event loop one request may hold while graphql-js completes a result before its next root
 * field yields to other requests (a query of many aliases is completed alias by alias between others' requests).
 */
export const SLICE_MS = 2;
/**
 * A request yields to lighter ones: at each turn it waits while a request of at most 1/LIGHTER of its cost is in flight
 * (the dashboard's comparison beside a query of twelve 38-province series), but never longer than PAUSE_MS a turn, so
 * that a steady stream of light requests slows a heavy one without starving it (its time limit still runs).
 */
export const LIGHTER = 4;
export const PAUSE_MS = 50;

/** Requests whose cost is known and whose answer is not yet serialised: whom a heavier request makes way for. */
const inFlight = new Set<RequestBudget>();
/** Heavier requests waiting for a lighter one to finish. */
let waitingForLighter: (() => void)[] = [];

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function timeLimitError(limitMs: number): GraphQLError {
  return withIndonesian(
    new GraphQLError(
      `This request ran longer than the limit of ${seconds(limitMs)} and was stopped. Ask for less at once: fewer regions, indicators or periods, fewer aliases, or smaller pages (first, limit).`,
      { extensions: { code: 'TIME_LIMIT_EXCEEDED', limitMs, http: { status: 503 } } },
    ),
    `Permintaan ini berjalan lebih lama dari batas ${seconds(limitMs).replace('.', ',')} dan dihentikan. Minta lebih sedikit sekaligus: lebih sedikit wilayah, indikator atau periode, alias, atau halaman yang lebih kecil (first, limit).`,
  );
}

export function databaseUnavailableError(detail: string): GraphQLError {
  return new GraphQLError(
    `The database did not answer in time (${detail}). Try again in a moment; if it persists, the database server may be down or overloaded.`,
    { extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } } },
  );
}

/**
 * One request's time budget and its share of the database. The deadline is checked before every statement and at
 * every list field (between resolvers); statements past it are not started, and on PostgreSQL each statement is also
 * cut by the server's statement_timeout (see database.ts).
 */
export class RequestBudget {
  deadline: number;
  limitMs: number;
  /** Set once the deadline has passed: the response becomes one TIME_LIMIT_EXCEEDED error. */
  expired = false;
  /** The operation's estimated cost, once known (0 before). */
  cost = 0;
  private lastYield = performance.now();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly requestId: string,
    limitMs = REQUEST_TIME_LIMIT_MS,
    private readonly statements = 1,
  ) {
    this.limitMs = limitMs;
    this.deadline = performance.now() + limitMs;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - performance.now());
  }

  /** A longer limit, from the request's arrival (mutations). */
  extend(limitMs: number): void {
    this.deadline += limitMs - this.limitMs;
    this.limitMs = limitMs;
  }

  check(): void {
    if (performance.now() > this.deadline) {
      this.expired = true;
      throw timeLimitError(this.limitMs);
    }
  }

  /** The value at once, or after other requests had a turn of the event loop when this one held it for SLICE_MS. */
  pace<T>(value: T): T | Promise<T> {
    const now = performance.now();
    if (now > this.deadline) {
      this.expired = true;
      throw timeLimitError(this.limitMs);
    }
    if (now - this.lastYield < SLICE_MS) return value;
    return this.turn().then(() => value);
  }

  /** Other requests' turn: one pass of the event loop, then for as long as lighter requests are in flight (a while). */
  private async turn(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    await this.makeWay();
    this.lastYield = performance.now();
  }

  /**
   * Waits while lighter requests are in flight, at most PAUSE_MS: before each slice of completing a result and before
   * each statement (on the embedded database statements run one at a time in this very thread, so a heavy request's
   * statements would otherwise run ahead of the light ones queued behind them).
   */
  async makeWay(): Promise<void> {
    if (!this.lighterInFlight()) return;
    const until = performance.now() + PAUSE_MS;
    while (this.lighterInFlight() && performance.now() < until) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, until - performance.now()));
        waitingForLighter.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.lastYield = performance.now();
  }

  private lighterInFlight(): boolean {
    const now = performance.now();
    for (const other of inFlight) {
      if (other === this || other.cost * LIGHTER > this.cost) continue;
      // One that ran out of time without finishing (it will not serialise an answer) is no longer waited for.
      if (now > other.deadline) inFlight.delete(other);
      else return true;
    }
    return false;
  }

  /**
   * The request has arrived: until its cost is known (after parsing and validation) it counts as light, so that heavier
   * requests make way for it from the start, until it finishes.
   */
  arrive(): void {
    inFlight.add(this);
  }

  /** The operation's cost is known: heavier requests make way for this one, lighter ones no longer for it. */
  weigh(cost: number): void {
    this.cost = cost;
    inFlight.add(this);
  }

  /** The answer is serialised: heavier requests waiting for this one go on. */
  finish(): void {
    if (!inFlight.delete(this)) return;
    const waiting = waitingForLighter;
    waitingForLighter = [];
    for (const wake of waiting) wake();
  }

  /** The request waited (for the database): other requests had their turn meanwhile. */
  yielded(): void {
    this.lastYield = performance.now();
  }

  /** A slot for one statement; resolves at once while the request has fewer than its share running. */
  acquire(): Promise<void> | undefined {
    if (this.running < this.share()) {
      this.running++;
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    // Over its share now (a lighter request arrived): the slot is given up rather than handed on.
    const next = this.running > this.share() ? undefined : this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /**
   * Statements this request may run at once now: its share, but one while a lighter request is in flight — on a
   * server with few cores, three statements of a heavy request running beside a light one's slow it as much as the
   * event loop did.
   */
  private share(): number {
    return this.statements > 1 && this.lighterInFlight() ? 1 : this.statements;
  }
}

/** Errors of the driver that mean "the database did not answer in time", and what to say of them. */
function translate(err: unknown, budget: RequestBudget): unknown {
  const e = err as { code?: string; message?: string };
  // 57014: query_canceled, which statement_timeout raises.
  if (e?.code === '57014') {
    budget.expired = true;
    return timeLimitError(budget.limitMs);
  }
  const message = e?.message ?? '';
  if (/timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test(message)) {
    return databaseUnavailableError('no connection became free within the connection timeout');
  }
  if (/Query read timeout/i.test(message)) return databaseUnavailableError('a statement got no answer within its timeout');
  return err;
}

/**
 * The database as one request sees it: every plain-SQL statement waits for the request's share of the pool and for
 * its turn (after lighter requests), is not started past the deadline, and a timeout of the driver or the server
 * becomes an error that says so.
 */
export function budgetedDatabase(db: Database, budget: RequestBudget): Database {
  const sql: SqlClient = {
    async query(text, params, options) {
      budget.check();
      const slot = budget.acquire();
      if (slot) await slot;
      try {
        // A request's statements can follow one another in microtasks (a freed slot is handed on in one), and the
        // embedded database runs each in this thread: without a turn between them, twelve aliases are one 200 ms
        // stretch for everyone else. Lighter requests in flight go first.
        await budget.pace(undefined);
        await budget.makeWay();
        budget.check();
        // A server that stops answering fails the request shortly after its deadline rather than holding it; the
        // server's own statement_timeout (the same length) normally cuts a slow statement first.
        return await db.sql.query(text, params, { ...options, timeoutMs: budget.remainingMs() + 2_000 });
      } catch (err) {
        throw translate(err, budget);
      } finally {
        budget.release();
        // Waiting for a PostgreSQL server is other requests' turn; the embedded database worked in this thread.
        if (db.kind === 'postgres') budget.yielded();
      }
    },
  };
  return Object.assign(Object.create(db) as Database, { sql });
}

/**
 * Makes every list field check the request's deadline (between resolvers: a request past it stops at its next list),
 * and every list field of the root types (each alias of `series`, `regions`, `comparisons`…) also yield the event
 * loop before its items are completed once the request has held it for SLICE_MS: a query of many aliases is then
 * completed between other requests rather than in one synchronous stretch. Lists deeper down do not yield, so that
 * the loads their items make still go to the database in one batch (a yield would split a DataLoader batch).
 */
export function paceListFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = roots.has(type);
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, { budget?: RequestBudget }> = field.resolve ?? defaultFieldResolver;
      field.resolve = root
        ? (source, args, context, info) => {
            const value = resolve(source, args, context, info);
            const budget = context?.budget;
            if (!budget) return value;
            if (value instanceof Promise) return value.then((v) => budget.pace(v));
            return budget.pace(value);
          }
        : (source, args, context, info) => {
            context?.budget?.check();
            return resolve(source, args, context, info);
          };
    }
  }
  return schema;
}
