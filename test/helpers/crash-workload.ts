// The writes a crash-safety run sends to a live server over REST, and what each acknowledgement
// promises: governance chains (customer → team → virtual key, each with budgets, then renamed and
// re-budgeted by updates; every write carries a name no other write uses) and usage batches with
// idempotency keys (an unacknowledged batch is resent, as a gateway would).

export type EntityKind = 'customer' | 'team' | 'virtualKey';

/** What one write asked an entity to become: its name and its budgets' limits by reset duration. */
export interface EntityVersion {
  name: string;
  budgets: Record<string, number>;
}

export interface TrackedEntity {
  kind: EntityKind;
  id: string;
  /**
   * The states the stored row may show: the last acknowledged write, then every unacknowledged one
   * after it (each may or may not have committed). Writes to one entity are sequential.
   */
  candidates: EntityVersion[];
}

export interface UsageEventBody {
  idempotency_key: string;
  virtual_key: string;
  provider: string;
  model: string;
  request_type: string;
  input_tokens: number;
  output_tokens: number;
  cost: number;
}

export interface UsageBatch {
  events: UsageEventBody[];
  /** A 2xx came back for it (on its first sending or a resend). */
  acknowledged: boolean;
  sendings: number;
}

export interface UsageKey {
  id: string;
  value: string;
  budgetId: string;
}

/** The usage side's fixed hierarchy: one customer and team over a virtual key per usage writer. */
export interface UsageTree {
  customerId: string;
  customerBudgetId: string;
  teamId: string;
  teamBudgetId: string;
  keys: UsageKey[];
}

/** Everything the writers did and were told, across every server life of a run. */
export interface CrashLedger {
  /** Prefix of every name and idempotency key of this run. */
  runId: string;
  entities: TrackedEntity[];
  /** Creates that got no answer: each may exist once, or not at all. */
  unconfirmedCreates: Array<{ kind: EntityKind; version: EntityVersion }>;
  /** Per usage writer, its batches in sending order. */
  batches: UsageBatch[][];
  governanceWrites: { acknowledged: number; unacknowledged: number };
  /** Answers that are not 2xx (never expected: every write is valid). */
  violations: string[];
  sequence: number;
}

export function createLedger(runId: string, usageWriters: number): CrashLedger {
  return {
    runId,
    entities: [],
    unconfirmedCreates: [],
    batches: Array.from({ length: usageWriters }, () => []),
    governanceWrites: { acknowledged: 0, unacknowledged: 0 },
    violations: [],
    sequence: 0,
  };
}

/** One server life: where it listens, and whether writers should keep going. */
export interface ServerLife {
  baseUrl: string;
  token: string;
  running: boolean;
}

// A hung server must not hang the run; nothing legitimate takes this long.
const REQUEST_TIMEOUT_MS = 15_000;

type Outcome<T> = { acknowledged: true; body: T } | { acknowledged: false };

/**
 * Sends one REST write. Acknowledged means a 2xx and its body arrived; a connection error (the
 * server died, or is dead) means unknown. Any other status is recorded as a violation.
 */
async function send<T>(life: ServerLife, ledger: CrashLedger, method: string, path: string, body: unknown): Promise<Outcome<T>> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${life.baseUrl}/api/governance${path}`, {
      method,
      headers: { authorization: `Bearer ${life.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    return { acknowledged: false };
  }
  if (response.status >= 200 && response.status < 300) return { acknowledged: true, body: JSON.parse(text) as T };
  ledger.violations.push(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return { acknowledged: false };
}

const nextNumber = (ledger: CrashLedger) => (ledger.sequence += 1);

/** A fresh version: a name and limits no other write of the run uses. */
function freshVersion(ledger: CrashLedger, kind: EntityKind): EntityVersion {
  const n = nextNumber(ledger);
  const budgets: Record<string, number> = kind === 'virtualKey' ? { '1d': 1000 + n, '1M': 5000 + n } : { '1d': 1000 + n };
  return { name: `${ledger.runId}-${kind}-${n}`, budgets };
}

const budgetBody = (budgets: Record<string, number>) =>
  Object.entries(budgets).map(([resetDuration, maxLimit]) => ({ max_limit: maxLimit, reset_duration: resetDuration }));

function writeBody(kind: EntityKind, version: EntityVersion): Record<string, unknown> {
  const budgets = budgetBody(version.budgets);
  return kind === 'virtualKey' ? { name: version.name, budgets } : { name: version.name, budget: budgets[0] };
}

const COLLECTION: Record<EntityKind, { path: string; field: string }> = {
  customer: { path: '/customers', field: 'customer' },
  team: { path: '/teams', field: 'team' },
  virtualKey: { path: '/virtual-keys', field: 'virtual_key' },
};

type Created = Record<string, { id: string } & Record<string, unknown>>;

async function createEntity(
  life: ServerLife,
  ledger: CrashLedger,
  kind: EntityKind,
  parent: Record<string, string>,
): Promise<TrackedEntity | null> {
  const version = freshVersion(ledger, kind);
  const { path, field } = COLLECTION[kind];
  const outcome = await send<Created>(life, ledger, 'POST', path, { ...writeBody(kind, version), ...parent });
  if (!outcome.acknowledged) {
    ledger.governanceWrites.unacknowledged += 1;
    ledger.unconfirmedCreates.push({ kind, version });
    return null;
  }
  ledger.governanceWrites.acknowledged += 1;
  const entity: TrackedEntity = { kind, id: outcome.body[field]!.id, candidates: [version] };
  ledger.entities.push(entity);
  return entity;
}

async function updateEntity(life: ServerLife, ledger: CrashLedger, entity: TrackedEntity): Promise<boolean> {
  const version = freshVersion(ledger, entity.kind);
  entity.candidates.push(version);
  const outcome = await send(life, ledger, 'PUT', `${COLLECTION[entity.kind].path}/${entity.id}`, writeBody(entity.kind, version));
  if (outcome.acknowledged) entity.candidates = [version];
  ledger.governanceWrites[outcome.acknowledged ? 'acknowledged' : 'unacknowledged'] += 1;
  return outcome.acknowledged;
}

/** A governance writer's place in its current chain; a chain starts over after a few updates. */
export interface ChainState {
  customer: TrackedEntity | null;
  team: TrackedEntity | null;
  virtualKey: TrackedEntity | null;
  updates: number;
}

export const newChain = (): ChainState => ({ customer: null, team: null, virtualKey: null, updates: 0 });

const UPDATES_PER_CHAIN = 6;

/** Writes until the server goes away (or the life ends); the chain carries over to the next life. */
export async function governanceWriter(life: ServerLife, ledger: CrashLedger, chain: ChainState): Promise<void> {
  while (life.running) {
    if (!chain.customer) {
      chain.customer = await createEntity(life, ledger, 'customer', {});
      if (!chain.customer) return;
    } else if (!chain.team) {
      chain.team = await createEntity(life, ledger, 'team', { customer_id: chain.customer.id });
      if (!chain.team) return;
    } else if (!chain.virtualKey) {
      chain.virtualKey = await createEntity(life, ledger, 'virtualKey', { team_id: chain.team.id });
      if (!chain.virtualKey) return;
    } else {
      const entity = [chain.customer, chain.team, chain.virtualKey][chain.updates % 3]!;
      chain.updates += 1;
      if (chain.updates === UPDATES_PER_CHAIN) Object.assign(chain, newChain());
      if (!(await updateEntity(life, ledger, entity))) return;
    }
  }
}

const USAGE_BATCH_SIZE = 20;
const USAGE_RESET = '1Y'; // no window ends during a run, so usage only ever adds up

function newBatch(ledger: CrashLedger, writer: number, key: UsageKey): UsageBatch {
  const n = ledger.batches[writer]!.length;
  const events = Array.from({ length: USAGE_BATCH_SIZE }, (_, i): UsageEventBody => ({
    idempotency_key: `${ledger.runId}-w${writer}-b${n}-e${i}`,
    virtual_key: key.value,
    provider: 'openai',
    model: 'gpt-4o',
    request_type: 'chat_completion',
    input_tokens: 10 + i,
    output_tokens: 5,
    // Whole thousandths, so every sum is exact in the service's money arithmetic.
    cost: ((n + i) % 7) / 1000 + 0.001,
  }));
  const batch: UsageBatch = { events, acknowledged: false, sendings: 0 };
  ledger.batches[writer]!.push(batch);
  return batch;
}

/** Sends a batch; a 2xx must account for every event as accepted or duplicate. */
export async function sendBatch(life: ServerLife, ledger: CrashLedger, batch: UsageBatch): Promise<{ accepted: number; duplicates: number } | null> {
  batch.sendings += 1;
  const outcome = await send<{ accepted: number; duplicates: number }>(life, ledger, 'POST', '/usage', { events: batch.events });
  if (!outcome.acknowledged) return null;
  batch.acknowledged = true;
  const { accepted, duplicates } = outcome.body;
  if (accepted + duplicates !== batch.events.length) {
    ledger.violations.push(`a batch of ${batch.events.length} was answered accepted ${accepted} + duplicates ${duplicates}`);
  }
  return outcome.body;
}

/** Records usage on its own key until the server goes away; first resends its unacknowledged batch. */
export async function usageWriter(life: ServerLife, ledger: CrashLedger, writer: number, key: UsageKey): Promise<void> {
  while (life.running) {
    const last = ledger.batches[writer]!.at(-1);
    const batch = last && !last.acknowledged ? last : newBatch(ledger, writer, key);
    if (!(await sendBatch(life, ledger, batch))) return;
  }
}

/** Creates the usage hierarchy through REST; it must succeed (nothing is killed yet). */
export async function createUsageTree(life: ServerLife, ledger: CrashLedger): Promise<UsageTree> {
  const budget = { max_limit: 1_000_000, reset_duration: USAGE_RESET };
  const required = async <T>(path: string, body: unknown): Promise<T> => {
    const outcome = await send<T>(life, ledger, 'POST', path, body);
    if (!outcome.acknowledged) throw new Error(`setting up the usage tree: POST ${path} failed: ${ledger.violations.at(-1) ?? 'no answer'}`);
    return outcome.body;
  };
  type WithBudget = { id: string; budget: { id: string } };
  const { customer } = await required<{ customer: WithBudget }>('/customers', { name: `${ledger.runId}-usage-customer`, budget });
  const { team } = await required<{ team: WithBudget }>('/teams', { name: `${ledger.runId}-usage-team`, customer_id: customer.id, budget });
  const keys: UsageKey[] = [];
  for (let writer = 0; writer < ledger.batches.length; writer += 1) {
    const { virtual_key: key } = await required<{ virtual_key: { id: string; value: string; budgets: Array<{ id: string }> } }>('/virtual-keys', {
      name: `${ledger.runId}-usage-key-${writer}`,
      team_id: team.id,
      budgets: [budget],
      provider_configs: [{ provider: 'openai', allowed_models: ['*'] }],
    });
    keys.push({ id: key.id, value: key.value, budgetId: key.budgets[0]!.id });
  }
  return { customerId: customer.id, customerBudgetId: customer.budget.id, teamId: team.id, teamBudgetId: team.budget.id, keys };
}
