import net from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { runDueJobs } from "./jobs.server.ts";
import { createMailDeliveryHandler, MAIL_JOB, queueMail } from "./mail.server.ts";

const database = await createTestDatabase();

async function outboxRow(id: number) {
  const [row] = await database.query<{ status: string; last_error: string | null; sent_at: Date | null }>(
    "SELECT status, last_error, sent_at FROM platform.outbox WHERE id = $1",
    [id],
  );
  return row!;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const received: { to: string; subject: string; text: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push({
          to: mail.to ? (Array.isArray(mail.to) ? mail.to[0]!.text : mail.to.text) : "",
          subject: mail.subject ?? "",
          text: mail.text ?? "",
        });
        callback();
      })
      .catch(callback);
  },
});
const smtpPort = await freePort();
await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe("mail", () => {
  it("keeps a message in the outbox when no SMTP server is configured", async () => {
    const id = await queueMail(database.db, { to: "a@example.be", subject: "Welkom", text: "Hallo" });
    await runDueJobs(database, {
      [MAIL_JOB]: createMailDeliveryHandler(database.db, { from: "VlaVirGem <noreply@vlavirgem.be>" }),
    });
    expect((await outboxRow(id)).status).toBe("held");
  });

  it("delivers over SMTP and records it", async () => {
    const handler = createMailDeliveryHandler(database.db, {
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      from: "VlaVirGem <noreply@vlavirgem.be>",
      ignoreTls: true,
    });
    const to = `b-${Date.now()}@example.be`;
    const id = await queueMail(database.db, { to, subject: "Bevestig uw e-mailadres", text: "Klik op de link: https://x/1" });
    await runDueJobs(database, { [MAIL_JOB]: handler });
    const row = await outboxRow(id);
    expect(row.status).toBe("sent");
    expect(row.sent_at).not.toBeNull();
    const mail = received.find((m) => m.to === to);
    expect(mail?.subject).toBe("Bevestig uw e-mailadres");
    expect(mail?.text).toContain("https://x/1");
  });

  it("keeps the message and retries when the SMTP server cannot be reached", async () => {
    const deadPort = await freePort();
    const handler = createMailDeliveryHandler(database.db, {
      smtpUrl: `smtp://127.0.0.1:${deadPort}`,
      from: "x@vlavirgem.be",
      ignoreTls: true,
    });
    const id = await queueMail(database.db, { to: "c@example.be", subject: "S", text: "T" });
    await runDueJobs(database, { [MAIL_JOB]: handler });
    const row = await outboxRow(id);
    expect(row.status).toBe("pending");
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    const [job] = await database.query<{ status: string }>(
      "SELECT status FROM platform.jobs WHERE kind = $1 AND payload->>'outboxId' = $2",
      [MAIL_JOB, String(id)],
    );
    expect(job?.status).toBe("queued");
  });

  it("marks the message failed once the last try has failed", async () => {
    const deadPort = await freePort();
    const handler = createMailDeliveryHandler(database.db, {
      smtpUrl: `smtp://127.0.0.1:${deadPort}`,
      from: "x@vlavirgem.be",
      ignoreTls: true,
    });
    const id = await queueMail(database.db, { to: "d@example.be", subject: "S", text: "T" });
    await database.query("UPDATE platform.jobs SET max_attempts = 1 WHERE payload->>'outboxId' = $1", [String(id)]);
    await runDueJobs(database, { [MAIL_JOB]: handler });
    expect((await outboxRow(id)).status).toBe("failed");
  });

  it("queues nothing when the surrounding transaction rolls back", async () => {
    const to = `rollback-${Date.now()}@example.be`;
    await expect(
      database.db.transaction(async (tx) => {
        await queueMail(tx, { to, subject: "S", text: "T" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const rows = await database.query("SELECT id FROM platform.outbox WHERE to_address = $1", [to]);
    expect(rows).toEqual([]);
  });
});
