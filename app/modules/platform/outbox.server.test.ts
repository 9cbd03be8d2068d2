import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { runDueJobs } from "./jobs.server.ts";
import { createMailDeliveryHandler, MAIL_JOB, queueMail } from "./mail.server.ts";
import { countOutboxByStatus, getOutboxMessage, listOutboxPage } from "./outbox.server.ts";

const database = await createTestDatabase();
const { db } = database;

describe("outbox for the admin console", () => {
  it("lists newest first, pages, filters by status and by address or subject, and shows one message in full", async () => {
    const tag = randomBytes(4).toString("hex");
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        await queueMail(db, {
          to: `person-${i}-${tag}@example.be`,
          subject: `Bevestig uw adres ${tag} #${i}`,
          text: `Klik op http://portal.test/e-mail-bevestigen/secret-${tag}-${i}`,
          template: "verify_email",
        }),
      );
    }
    // Without SMTP the delivery job holds every message so that it stays readable here.
    await runDueJobs(database, { [MAIL_JOB]: createMailDeliveryHandler(db, { from: "portal@test" }) }, { workerId: "t" });

    const first = await listOutboxPage(db, { q: tag, pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((m) => m.id)).toEqual([ids[4], ids[3]]);
    expect(first.items[0]).not.toHaveProperty("textBody");
    const third = await listOutboxPage(db, { q: tag, pageSize: 2, page: 3 });
    expect(third.items.map((m) => m.id)).toEqual([ids[0]]);

    const held = await listOutboxPage(db, { q: tag, status: "held" });
    expect(held.total).toBe(5);
    expect(await listOutboxPage(db, { q: tag, status: "sent" })).toMatchObject({ total: 0, items: [] });
    expect((await listOutboxPage(db, { q: `person-2-${tag}` })).items.map((m) => m.id)).toEqual([ids[2]]);
    // LIKE wildcards in the search are taken literally.
    expect((await listOutboxPage(db, { q: `%${tag}` })).total).toBe(0);

    const message = await getOutboxMessage(db, String(ids[1]));
    expect(message?.textBody).toContain(`secret-${tag}-1`);
    expect(message?.status).toBe("held");
    expect(await getOutboxMessage(db, "abc")).toBeUndefined();
    expect(await getOutboxMessage(db, "-1")).toBeUndefined();
    expect(await getOutboxMessage(db, "999999999")).toBeUndefined();
  });

  it("counts messages per status", async () => {
    const before = await countOutboxByStatus(db);
    await queueMail(db, { to: "count@example.be", subject: "x", text: "y" });
    const after = await countOutboxByStatus(db);
    expect(after.pending).toBe(before.pending + 1);
    expect(after).toHaveProperty("failed");
    expect(after.held).toBe(before.held);
  });
});
