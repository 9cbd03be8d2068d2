import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { meta } from "./schema.ts";

export async function getMeta(db: DbOrTx, key: string): Promise<string | undefined> {
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, key));
  return row?.value;
}

export async function setMeta(db: DbOrTx, key: string, value: string): Promise<void> {
  await db
    .insert(meta)
    .values({ key, value })
    .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: sql`now()` } });
}
