// Order submissions under load: `npm run bench -- ordering` (PostgreSQL only: TEST_DATABASE_URL).
//
// In a fresh PostgreSQL database (dropped afterwards): 200 municipalities, each with a buyer, a
// budget holder and one line in its cart from one of 20 suppliers. Then, all at once:
//
//   submit   200 cart submissions, each with its own idempotency key, plus 50 retries that reuse
//            a key at the same moment (a double click): submitCart() as the cart page calls it;
//   approve  the approval of every order created, all at once: decideOrder() with its row locks,
//            purchase-order number sequence and notifications.
//
// Prints p50/p95/max latency of each phase, and checks that the number of orders equals the
// number of distinct idempotency keys, that every retry got the order of its first submission
// and that every purchase-order number is unique per organisation. Exits 1 when a check fails,
// never on a figure. Skips with a message when TEST_DATABASE_URL is not set (PGlite has one
// connection, so it cannot show concurrency).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Db, openPostgres } from "../app/db/client.server.ts";
import { migrate } from "../app/db/migrate.server.ts";
import { addApprovalRule, addToCart, decideOrder, seedThresholds, submitCart } from "../app/modules/ordering/index.server.ts";
import { createMembership, createOrganisation, createPerson } from "../tests/factories/identity.ts";
import { createProduct, createSupplier } from "../tests/factories/procurement.ts";

const SUBMISSIONS = Number(process.env.BENCH_ORDERS ?? 200);
const RETRIES = Math.floor(SUBMISSIONS / 4);
const SUPPLIERS = 20;

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.log("ordering bench skipped: set TEST_DATABASE_URL to a PostgreSQL server (e.g. npm run test:pg starts one).");
  process.exit(0);
}

function withDatabase(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const timed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

const name = `vvg_bench_ordering_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const handle = openPostgres(withDatabase(url, name), { max: 20, connectionTimeoutMillis: 60_000 });
let failed = false;
const countOf = async (query: string) => ((await handle.query<{ n: number }>(query)) as { n: number }[])[0]?.n ?? 0;
try {
  await migrate(handle);
  const db = handle.db as Db;
  await seedThresholds(db);

  // Set-up (not measured).
  const offers: string[] = [];
  for (let i = 0; i < SUPPLIERS; i++) {
    const supplier = await createSupplier(db);
    const product = await createProduct(db, { category: i % 2 ? "monitor" : "laptop" }, [
      { supplierId: supplier.id, priceCents: 50_000 + i * 1_000 },
    ]);
    const [row] = (await handle.query<{ id: string }>("SELECT id FROM procurement.offers WHERE product_id = $1", [
      product.id,
    ])) as {
      id: string;
    }[];
    offers.push(row!.id);
  }
  const towns: {
    buyer: { personId: string; organisationId: string };
    approver: { personId: string; organisationId: string };
    key: string;
  }[] = [];
  for (let i = 0; i < SUBMISSIONS; i++) {
    const organisation = await createOrganisation(db);
    const buyer = await createPerson(db);
    const approver = await createPerson(db);
    await createMembership(db, buyer.id, organisation.id, ["aankoper"]);
    await createMembership(db, approver.id, organisation.id, ["budgethouder"]);
    const buyerActor = { personId: buyer.id, organisationId: organisation.id };
    await addApprovalRule(db, buyerActor, { min: 0, body: "budgethouder", note: "" });
    await addToCart(db, buyerActor, { offerId: offers[i % SUPPLIERS]!, quantity: 1 + (i % 5) });
    towns.push({
      buyer: buyerActor,
      approver: { personId: approver.id, organisationId: organisation.id },
      key: randomBytes(16).toString("base64url"),
    });
  }

  // Submit: every town once, and a quarter of them a second time at the same moment.
  const attempts = [...towns, ...towns.slice(0, RETRIES)];
  const submitted = await Promise.all(
    attempts.map((town) => timed(() => submitCart(db, town.buyer, { idempotencyKey: town.key, deliveryAddress: "", note: "" }))),
  );
  const submitMs = submitted.map((s) => s.ms);
  const byKey = new Map<string, string>();
  let retryMismatch = 0;
  for (const [index, result] of submitted.entries()) {
    if (!result.value.ok) {
      console.error(`submission ${index} failed: ${result.value.error}`);
      failed = true;
      continue;
    }
    const ids = result.value.orderIds.join(",");
    const key = attempts[index]!.key;
    if (byKey.has(key) && byKey.get(key) !== ids) retryMismatch += 1;
    byKey.set(key, ids);
  }
  const orderCount = await countOf("SELECT count(*)::int AS n FROM ordering.orders");
  const distinctKeys = new Set(towns.map((t) => t.key)).size;

  // Approve every order at once.
  const approvals = await Promise.all(
    towns
      .filter((town) => byKey.has(town.key))
      .map((town) =>
        timed(() =>
          decideOrder(
            db,
            { ...town.approver, canApprove: true },
            { orderId: byKey.get(town.key)!.split(",")[0]!, version: 1, decision: "approved", comment: "" },
          ),
        ),
      ),
  );
  const approveMs = approvals.map((a) => a.ms);
  const approveFailures = approvals.filter((a) => !a.value.ok).length;
  const duplicatePo = await countOf(
    "SELECT count(*)::int AS n FROM (SELECT organisation_id, po_number FROM ordering.orders WHERE po_number IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d",
  );

  const line = (label: string, values: number[]) =>
    console.log(
      `${label.padEnd(8)} n=${String(values.length).padStart(3)}  p50 ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms  max ${Math.max(...values).toFixed(1)} ms`,
    );
  line("submit", submitMs);
  line("approve", approveMs);
  console.log(
    `orders ${orderCount}, distinct idempotency keys ${distinctKeys}, retries answered with another order: ${retryMismatch}`,
  );
  console.log(`approvals refused: ${approveFailures}, duplicate PO numbers: ${duplicatePo}`);
  if (orderCount !== distinctKeys || retryMismatch > 0 || approveFailures > 0 || duplicatePo > 0) {
    console.error("ordering bench: a check failed");
    failed = true;
  }
} finally {
  await handle.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
process.exit(failed ? 1 : 0);
