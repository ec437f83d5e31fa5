// Teams: create / update / delete with their budget and rate limit, and batched reads.
import { randomUUID } from 'node:crypto';
import type { TeamRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import type { JsonObject } from '../domain/entities.js';
import { NotFoundError } from '../domain/errors.js';
import type { CreateTeamInput, Team, UpdateTeamInput } from '../domain/team.js';
import { type Db, flag, inTransaction, jsonOrNull, parseJson, requireReference, requireRow } from './common.js';
import { type LimitChange, type Written, written } from './limit-changes.js';
import { alignOwnerLimits, type Owner, writeRateLimit, writeSingleBudget } from './limits.js';
import { removeLimitsOfDeletedOwners } from './owner-removal.js';

export function teamRowToTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    customerId: row.customer_id,
    profile: parseJson<JsonObject | null>(row.profile, null),
    config: parseJson<JsonObject | null>(row.config, null),
    claims: parseJson<JsonObject | null>(row.claims, null),
    calendarAligned: row.calendar_aligned !== 0,
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function teamsByIds(db: Db, ids: readonly string[]): Promise<Team[]> {
  const rows = await db.selectFrom('teams').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(teamRowToTeam);
}

export async function teamsByCustomers(db: Db, customerIds: readonly string[]): Promise<Team[]> {
  const rows = await db
    .selectFrom('teams')
    .selectAll()
    .where('customer_id', 'in', anyOf(customerIds))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(teamRowToTeam);
}

export interface TeamFilter {
  customerId?: string | null;
  search?: string | null;
}

export function teamListQuery(db: Db, filter: TeamFilter) {
  let query = db.selectFrom('teams');
  if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
  if (filter.search) query = query.where(containsText('name', filter.search));
  return query;
}

async function requireCustomer(db: Db, customerId: string): Promise<void> {
  await requireReference(db, 'customers', customerId, 'input.customerId', 'Customer');
}

/** Metadata columns to write: absent fields are left out, null clears. */
function metadataValues(input: Pick<UpdateTeamInput, 'profile' | 'config' | 'claims'>) {
  return {
    ...(input.profile !== undefined && { profile: jsonOrNull(input.profile) }),
    ...(input.config !== undefined && { config: jsonOrNull(input.config) }),
    ...(input.claims !== undefined && { claims: jsonOrNull(input.claims) }),
  };
}

export function createTeam(db: Db, input: CreateTeamInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    if (input.customerId) await requireCustomer(trx, input.customerId);
    const id = randomUUID();
    const calendarAligned = input.calendarAligned ?? input.budget?.calendarAligned ?? false;
    const at = now.toISOString();
    await trx
      .insertInto('teams')
      .values({
        id,
        name: input.name,
        customer_id: input.customerId || null,
        profile: null,
        config: null,
        claims: null,
        ...metadataValues(input),
        calendar_aligned: flag(calendarAligned),
        created_at: at,
        updated_at: at,
      })
      .execute();
    const owner: Owner = { kind: 'team', id, calendarAligned };
    changes.push(...(await writeSingleBudget(trx, owner, input.budget, now)));
    changes.push(...(await writeRateLimit(trx, owner, input.rateLimit, 'replace', now)));
    return written(id, changes);
  });
}

export function updateTeam(db: Db, id: string, input: UpdateTeamInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    const current = await trx.selectFrom('teams').select('calendar_aligned').where('id', '=', id).executeTakeFirst();
    if (!current) throw new NotFoundError('Team', id);
    if (input.customerId) await requireCustomer(trx, input.customerId);
    const wasAligned = current.calendar_aligned !== 0;
    const calendarAligned = input.calendarAligned ?? input.budget?.calendarAligned ?? wasAligned;
    await trx
      .updateTable('teams')
      .set({
        ...(input.name != null && { name: input.name }),
        ...(input.customerId !== undefined && { customer_id: input.customerId || null }),
        ...metadataValues(input),
        calendar_aligned: flag(calendarAligned),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    const owner: Owner = { kind: 'team', id, calendarAligned };
    changes.push(...(await writeSingleBudget(trx, owner, input.budget, now)));
    changes.push(...(await writeRateLimit(trx, owner, input.rateLimit, 'replace', now)));
    if (calendarAligned !== wasAligned) changes.push(...(await alignOwnerLimits(trx, owner, now)));
    return written(id, changes, { owners: [{ kind: 'team', id }] });
  });
}

/** Deletes the team; its budget and rate limit go with it (cascade), its virtual keys are detached. */
export function deleteTeam(db: Db, id: string): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'teams', id, 'Team');
    changes.push(...(await removeLimitsOfDeletedOwners(trx, 'team', [id])));
    await trx.deleteFrom('teams').where('id', '=', id).execute();
    return written(id, changes, { owners: [{ kind: 'team', id }] });
  });
}
