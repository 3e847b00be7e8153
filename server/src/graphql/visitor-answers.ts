import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from './context.js';

/**
 * Answers given to visitors who are not signed in, kept until the data changes. In rakor season a province's whole
 * room opens the same views of the published dashboard: every visitor reads the same verified and published figures
 * through the same few persisted operations, so one answer serves them all. Signed-in accounts are never served from
 * here (what they may read depends on their role and region, and changes with their own writes).
 *
 * Kept only while change notifications arrive (the reference cache is live): every table an answer reads notifies
 * its changes (migrations notify_*), from this process, another instance or a hand-written statement, and any
 * notification drops every answer. A mutation of this process drops them at once, before its notification arrives.
 * Answers also expire after `ttlMs`, for what depends on the day (a report that falls due).
 */
export class VisitorAnswers {
  private readonly answers = new Map<string, { result: FormattedExecutionResult; at: number; epoch: number }>();
  private writesHere = 0;
  private lastEpoch = -1;
  private epochSince = 0;

  constructor(
    private readonly changes: { readonly changes: number; readonly isLive: boolean },
    readonly settings: VisitorAnswerSettings = VISITOR_ANSWER_SETTINGS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Moves on with every change notified or made here; an answer is good only in the epoch it was made in. */
  epoch(): number {
    const epoch = this.changes.changes + this.writesHere;
    if (epoch !== this.lastEpoch) {
      this.lastEpoch = epoch;
      this.epochSince = this.now();
    }
    return epoch;
  }

  get enabled(): boolean {
    return this.settings.ttlMs > 0 && this.changes.isLive;
  }

  /** This process changed data (a mutation ran): what was kept may be stale. */
  changedHere(): void {
    this.writesHere++;
    this.answers.clear();
  }

  get(key: string): FormattedExecutionResult | undefined {
    const held = this.answers.get(key);
    if (!held) return undefined;
    this.answers.delete(key);
    if (held.epoch !== this.epoch() || this.now() - held.at > this.settings.ttlMs || !this.enabled) return undefined;
    // Most recently used last: the first entry is the one to drop when full.
    this.answers.set(key, held);
    return held.result;
  }

  /** Keeps an answer made in `epoch` if nothing changed meanwhile and it is not too large to keep. */
  set(key: string, epoch: number, result: FormattedExecutionResult, chars: number): void {
    if (!this.enabled || epoch !== this.epoch() || chars > this.settings.maxChars) return;
    // With read replicas an answer made soon after a change may come from a replica that has not replayed it yet.
    if (this.now() - this.epochSince < this.settings.settleMs) return;
    if (this.answers.size >= this.settings.maxAnswers) {
      const oldest = this.answers.keys().next().value;
      if (oldest !== undefined) this.answers.delete(oldest);
    }
    this.answers.set(key, { result, at: this.now(), epoch });
  }

  get size(): number {
    return this.answers.size;
  }
}

export interface VisitorAnswerSettings {
  ttlMs: number;
  maxAnswers: number;
  maxChars: number;
  /** After a change, how long no answer is kept: a read replica's largest lag (0 without replicas). */
  settleMs: number;
}

/** VISITOR_ANSWER_SECONDS (default 60; 0 turns the cache off) bounds how long an answer is kept at most. */
export const VISITOR_ANSWER_SETTINGS: VisitorAnswerSettings = {
  settleMs: 0,
  ttlMs: Number(process.env.VISITOR_ANSWER_SECONDS ?? 60) * 1_000,
  maxAnswers: 1_000,
  /** About 1 MB of JSON: a dashboard view's answer is a few kilobytes; a 12-series grid is kept, an export is not. */
  maxChars: 1_000_000,
};

function keyOf(queryHash: string, operationName: string | undefined, variables: unknown, language: string): string {
  return createHash('sha256')
    .update(`${queryHash}\n${operationName ?? ''}\n${language}\n${JSON.stringify(variables ?? {})}`)
    .digest('hex');
}

/**
 * Serves a visitor's query from the answers kept when the same operation, variables and language were answered in
 * the same epoch. After the access and cost checks (didResolveOperation), so a visitor is refused what it was refused.
 */
export function visitorAnswersPlugin(answers: VisitorAnswers): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let epoch = 0;
      return {
        async responseForOperation({ operation, contextValue, request, queryHash, response }) {
          if (operation?.operation !== 'query' || contextValue.viewer.kind !== 'anonymous' || !answers.enabled || !queryHash)
            return null;
          key = keyOf(queryHash, request.operationName, request.variables, contextValue.language);
          epoch = answers.epoch();
          const held = answers.get(key);
          if (!held) return null;
          key = undefined;
          return { http: response.http, body: { kind: 'single', singleResult: held } };
        },
        async willSendResponse({ response, operation }) {
          if (operation?.operation === 'mutation') answers.changedHere();
          if (!key || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || (response.http.status ?? 200) !== 200) return;
          answers.set(key, epoch, result, JSON.stringify(result.data ?? null).length);
        },
      };
    },
  };
}
