// Admission (spec §5.2, §9.2): may this request go? First failing check wins; with `reserve` the
// estimate is held on every counter atomically, and only what fits under every limit is admitted.
import type { OwnerKind } from '../domain/entities.js';
import { type AdmissionRequest, addMoney, bareModel, type Decision, decisionStatus, modelAllowed } from '../domain/usage.js';
import type { Attribution, CounterRef } from './attribution.js';
import type { BudgetCounter, CounterReader, RateLimitCounter, Window } from './counters.js';
import type { UsageDependencies } from './dependencies.js';
import { Ledger, type LedgerChanges, prepareThresholdInsert, publishChanges } from './ledger.js';

export interface BlockedBy {
  kind: 'budget' | 'rate_limit' | 'virtual_key' | 'provider_config';
  id: string;
  ownerKind: OwnerKind | null;
  ownerId: string | null;
}

export interface Remaining {
  /** Least USD left across the budgets checked; null when none applies. */
  budget: number | null;
  tokens: number | null;
  requests: number | null;
}

export interface AdmissionResult {
  allowed: boolean;
  decision: Decision;
  statusCode: number;
  reason: string;
  blockedBy: BlockedBy | null;
  remaining: Remaining;
  retryAfterSeconds: number | null;
  reservationId: string | null;
}


const NOTHING_REMAINING: Remaining = { budget: null, tokens: null, requests: null };

function deny(decision: Decision, reason: string, blockedBy: BlockedBy | null, extra: Partial<AdmissionResult> = {}): AdmissionResult {
  return {
    allowed: false, decision, statusCode: decisionStatus(decision), reason, blockedBy,
    remaining: NOTHING_REMAINING, retryAfterSeconds: null, reservationId: null, ...extra,
  };
}

function secondsUntil(windowEnd: string | null, now: Date): number | null {
  return windowEnd ? Math.max(1, Math.ceil((Date.parse(windowEnd) - now.getTime()) / 1000)) : null;
}

/** Whether a window admits `extra` more: strict (reserving) or Bifrost's pre-check (usage < limit). */
function windowFull(window: Pick<Window, 'limit' | 'usage' | 'reserved'>, extra: number, strict: boolean): boolean {
  if (window.limit == null) return false;
  const used = window.usage + window.reserved;
  return strict ? used + extra > window.limit : used >= window.limit;
}

function budgetFull(budget: BudgetCounter, cost: number, strict: boolean): boolean {
  const used = addMoney(budget.usage, budget.reserved);
  return strict ? addMoney(used, cost) > budget.maxLimit : used >= budget.maxLimit;
}

function ownerOf(counter: Readonly<BudgetCounter | RateLimitCounter>): Pick<BlockedBy, 'ownerKind' | 'ownerId'> {
  return { ownerKind: counter.owner.kind, ownerId: String(counter.owner.id) };
}

function minOrNull(current: number | null, value: number): number {
  return current == null ? value : Math.min(current, value);
}

function remainingOf(reader: CounterReader, counters: CounterRef[]): Remaining {
  const remaining: Remaining = { budget: null, tokens: null, requests: null };
  for (const ref of counters) {
    if (ref.kind === 'budget') {
      const budget = reader.budget(ref.id);
      if (budget) remaining.budget = minOrNull(remaining.budget, Math.max(0, addMoney(budget.maxLimit, -addMoney(budget.usage, budget.reserved))));
      continue;
    }
    const limit = reader.rateLimit(ref.id);
    if (!limit) continue;
    const { tokens, requests } = limit;
    if (tokens.limit != null) remaining.tokens = minOrNull(remaining.tokens, Math.max(0, tokens.limit - tokens.usage - tokens.reserved));
    if (requests.limit != null) remaining.requests = minOrNull(remaining.requests, Math.max(0, requests.limit - requests.usage - requests.reserved));
  }
  return remaining;
}

/** The first counter that blocks the request, as a denial; null when every counter admits it. */
function counterDenial(reader: CounterReader, counters: CounterRef[], cost: number, tokens: number, strict: boolean, now: Date): AdmissionResult | null {
  for (const ref of counters) {
    if (ref.kind === 'rate_limit') {
      const limit = reader.rateLimit(ref.id);
      if (!limit) continue;
      const tokensFull = windowFull(limit.tokens, tokens, strict);
      const requestsFull = windowFull(limit.requests, 1, strict);
      if (!tokensFull && !requestsFull) continue;
      const decision: Decision = tokensFull && requestsFull ? 'rate_limited' : tokensFull ? 'token_limited' : 'request_limited';
      const parts = [
        ...(tokensFull ? [`token limit exceeded (${limit.tokens.usage}/${limit.tokens.limit}, resets every ${limit.tokens.resetDuration})`] : []),
        ...(requestsFull ? [`request limit exceeded (${limit.requests.usage}/${limit.requests.limit}, resets every ${limit.requests.resetDuration})`] : []),
      ];
      const waits = [tokensFull ? limit.tokens.windowEnd : null, requestsFull ? limit.requests.windowEnd : null]
        .map((end) => secondsUntil(end, now) ?? 0);
      return deny(decision, `rate limits exceeded: [${parts.join(', ')}]`, { kind: 'rate_limit', id: limit.id, ...ownerOf(limit) }, {
        retryAfterSeconds: Math.max(...waits),
        remaining: remainingOf(reader, counters),
      });
    }
    const budget = reader.budget(ref.id);
    if (!budget || !budgetFull(budget, cost, strict)) continue;
    return deny(
      'budget_exceeded',
      `Budget check failed: budget exceeded (${budget.usage.toFixed(4)}/${budget.maxLimit.toFixed(4)} USD, resets every ${budget.resetDuration})`,
      { kind: 'budget', id: budget.id, ...ownerOf(budget) },
      { remaining: remainingOf(reader, counters) },
    );
  }
  return null;
}

/** Checks that need no counter: key known and active, provider and model allowed (deny-by-default). */
function accessDenial(request: AdmissionRequest, attribution: Attribution | 'unknown_key'): AdmissionResult | null {
  if (attribution === 'unknown_key') return deny('virtual_key_not_found', 'Virtual key not found', null);
  const vk = attribution.virtualKey;
  if (!vk) return null;
  const keyOwner = { ownerKind: vk.parent?.kind ?? null, ownerId: vk.parent ? String(vk.parent.id) : null };
  if (!vk.isActive) return deny('virtual_key_blocked', 'Virtual key is inactive', { kind: 'virtual_key', id: vk.id, ...keyOwner });
  const config = attribution.providerConfig;
  if (!config) {
    return deny('provider_blocked', `Provider '${request.provider}' is not allowed for this virtual key`, { kind: 'virtual_key', id: vk.id, ...keyOwner });
  }
  const model = bareModel(request.model, request.provider);
  if (!modelAllowed(config.allowedModels, model)) {
    return deny('model_blocked', `Model '${model}' is not allowed for this virtual key`, {
      kind: 'provider_config', id: String(config.id), ownerKind: 'virtual_key', ownerId: vk.id,
    });
  }
  return null;
}

function admitted(remaining: Remaining, reservationId: string | null): AdmissionResult {
  return { allowed: true, decision: 'allow', statusCode: 200, reason: 'allowed', blockedBy: null, remaining, retryAfterSeconds: null, reservationId };
}

interface Admitted {
  result: AdmissionResult;
  /** Window resets persisted while reserving, to publish after commit. */
  changes: LedgerChanges | null;
}

export function createAdmission({ statements, clock, counters, transaction, attribution, reservations, publisher }: UsageDependencies) {
  const thresholdInsert = prepareThresholdInsert(statements);

  const admit = (request: AdmissionRequest, now: Date): Admitted => {
    const target = attribution.resolve(request.virtualKey, request.provider, request.model);
    const denied = accessDenial(request, target);
    if (denied || target === 'unknown_key') return { result: denied!, changes: null };
    const cost = request.estimatedCost ?? 0;
    const tokens = request.estimatedTokens ?? 0;
    if (request.reserve !== true) {
      // Only reads: the shared read-only counters, no ledger.
      const view = counters.view(now);
      const result = counterDenial(view, target.counters, cost, tokens, false, now) ?? admitted(remainingOf(view, target.counters), null);
      return { result, changes: null };
    }
    const ledger = new Ledger(counters, thresholdInsert, now);
    ledger.preload([target.counters]);
    const blocked = counterDenial(ledger, target.counters, cost, tokens, true, now);
    if (blocked) return { result: blocked, changes: null };
    const reservationId = reservations.create(ledger, target.virtualKey?.id ?? null, target.counters, { cost, tokens, requests: 1 }, now);
    return { result: admitted(remainingOf(ledger, target.counters), reservationId), changes: ledger.flush() };
  };
  const admitAndReserve = transaction(admit);

  return {
    check(request: AdmissionRequest): AdmissionResult {
      const now = clock.now();
      // A plain check only reads; reserving writes holds, atomically with the check.
      const { result, changes } = request.reserve ? admitAndReserve(request, now) : admit(request, now);
      publishChanges(publisher, changes);
      return result;
    },
  };
}
