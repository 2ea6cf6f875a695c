/**
 * The one SQL code path the store runs, behind two drivers: embedded PGlite (a data directory,
 * zero set-up) and a PostgreSQL server (pg Pool, several processes may share it).
 */
export type Row = Record<string, unknown>;

export interface Sql {
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Driver extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** where the data lives, for messages (a directory or a URL without its password) */
  readonly location: string;
  /** Run `fn` in one transaction: everything it wrote is committed together or not at all. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Throws a clear error when a write cannot be taken safely now (embedded store: the disk is nearly full). */
  preflight(): void;
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Transaction-scoped advisory lock keys (pg_advisory_xact_lock): one per kind of shared write. */
export const LOCKS = {
  migrate: 7260_0001,
  stories: 7260_0002,
} as const;
