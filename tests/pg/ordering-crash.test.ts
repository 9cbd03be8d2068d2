// Crash safety of order submission (issue #6): buyers of two organisations (three sessions each,
// sharing their organisation's cart) submit carts in a burst, each submission with its own
// idempotency key; the server is killed with SIGKILL in the middle of it, with submissions in
// flight of which at least one has committed but was never answered (a proxy holds the answers
// back for the moment of the kill). A fresh process starts on the same database, and then:
//
// - every submission whose answer never came is retried with the same key (the client cannot
//   know whether it landed): the answer is a success, twice the same, and a submission that had
//   landed keeps exactly its orders (a replay, never new ones);
// - every acknowledged key is submitted again: the same answer, no new orders;
// - in the database every acknowledged key has exactly one submission with its orders, a refused
//   one (answered 400) left nothing, and every order is whole: at least one line, one "submitted"
//   event, its totals the sum of its lines, one order per supplier per submission;
// - nothing put in a cart was lost or ordered twice: the units ordered plus those still in the
//   cart are at least the adds that were answered and at most all adds sent (this caught two
//   submissions ordering the same cart line, fixed in submitCart).
import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../app/demo-accounts.ts";
import { withDatabase } from "../setup/engine.ts";
import { Browserless, type HttpResponse } from "../support/http-client.ts";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.ts";

const baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl) throw new Error("TEST_DATABASE_URL is not set: run this suite through `npm run test:pg`");

const BUYERS = ["aankoper.zoersel@demo.vlavirgem.be", "aankoper.bkz@demo.vlavirgem.be"] as const;
/** Concurrent sessions (and loops) per buyer: both of an organisation share its cart. */
const SESSIONS_PER_BUYER = 3;
/** Acknowledged submissions before the kill is armed. */
const ACKED_BEFORE_KILL = 15;
const CART = "/aankopen/winkelwagen";
const SUCCESS = /^\/aankopen\/bestellingen(\/[0-9a-f-]{36})?$/;

const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
const name = `vvg_crash_${randomBytes(4).toString("hex")}`;
const servers: SpawnedServer[] = [];
let db: pg.Client | undefined;
afterAll(async () => {
  for (const server of servers) await server.kill("SIGTERM");
  await db?.end();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

type Attempt = {
  buyer: string;
  key: string;
  /** acked: answered with the success redirect; refused: answered otherwise; unknown: no answer. */
  outcome: "pending" | "acked" | "refused" | "unknown";
  location?: string;
  status?: number;
};

const newKey = () => randomBytes(18).toString("base64url");
const pathOf = (location: string | null) => (location ? new URL(location, "http://x").pathname : "");

/** Units put in the cart per buyer. */
const units = new Map<string, { acked: number; unknown: number }>();

class Session {
  readonly client: Browserless;
  readonly buyer: string;
  private token = "";
  constructor(url: string, buyer: string) {
    this.client = new Browserless(url);
    this.buyer = buyer;
  }
  async open() {
    await this.client.login(this.buyer, DEMO_PASSWORD);
    this.token = await this.client.csrf(CART);
  }
  /** Adds one unit, counted per buyer: answered (302) or unknown (no answer). */
  async add(offerId: string) {
    const count = units.get(this.buyer) ?? { acked: 0, unknown: 0 };
    units.set(this.buyer, count);
    try {
      const response = await this.client.request(CART, { form: { _csrf: this.token, intent: "add", offerId, quantity: "1" } });
      if (response.status === 302) count.acked += 1;
      return response;
    } catch (error) {
      count.unknown += 1;
      throw error;
    }
  }
  submit(key: string) {
    return this.client.request(CART, {
      form: { _csrf: this.token, intent: "submit", idempotencyKey: key, deliveryAddress: "Gemeentehuis", note: "crash test" },
    });
  }
}

/**
 * A TCP proxy in front of the portal that forwards requests and, while held, keeps the answers
 * back (released: they go through in order; the portal gone: they are lost with the connection).
 */
async function startAnswerProxy(targetPort: number) {
  let held = false;
  const queues = new Map<net.Socket, Buffer[]>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    const queue: Buffer[] = [];
    queues.set(client, queue);
    const drop = () => {
      queues.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream);
    upstream.on("data", (chunk: Buffer) => {
      if (held) queue.push(chunk);
      else client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    hold() {
      held = true;
    },
    release() {
      for (const [client, queue] of queues) for (const chunk of queue.splice(0)) client.write(chunk);
      held = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitReady(server: SpawnedServer) {
  for (let i = 0; i < 300; i++) {
    const status = await fetch(`${server.url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready:\n${server.output()}`);
}

describe("order submission survives a crash", () => {
  it("keeps every acknowledged order exactly once and answers retries idempotently after SIGKILL", async () => {
    await admin.query(`CREATE DATABASE ${name}`);
    const env = { DATABASE_URL: withDatabase(baseUrl, name), LOG_LEVEL: "warn" };
    const first = await spawnServer(env);
    servers.push(first);
    await waitReady(first);
    db = new pg.Client({ connectionString: withDatabase(baseUrl, name) });
    await db.connect();
    const startedAt = (await db.query<{ now: Date }>("SELECT now() AS now")).rows[0]!.now;
    const cartBefore = async () =>
      new Map(
        (
          await db!.query<{ organisation_id: string; n: number }>(
            "SELECT organisation_id, sum(quantity)::int AS n FROM ordering.cart_lines GROUP BY 1",
          )
        ).rows.map((r) => [r.organisation_id, r.n]),
      );
    const unitsInCartsAtStart = await cartBefore();

    // The cheapest current offer (minimum 1) outside any framework lot of two suppliers: a
    // low-value order for both organisations, far under the threshold even a hundred times over.
    const { rows: offers } = await db.query<{ id: string; supplier_id: string }>(`
      SELECT DISTINCT ON (o.supplier_id) o.id, o.supplier_id, o.price_cents
      FROM procurement.offers o
      WHERE o.framework_lot_id IS NULL AND o.min_quantity = 1
        AND o.valid_from <= current_date AND (o.valid_to IS NULL OR o.valid_to >= current_date + 1)
      ORDER BY o.supplier_id, o.price_cents, o.id`);
    const { rows: cheapest } = await db.query<{ id: string; price_cents: number }>(
      "SELECT id, price_cents FROM procurement.offers WHERE id = ANY($1) ORDER BY price_cents, id LIMIT 2",
      [offers.map((o) => o.id)],
    );
    expect(cheapest).toHaveLength(2);
    expect(cheapest.every((o) => o.price_cents < 50_000)).toBe(true);
    const offerIds = cheapest.map((o) => o.id);

    // The burst: every session adds an offer and submits with a fresh key, over and over, through
    // a proxy that can hold the answers back.
    const proxy = await startAnswerProxy(Number(new URL(first.url).port));
    const sessions: Session[] = [];
    for (const buyer of BUYERS)
      for (let i = 0; i < SESSIONS_PER_BUYER; i++) sessions.push(new Session(`http://127.0.0.1:${proxy.port}`, buyer));
    await Promise.all(sessions.map((s) => s.open()));
    // The cart page renders the submission form with its own idempotency key once the cart has a line.
    const added = await sessions[0]!.add(offerIds[0]!);
    expect(added.status).toBe(302);
    const cartPage = await sessions[0]!.client.get(CART);
    expect(cartPage.body).toMatch(/name="idempotencyKey" value="[A-Za-z0-9_-]{16,64}"/);

    const attempts: Attempt[] = [];
    const inFlightSubmits = new Set<Attempt>();
    let acked = 0;
    let killed = false;
    let holding = false;
    let holds = 0;
    let inFlightAtKill = 0;
    let ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
    let done!: () => void;
    const killNow = new Promise<void>((resolve) => {
      done = resolve;
    });
    const killServer = () => {
      if (killed) return;
      killed = true;
      inFlightAtKill = inFlightSubmits.size;
      ended = first.kill("SIGKILL");
      done();
    };
    // The crash: once enough submissions were acknowledged, the answers are held back while the
    // server goes on working; as soon as one of the submissions under way has committed (visible
    // in the database) the server is killed. That submission landed but its answer never reached
    // the client; the others under way had not committed yet, or were never answered either.
    // When none commits within 3 s (all refused), the answers are let through and it tries again.
    const crashSoon = async () => {
      holding = true;
      holds += 1;
      proxy.hold();
      const deadline = performance.now() + 3_000;
      while (!killed && performance.now() < deadline) {
        const keys = [...inFlightSubmits].map((a) => a.key);
        if (keys.length === 0) break;
        const landed = await db!.query("SELECT 1 FROM ordering.submissions WHERE idempotency_key = ANY($1) LIMIT 1", [keys]);
        if (landed.rowCount) return killServer();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      proxy.release();
      holding = false;
    };
    const loop = async (session: Session, index: number) => {
      for (let round = 0; !killed; round++) {
        try {
          await session.add(offerIds[(index + round) % offerIds.length]!);
        } catch {
          return; // the server is gone
        }
        if (killed) return;
        const attempt: Attempt = { buyer: session.buyer, key: newKey(), outcome: "pending" };
        attempts.push(attempt);
        inFlightSubmits.add(attempt);
        const answer = session.submit(attempt.key);
        if (acked >= ACKED_BEFORE_KILL && !holding && holds < 20) void crashSoon();
        let response: HttpResponse;
        try {
          response = await answer;
        } catch {
          attempt.outcome = "unknown";
          return;
        } finally {
          inFlightSubmits.delete(attempt);
        }
        attempt.status = response.status;
        attempt.location = pathOf(response.location);
        if (response.status === 302 && SUCCESS.test(attempt.location)) {
          attempt.outcome = "acked";
          acked += 1;
        } else {
          attempt.outcome = "refused";
        }
      }
    };
    const loops = Promise.all(sessions.map((session, index) => loop(session, index)));
    const watchdog = setTimeout(killServer, 30_000);
    await Promise.race([killNow, loops.then(() => undefined)]);
    clearTimeout(watchdog);
    killServer();
    expect((await ended!).signal).toBe("SIGKILL");
    await loops;
    await proxy.close();
    for (const attempt of attempts) if (attempt.outcome === "pending") attempt.outcome = "unknown";

    const ackedAttempts = attempts.filter((a) => a.outcome === "acked");
    const unknown = attempts.filter((a) => a.outcome === "unknown");
    const refused = attempts.filter((a) => a.outcome === "refused");
    // The kill came in the middle of the burst, with submissions under way.
    expect(ackedAttempts.length).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL);
    expect(inFlightAtKill).toBeGreaterThanOrEqual(1);
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    // Refusals only from the shared cart being emptied by the other session (400), never a 5xx.
    for (const attempt of refused) expect(attempt.status).toBe(400);

    // A fresh process on the same database.
    const second = await spawnServer(env);
    servers.push(second);
    await waitReady(second);
    const after: Record<string, Session> = {};
    for (const buyer of BUYERS) {
      after[buyer] = new Session(second.url, buyer);
      await after[buyer]!.open();
    }

    const ordersOf = async (key: string) =>
      (
        await db!.query<{ id: string }>(
          `SELECT o.id FROM ordering.orders o JOIN ordering.submissions s ON s.id = o.submission_id
           WHERE s.idempotency_key = $1 ORDER BY o.id`,
          [key],
        )
      ).rows.map((r) => r.id);
    // What landed of the unanswered submissions before the crash.
    const landedBefore = new Map<string, string[]>();
    for (const attempt of unknown) landedBefore.set(attempt.key, await ordersOf(attempt.key));

    // Retries. A submission that never landed submits the cart as it is now: put a line in it
    // first (the shared cart may have been emptied by another session's submission).
    for (const attempt of unknown) {
      const session = after[attempt.buyer]!;
      if (landedBefore.get(attempt.key)!.length === 0) expect((await session.add(offerIds[0]!)).status).toBe(302);
      const retry = await session.submit(attempt.key);
      expect(retry.status, `retry of ${attempt.key}: ${retry.body.slice(0, 300)}`).toBe(302);
      const location = pathOf(retry.location);
      expect(location).toMatch(SUCCESS);
      const again = await session.submit(attempt.key);
      expect(again.status).toBe(302);
      expect(pathOf(again.location)).toBe(location);
      const orders = await ordersOf(attempt.key);
      expect(orders.length).toBeGreaterThanOrEqual(1);
      const before = landedBefore.get(attempt.key)!;
      if (before.length > 0) expect(orders).toEqual(before); // a replay: the orders of the first submission
      if (orders.length === 1) expect(location).toBe(`/aankopen/bestellingen/${orders[0]}`);
      attempt.outcome = "acked";
      attempt.location = location;
    }
    // Acknowledged keys submitted again: the same answer and no new orders.
    for (const attempt of ackedAttempts) {
      const before = await ordersOf(attempt.key);
      const again = await after[attempt.buyer]!.submit(attempt.key);
      expect(again.status).toBe(302);
      expect(pathOf(again.location)).toBe(attempt.location);
      expect(await ordersOf(attempt.key)).toEqual(before);
    }

    // The database: one submission per acknowledged key, in the buyer's organisation.
    const keys = attempts.map((a) => a.key);
    const { rows: submissions } = await db.query<{ key: string; organisation_id: string; orders: string[] }>(
      `SELECT s.idempotency_key AS key, s.organisation_id,
              coalesce(array_agg(o.id ORDER BY o.id) FILTER (WHERE o.id IS NOT NULL), '{}') AS orders
       FROM ordering.submissions s LEFT JOIN ordering.orders o ON o.submission_id = s.id
       WHERE s.idempotency_key = ANY($1) GROUP BY s.id`,
      [keys],
    );
    const byKey = new Map<string, (typeof submissions)[number][]>();
    for (const row of submissions) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    const organisationOf = new Map<string, Set<string>>();
    for (const attempt of attempts) {
      const rows = byKey.get(attempt.key) ?? [];
      if (attempt.outcome === "refused") {
        expect(rows, `refused ${attempt.key} left a submission`).toHaveLength(0);
        continue;
      }
      expect(rows, `acknowledged ${attempt.key}`).toHaveLength(1);
      const [row] = rows;
      expect(row!.orders.length).toBeGreaterThanOrEqual(1);
      const single = /\/([0-9a-f-]{36})$/.exec(attempt.location ?? "")?.[1];
      if (single) expect(row!.orders).toEqual([single]);
      else expect(row!.orders.length).toBeGreaterThanOrEqual(2);
      organisationOf.set(attempt.buyer, (organisationOf.get(attempt.buyer) ?? new Set()).add(row!.organisation_id));
    }
    const organisations = BUYERS.map((buyer) => [...(organisationOf.get(buyer) ?? [])]);
    for (const list of organisations) expect(list).toHaveLength(1);
    const organisationIds = organisations.map((list) => list[0]!);
    expect(new Set(organisationIds).size).toBe(2);

    // Per organisation: as many submissions since the start as distinct keys, as many as we acknowledged.
    for (const [index, organisationId] of organisationIds.entries()) {
      const { rows } = await db.query<{ submissions: number; keys: number }>(
        `SELECT count(*)::int AS submissions, count(DISTINCT idempotency_key)::int AS keys
         FROM ordering.submissions WHERE organisation_id = $1 AND created_at >= $2`,
        [organisationId, startedAt],
      );
      const expected = attempts.filter((a) => a.buyer === BUYERS[index] && a.outcome === "acked").length;
      expect(rows[0]).toEqual({ submissions: expected, keys: expected });
    }

    // No order since the start outside our acknowledged submissions, and every order whole.
    const { rows: orders } = await db.query<{
      id: string;
      key: string | null;
      lines: number;
      events: number;
      excl: string;
      vat: string;
      line_excl: string | null;
      line_vat: string | null;
    }>(
      `SELECT o.id, s.idempotency_key AS key,
              (SELECT count(*)::int FROM ordering.order_lines l WHERE l.order_id = o.id) AS lines,
              (SELECT count(*)::int FROM ordering.order_events e WHERE e.order_id = o.id AND e.kind = 'submitted') AS events,
              o.total_excl_cents AS excl, o.total_vat_cents AS vat,
              (SELECT sum(l.unit_price_cents::bigint * l.quantity) FROM ordering.order_lines l WHERE l.order_id = o.id) AS line_excl,
              (SELECT sum(round(l.unit_price_cents::numeric * l.quantity * l.vat_rate / 100)) FROM ordering.order_lines l
                WHERE l.order_id = o.id) AS line_vat
       FROM ordering.orders o LEFT JOIN ordering.submissions s ON s.id = o.submission_id
       WHERE o.organisation_id = ANY($1) AND o.submitted_at >= $2`,
      [organisationIds, startedAt],
    );
    // Nothing put in a cart was lost or doubled: every unit whose adding was answered is in an
    // order of ours or still in the cart, and nothing more than what was sent.
    const unitsInCarts = await cartBefore();
    for (const [index, organisationId] of organisationIds.entries()) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT coalesce(sum(l.quantity), 0)::int AS n FROM ordering.order_lines l
         JOIN ordering.orders o ON o.id = l.order_id WHERE o.organisation_id = $1 AND o.submitted_at >= $2`,
        [organisationId, startedAt],
      );
      const held = rows[0]!.n + (unitsInCarts.get(organisationId) ?? 0) - (unitsInCartsAtStart.get(organisationId) ?? 0);
      const sent = units.get(BUYERS[index]!)!;
      expect(held, `units of ${BUYERS[index]} (ordered + in the cart)`).toBeGreaterThanOrEqual(sent.acked);
      expect(held, `units of ${BUYERS[index]} (ordered + in the cart)`).toBeLessThanOrEqual(sent.acked + sent.unknown);
    }
    const ackedKeys = new Set(attempts.filter((a) => a.outcome === "acked").map((a) => a.key));
    expect(orders.length).toBe(submissions.reduce((sum, row) => sum + row.orders.length, 0));
    for (const order of orders) {
      expect(ackedKeys.has(order.key ?? ""), `order ${order.id} of an unknown submission`).toBe(true);
      expect(order.lines, `order ${order.id} has no lines`).toBeGreaterThanOrEqual(1);
      expect(order.events).toBe(1);
      expect(Number(order.line_excl)).toBe(Number(order.excl));
      expect(Number(order.line_vat)).toBe(Number(order.vat));
    }
    const { rows: split } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT submission_id FROM ordering.orders WHERE organisation_id = ANY($1) AND submitted_at >= $2
         GROUP BY submission_id HAVING count(*) <> count(DISTINCT supplier_id)) d`,
      [organisationIds, startedAt],
    );
    expect(split[0]!.n).toBe(0);

    const landed = [...landedBefore.values()].filter((ids) => ids.length > 0).length;
    // At least one unanswered submission had landed: its retry above was a replay.
    expect(landed).toBeGreaterThanOrEqual(1);
    console.log(
      `crash test: ${attempts.length} submissions, ${ackedAttempts.length} acknowledged before the kill, ` +
        `${refused.length} refused (cart emptied by the other session), ${unknown.length} unanswered ` +
        `(${landed} had landed before the kill, ${unknown.length - landed} had not), ${orders.length} orders checked`,
    );
  });
});
