import { describe, expect, it } from "vitest";
import { createPerson, TEST_PASSWORD } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { IdentityContext } from "./context.ts";
import { actorFromSession } from "./actor.server.ts";
import { login, registerPerson, requestPasswordReset, resetPassword, verifyEmail } from "./accounts.server.ts";
import { findSession } from "./sessions.server.ts";

const database = await createTestDatabase();
const ctx = (ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`): IdentityContext => ({
  database,
  baseUrl: "http://portal.test",
  ip,
  locale: "nl",
});

async function lastMailTo(to: string) {
  const [row] = await database.query<{ subject: string; text_body: string; template: string }>(
    "SELECT subject, text_body, template FROM platform.outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1",
    [to],
  );
  return row;
}
const linkIn = (text: string, path: string) => text.match(new RegExp(`http://portal\\.test/${path}/([\\w-]+)`))?.[1];

describe("registration and login", () => {
  it("registers, verifies by the mailed link, logs in and finds the session", async () => {
    const email = `new-${Date.now()}@example.be`;
    expect(
      await registerPerson(ctx(), {
        name: "An Peeters",
        email,
        password: "paars-olifant-fietst-traag",
        passwordConfirm: "x",
        acceptPrivacy: true,
      }),
    ).toEqual({ ok: true });
    const mail = await lastMailTo(email);
    expect(mail?.template).toBe("verify_email");
    const token = linkIn(mail!.text_body, "e-mail-bevestigen")!;
    expect((await login(ctx(), email, "paars-olifant-fietst-traag", false)).ok).toBe(false);
    expect((await verifyEmail(ctx(), token)).ok).toBe(true);
    expect(await verifyEmail(ctx(), token)).toMatchObject({ ok: false, error: "token.used" });
    const result = await login(ctx(), email, "paars-olifant-fietst-traag", false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const found = await findSession(database.db, result.secret);
    expect(found?.person.email).toBe(email);
    const actor = await actorFromSession(database.db, result.secret);
    expect(actor?.name).toBe("An Peeters");
  });

  it("gives the same answer for a taken address and mails its owner instead", async () => {
    const person = await createPerson(database.db);
    const answer = await registerPerson(ctx(), {
      name: "X",
      email: person.email!,
      password: "paars-olifant-fietst-traag",
      passwordConfirm: "x",
      acceptPrivacy: true,
    });
    expect(answer).toEqual({ ok: true });
    expect((await lastMailTo(person.email!))?.template).toBe("already_registered");
  });

  it("refuses common passwords and passwords made of the e-mail address", async () => {
    const r1 = await registerPerson(ctx(), {
      name: "Y",
      email: `y-${Date.now()}@example.be`,
      password: "passwordpassword",
      passwordConfirm: "",
      acceptPrivacy: true,
    });
    expect(r1).toMatchObject({ ok: false, error: "validation.password.common", field: "password" });
    const r2 = await registerPerson(ctx(), {
      name: "Y",
      email: "jan.janssens@example.be",
      password: "jan.janssens2026!",
      passwordConfirm: "",
      acceptPrivacy: true,
    });
    expect(r2).toMatchObject({ ok: false, error: "validation.password.personal" });
  });

  it("answers a wrong password and an unknown address alike, and slows down repeated failures", async () => {
    const person = await createPerson(database.db);
    const ip = "192.0.2.77";
    const unknown = await login(ctx(ip), "nobody@example.be", TEST_PASSWORD, false);
    const wrong = await login(ctx(ip), person.email!, "wrong-password-123", false);
    expect(unknown).toEqual(wrong);
    for (let i = 0; i < 4; i++) await login(ctx(ip), person.email!, "wrong-password-123", false);
    const blocked = await login(ctx(ip), person.email!, TEST_PASSWORD, false);
    expect(blocked).toMatchObject({ ok: false, error: "auth.rateLimited" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("resets a password by a single-use link and ends every session", async () => {
    const person = await createPerson(database.db);
    const first = await login(ctx(), person.email!, TEST_PASSWORD, true);
    expect(first.ok).toBe(true);
    await requestPasswordReset(ctx(), person.email!);
    const token = linkIn((await lastMailTo(person.email!))!.text_body, "wachtwoord-herstellen")!;
    expect(await resetPassword(ctx(), token, "password12345")).toMatchObject({ ok: false, field: "password" });
    expect(await resetPassword(ctx(), token, "nieuw-en-lang-genoeg-42")).toEqual({ ok: true });
    expect(await resetPassword(ctx(), token, "nog-een-ander-wachtwoord")).toMatchObject({ ok: false, error: "token.used" });
    if (first.ok) expect(await findSession(database.db, first.secret)).toBeNull();
    expect((await login(ctx(), person.email!, "nieuw-en-lang-genoeg-42", false)).ok).toBe(true);
  });
});
