// In-portal notifications and e-mails about orders: every change tells the other side (the
// members of the organisation holding the right permission), in the same transaction.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { translator } from "../../i18n/index.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { getOrganisation, membersOf } from "../identity/index.server.ts";
import { type Permission, permissionsOf } from "../identity/shared.ts";
import { queueMail } from "../platform/index.server.ts";
import { orderNotifications } from "./schema.ts";

export type NotifyInput = {
  organisationId: string;
  /** Everyone with this permission in the organisation is told… */
  permission?: Permission;
  /** …and these people (e.g. the buyer who submitted). */
  personIds?: (string | null | undefined)[];
  /** Never the person who made the change. */
  exceptPersonId?: string | null;
  orderId: string;
  kind: string;
  href: string;
  vars: Record<string, string | number>;
  baseUrl?: string;
};

/** Records a notification per person told and queues one e-mail each (Dutch, then English). */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<number> {
  const recipients = new Map<string, string | null>();
  const organisation = await getOrganisation(tx, input.organisationId);
  if (!organisation) return 0;
  const members = (await membersOf(tx as Db, input.organisationId)).filter((m) => m.status === "active");
  for (const member of members) {
    const granted = input.permission ? permissionsOf(organisation.type, member.roles).has(input.permission) : false;
    if (granted || input.personIds?.includes(member.personId)) recipients.set(member.personId, member.email);
  }
  if (input.exceptPersonId) recipients.delete(input.exceptPersonId);
  const nl = translator("nl");
  const en = translator("en");
  const subjectKey = `ordering.notification.${input.kind}` as MessageKey;
  const link = `${input.baseUrl ?? ""}${input.href}`;
  for (const [personId, email] of recipients) {
    await tx.insert(orderNotifications).values({
      personId,
      organisationId: input.organisationId,
      orderId: input.orderId,
      kind: input.kind,
      href: input.href,
      vars: input.vars,
    });
    if (email) {
      await queueMail(tx, {
        to: email,
        subject: `${nl.t(subjectKey, input.vars)} | VlaVirGem`,
        text: [
          nl.t(subjectKey, input.vars),
          nl.t("ordering.mail.open", { link }),
          "",
          "—",
          "",
          en.t(subjectKey, input.vars),
          en.t("ordering.mail.open", { link }),
        ].join("\n"),
        template: `ordering.${input.kind}`,
      });
    }
  }
  return recipients.size;
}

/** A person's notifications, the newest first. */
export async function listNotifications(db: DbOrTx, personId: string, limit = 100) {
  return db
    .select()
    .from(orderNotifications)
    .where(eq(orderNotifications.personId, personId))
    .orderBy(desc(orderNotifications.createdAt), desc(orderNotifications.id))
    .limit(limit);
}

export async function unreadNotificationCount(db: DbOrTx, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orderNotifications)
    .where(and(eq(orderNotifications.personId, personId), isNull(orderNotifications.readAt)));
  return row?.n ?? 0;
}

/** Marks all of a person's notifications read; returns how many were unread. */
export async function markNotificationsRead(db: DbOrTx, personId: string): Promise<number> {
  const rows = await db
    .update(orderNotifications)
    .set({ readAt: new Date() })
    .where(and(eq(orderNotifications.personId, personId), isNull(orderNotifications.readAt)))
    .returning({ id: orderNotifications.id });
  return rows.length;
}
