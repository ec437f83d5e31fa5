// Bifrost's list paging (spec §0): optional limit/offset/search; none given = the whole list.
import { ValidationError } from '../domain/errors.js';
import type { RouteRequest } from './route.js';

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 25;
/** "The whole list" when no paging parameter is given. */
const EVERYTHING = 100_000;

export interface Paging {
  /** Variables for a connection field: first, offset and search. */
  variables: { first: number; offset: number; search: string | null };
  /** Whether the client asked for a page (else the reply's limit is the count). */
  paged: boolean;
}

function nonNegative(request: RouteRequest, name: 'limit' | 'offset'): number | null {
  const text = request.query.get(name);
  if (text === null) return null;
  if (!/^-?\d+$/.test(text.trim())) throw new ValidationError(`Invalid ${name} parameter: must be a number`, name);
  const value = Number(text);
  if (value < 0) throw new ValidationError(`Invalid ${name} parameter: must be non-negative`, name);
  return value;
}

export function pagingOf(request: RouteRequest): Paging {
  const limit = nonNegative(request, 'limit');
  const offset = nonNegative(request, 'offset');
  const search = request.query.get('search');
  const paged = limit !== null || offset !== null || search !== null;
  const first = limit === null ? (paged ? DEFAULT_LIMIT : EVERYTHING) : Math.min(limit || DEFAULT_LIMIT, MAX_LIMIT);
  return { variables: { first, offset: offset ?? 0, search: search || null }, paged };
}

/** The envelope fields of a list reply: count, total_count, limit, offset. */
export function listMeta(paging: Paging, count: number, totalCount: number) {
  return {
    count,
    total_count: totalCount,
    limit: paging.paged ? paging.variables.first : count,
    offset: paging.variables.offset,
  };
}
