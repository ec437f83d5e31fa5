// Every kind of owner a budget or rate limit can have, and how owners hang together: the one place
// the hierarchy is written down. Attribution, usage scopes, subscription filters, owner removal and
// the GraphQL navigation to an owner are derived from it, so a new kind is one entry here (plus its
// CRUD files) and the compiler asks for it everywhere a kind must be handled.
import type { Database, OwnerColumns } from '../db/database.js';
import { OWNER_KINDS, type OwnerKind, type OwnerRef, type UsageScope } from './entities.js';

export type OwnerColumn = keyof OwnerColumns;

export interface ParentEdge {
  kind: OwnerKind;
  /** The owner's column holding the parent's id. */
  column: string;
  /** The owner's row goes when its parent's does (ON DELETE CASCADE), its limits with it. */
  deletedWithParent?: boolean;
}

export interface OwnerKindInfo {
  table: keyof Database;
  /** The column of budgets and rate limits that names an owner of this kind. */
  column: OwnerColumn;
  /** Parents, the nearest first: the walk up takes the first one it reaches of each kind. */
  parents: readonly ParentEdge[];
  /** One budget (replaced on write) or several (reconciled by reset duration). */
  budgets: 'one' | 'many';
  /** The field of a usage scope (and of a subscription filter) naming owners of this kind. */
  scopeField?: keyof UsageScope;
  /** The GraphQL field of a budget or rate limit that navigates to an owner of this kind. */
  graphqlField: string;
  /** Its name in messages ("Team not found: …"). */
  entity: string;
}

/**
 * Listed from the most specific owner down (the order scope fields are matched in). Every owner kind
 * holds at most one rate limit; model configs are matched by model, not by parent.
 */
const REGISTRY = {
  provider_config: {
    table: 'provider_configs', column: 'provider_config_id', entity: 'Provider config', graphqlField: 'providerConfig',
    budgets: 'many',
    parents: [{ kind: 'virtual_key', column: 'virtual_key_id', deletedWithParent: true }],
  },
  virtual_key: {
    table: 'virtual_keys', column: 'virtual_key_id', entity: 'Virtual key', graphqlField: 'virtualKey',
    budgets: 'many', scopeField: 'virtualKeyId',
    parents: [{ kind: 'team', column: 'team_id' }, { kind: 'customer', column: 'customer_id' }],
  },
  team: {
    table: 'teams', column: 'team_id', entity: 'Team', graphqlField: 'team',
    budgets: 'one', scopeField: 'teamId',
    parents: [{ kind: 'customer', column: 'customer_id' }],
  },
  customer: {
    table: 'customers', column: 'customer_id', entity: 'Customer', graphqlField: 'customer',
    budgets: 'one', scopeField: 'customerId',
    parents: [{ kind: 'business_unit', column: 'business_unit_id' }],
  },
  business_unit: {
    table: 'business_units', column: 'business_unit_id', entity: 'Business unit', graphqlField: 'businessUnit',
    budgets: 'one',
    parents: [],
  },
  model_config: {
    table: 'model_configs', column: 'model_config_id', entity: 'Model config', graphqlField: 'modelConfig',
    budgets: 'many',
    parents: [],
  },
  provider: {
    table: 'providers', column: 'provider_id', entity: 'Provider', graphqlField: 'provider',
    budgets: 'one',
    parents: [],
  },
} as const satisfies Record<OwnerKind, OwnerKindInfo>;

export const OWNERS: Readonly<Record<OwnerKind, OwnerKindInfo>> = REGISTRY;

/** The owner kinds holding one budget, or several. */
export type OwnerKindWithBudgets<Budgets extends OwnerKindInfo['budgets']> = {
  [Kind in OwnerKind]: (typeof REGISTRY)[Kind]['budgets'] extends Budgets ? Kind : never;
}[OwnerKind];

/** The fields of a usage scope, the most specific first. */
export const SCOPE_FIELDS: ReadonlyArray<keyof UsageScope> = Object.values(OWNERS).flatMap((info) => (info.scopeField ? [info.scopeField] : []));

export const ownerKey = (owner: OwnerRef): string => `${owner.kind}:${owner.id}`;

/** The owner a budget or rate-limit row names (exactly one owner column is set). */
export function ownerOfRow(row: OwnerColumns): OwnerRef {
  for (const kind of OWNER_KINDS) {
    const id = row[OWNERS[kind].column];
    if (id != null) return { kind, id };
  }
  throw new Error('budget or rate limit row without owner');
}

/** The parents an owner's row names, in the order of its kind's edges. */
export function parentsOfRow(kind: OwnerKind, row: Record<string, unknown>): OwnerRef[] {
  return OWNERS[kind].parents.flatMap((edge): OwnerRef[] => {
    const id = row[edge.column];
    return id == null ? [] : [{ kind: edge.kind, id: id as string | number }];
  });
}

/** Looks up the parents of one owner (undefined: no such owner). */
export type ParentLookup = (owner: OwnerRef) => OwnerRef[] | undefined;

/** The owner and every owner above it, the nearest first, one of each kind. */
export function lineageOf(owner: OwnerRef, parentsOf: ParentLookup): OwnerRef[] {
  const lineage: OwnerRef[] = [];
  const seen = new Set<OwnerKind>();
  for (let level = [owner]; level.length > 0; ) {
    const next: OwnerRef[] = [];
    for (const member of level) {
      if (seen.has(member.kind)) continue;
      seen.add(member.kind);
      lineage.push(member);
      next.push(...(parentsOf(member) ?? []));
    }
    level = next;
  }
  return lineage;
}

/** Where an owner sits in the hierarchy, for subscription filters. */
export function scopeOfLineage(lineage: readonly OwnerRef[]): UsageScope {
  const scope: UsageScope = { virtualKeyId: null, teamId: null, customerId: null };
  for (const member of lineage) {
    const field = OWNERS[member.kind].scopeField;
    if (field) scope[field] = String(member.id);
  }
  return scope;
}

/** The kinds whose rows are deleted with a row of `kind`, and the column naming their parent. */
export function kindsDeletedWith(kind: OwnerKind): Array<{ kind: OwnerKind; column: string }> {
  return OWNER_KINDS.flatMap((child) =>
    OWNERS[child].parents.flatMap((edge) => (edge.kind === kind && edge.deletedWithParent ? [{ kind: child, column: edge.column }] : [])),
  );
}
