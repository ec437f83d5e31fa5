// The usage engine's statements: Kysely builds and types them against `Database`, once; they run
// prepared on better-sqlite3, synchronously, inside the engine's own transactions (SQLite only: a
// PostgreSQL twin runs the same queries on its client). A query is built with named slots where its
// values go, and run with an object holding them.
import type SQLite from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import type { Database } from './database.js';

/** Where a named value goes in a query being built (Kysely binds it like any value). */
class Slot {
  constructor(readonly name: string) {}
}

/** Hands out a slot for each property read, typed as the value it stands for. */
function slotsFor<Params extends object>(): Params {
  return new Proxy({} as Params, {
    get(_target, name) {
      if (typeof name !== 'string' || !/^[A-Za-z_]\w*$/.test(name)) throw new Error(`not a parameter name: ${String(name)}`);
      return new Slot(name);
    },
  });
}

/** A row as an array in `Columns` order. */
export type Tuple<Row, Columns extends readonly string[]> = {
  -readonly [Index in keyof Columns]: Columns[Index] extends keyof Row ? Row[Columns[Index]] : never;
};

export interface PreparedQuery<Params, Row> {
  get(params: Params): Row | undefined;
  all(params: Params): Row[];
  /** Runs a write; returns the number of rows it changed. */
  run(params: Params): number;
}

/** Builds a query from the slots of its values, on the Kysely instance typed against `Database`. */
export type Build<Params, Row> = (params: Params, db: Kysely<Database>) => Compilable<Row>;

/**
 * Runs `statement` with each call's values where the compiled query has their slots, and the
 * constants it was built with. The argument list is generated once per statement, so a call costs what
 * a hand-written positional one does (named parameters or a mapped array cost 20-40% more per
 * statement, and a batch runs thousands). Slot names are identifiers (slotsFor checks).
 */
function prepared<Params, Row>(statement: SQLite.Statement<unknown[], Row>, parameters: readonly unknown[]): PreparedQuery<Params, Row> {
  const args = parameters.map((value, index) => (value instanceof Slot ? `p.${value.name}` : `constants[${index}]`)).join(', ');
  const create = new Function('statement', 'constants', `return {
    get: (p) => statement.get(${args}),
    all: (p) => statement.all(${args}),
    run: (p) => statement.run(${args}).changes,
  };`) as (statement: SQLite.Statement<unknown[], Row>, constants: readonly unknown[]) => PreparedQuery<Params, Row>;
  return create(statement, parameters);
}

export interface SqliteStatements {
  /** Compiles `build`'s query once and prepares it; rows come back as objects. */
  prepare<Params extends object, Row>(build: Build<Params, Row>): PreparedQuery<Params, Row>;
  /**
   * The same with rows as arrays in `columns` order (better-sqlite3's raw mode: no object per row,
   * for queries that read many); the order is checked against the statement's own columns.
   */
  prepareTuples<Params extends object, Row, const Columns extends readonly string[]>(
    build: Build<Params, Row>,
    columns: Columns,
  ): PreparedQuery<Params, Tuple<Row, Columns>>;
  /**
   * `work` as an IMMEDIATE transaction (the write lock taken first, so it starts from what every
   * other connection committed); `onStart` runs inside it before `work`, `onRollback` after a failure.
   */
  immediate<Args extends unknown[], Result>(
    work: (...args: Args) => Result,
    hooks: { onStart(): void; onRollback(): void },
  ): (...args: Args) => Result;
}

export function sqliteStatements(db: Kysely<Database>, sqlite: SQLite.Database): SqliteStatements {
  const compile = <Params extends object, Row>(build: Build<Params, Row>) => {
    const { sql, parameters } = build(slotsFor<Params>(), db).compile();
    return { statement: sqlite.prepare<unknown[], Row>(sql), parameters };
  };
  return {
    prepare(build) {
      const { statement, parameters } = compile(build);
      return prepared(statement, parameters);
    },
    prepareTuples<Params extends object, Row, const Columns extends readonly string[]>(
      build: Build<Params, Row>,
      columns: Columns,
    ) {
      const { statement, parameters } = compile(build);
      const actual = statement.columns().map((column) => column.name);
      if (actual.join() !== columns.join()) {
        throw new Error(`tuple columns [${columns.join(', ')}] do not match the query's [${actual.join(', ')}]`);
      }
      const tuples = statement.raw() as unknown as SQLite.Statement<unknown[], Tuple<Row, Columns>>;
      return prepared<Params, Tuple<Row, Columns>>(tuples, parameters);
    },
    immediate(work, { onStart, onRollback }) {
      const run = sqlite.transaction((...args: Parameters<typeof work>) => {
        onStart();
        return work(...args);
      });
      return (...args) => {
        try {
          return run.immediate(...args);
        } catch (error) {
          onRollback();
          throw error;
        }
      };
    },
  };
}

/**
 * Whether another connection (another process on the same file) committed since the last look.
 * SQLite counts such commits in data_version; this connection's own do not change it.
 */
export function watchOtherConnections(sqlite: SQLite.Database): () => boolean {
  const dataVersion = sqlite.prepare<[], number>('pragma data_version').pluck();
  let seen = dataVersion.get();
  return () => {
    const version = dataVersion.get();
    if (version === seen) return false;
    seen = version;
    return true;
  };
}
