// Kysely's SQLite driver, with its one connection handed to waiters in arrival order, one waiter at a
// time. The driver's own lock wakes every waiter on each release and all but one wait again, so n
// queries waiting at once (a charge resolved by thousands of subscriptions) cost n² wake-ups and
// block the process for seconds. Here the queue is async-mutex's, and the driver's lock is never
// contended: the connection is asked for only by the one holder of the mutex.
import { Mutex, type MutexInterface } from 'async-mutex';
import {
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  SqliteDialect,
  type TransactionSettings,
} from 'kysely';

class QueuedDriver implements Driver {
  readonly #driver: Driver;
  readonly #turns = new Mutex();
  #release: MutexInterface.Releaser | null = null;

  constructor(driver: Driver) {
    this.#driver = driver;
  }

  init(): Promise<void> {
    return this.#driver.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#turns.acquire();
    return this.#driver.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#release!;
    this.#release = null;
    try {
      await this.#driver.releaseConnection(connection);
    } finally {
      release();
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#driver.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#driver.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#driver.rollbackTransaction(connection);
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#driver.savepoint!(connection, name, compile);
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#driver.rollbackToSavepoint!(connection, name, compile);
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#driver.releaseSavepoint!(connection, name, compile);
  }

  destroy(): Promise<void> {
    return this.#driver.destroy();
  }
}

export class QueuedSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    return new QueuedDriver(super.createDriver());
  }
}
