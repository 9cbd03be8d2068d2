import fs from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.server.ts";

export type Schema = typeof schema;
// biome-ignore lint/suspicious/noExplicitAny: both engines' drizzle instances share this supertype
export type Db = PgDatabase<PgQueryResultHKT & any, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or a transaction on it: use-case functions accept both. */
export type DbOrTx = Db | Tx;

export type Row = Record<string, unknown>;
export type RawQuery = <T extends Row = Row>(sql: string, params?: unknown[]) => Promise<T[]>;

export type DatabaseHandle = {
  kind: "pglite" | "postgres";
  db: Db;
  /** A raw query on any free connection. */
  query: RawQuery;
  /** Runs `fn` in one transaction on one connection, with raw SQL. */
  rawTransaction<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  /** True when the database answers `SELECT 1` within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
  /** The PGlite instance, for tests that dump or clone it. */
  pglite?: PGlite;
};

/** Extensions PGlite must be given every time it is opened (the migrations create them). */
export const pgliteExtensions = { pg_trgm, unaccent };

export async function openPglite(dataDir: string | undefined, options: PGliteOptions = {}): Promise<DatabaseHandle> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ ...options, dataDir, extensions: pgliteExtensions });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const query: RawQuery = async (sql, params) => (await client.query(sql, params)).rows as never;
  let closed = false;
  return {
    kind: "pglite",
    db,
    query,
    pglite: client,
    rawTransaction: (fn) => client.transaction((tx) => fn(async (sql, params) => (await tx.query(sql, params)).rows as never)),
    async ping() {
      if (closed) return false;
      try {
        await client.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

export type PostgresOptions = { max?: number; connectionTimeoutMillis?: number; onError?: (err: Error) => void };

export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 3000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on("error", (err) => options.onError?.(err));
  // Nor one that is checked out (a transaction, a job) when the connection drops: pg emits
  // "error" on the client, which without a listener would end the process. The query in flight
  // fails on its own and the broken client is discarded on release.
  pool.on("connect", (client) => {
    client.on("error", (err) => options.onError?.(err));
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const query: RawQuery = async (sql, params) => (await pool.query(sql, params)).rows as never;
  let closed = false;
  return {
    kind: "postgres",
    db,
    query,
    async rawTransaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(async (sql, params) => (await client.query(sql, params)).rows as never);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        // A client whose ROLLBACK fails has lost its connection: destroy it rather than reuse it.
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async ping(timeoutMs = 2000) {
      if (closed) return false;
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        });
        return await Promise.race([pool.query("SELECT 1").then(() => true), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
