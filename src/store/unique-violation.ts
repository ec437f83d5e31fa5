// Turns SQLite uniqueness violations into CONFLICT, so a write that races past a repository's
// duplicate pre-check answers the same error instead of an internal one.
import { ConflictError } from '../domain/errors.js';

/**
 * True when `error` is better-sqlite3's UNIQUE / PRIMARY KEY failure on `target`, as SQLite names it
 * in the message: `table.column` for column constraints, `index 'name'` for expression indexes.
 */
export function isUniqueViolation(error: unknown, target: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') &&
    error.message === `UNIQUE constraint failed: ${target}`
  );
}

/** Runs `work`; a violation of one of `conflicts`' targets becomes a ConflictError with its message. */
export async function guardUnique<T>(conflicts: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const target = Object.keys(conflicts).find((key) => isUniqueViolation(error, key));
    throw target ? new ConflictError(conflicts[target]!) : error;
  }
}
