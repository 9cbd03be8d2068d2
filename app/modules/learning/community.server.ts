// The community steers the offer: regional knowledge circles (one per province) whose members
// propose course topics, vote (one vote per person per proposal: the primary key) and comment.
// Editors move proposals proposed → accepted → in production → published (with the course);
// voters and the proposer are told at each step, in the portal and by mail.
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { type Failure, findPerson, namesByIds } from "../identity/index.server.ts";
import { queueMail, recordAudit } from "../platform/index.server.ts";
import { getCourse } from "./courses.server.ts";
import {
  courseProposals,
  courses,
  knowledgeCircleMembers,
  knowledgeCircles,
  learningNotifications,
  proposalComments,
  proposalVotes,
} from "./schema.ts";
import { isUuid, PROPOSAL_NEXT, PROVINCES, type ProposalStatus } from "./shared.ts";

const fail = (error: string, field?: string): Failure => ({ ok: false, error, field });

/** The five circles; reference data, created idempotently. */
export async function ensureCircles(db: Db) {
  for (const { slug, province } of PROVINCES) {
    await db
      .insert(knowledgeCircles)
      .values({ slug, province, name: `Kenniskring ${province}` })
      .onConflictDoNothing();
  }
}

export async function listCircles(db: Db, personId: string | null) {
  const circles = await db.select().from(knowledgeCircles).orderBy(asc(knowledgeCircles.province));
  const members = await db
    .select({ circleId: knowledgeCircleMembers.circleId, n: count() })
    .from(knowledgeCircleMembers)
    .groupBy(knowledgeCircleMembers.circleId);
  const proposals = await db
    .select({ circleId: courseProposals.circleId, n: count() })
    .from(courseProposals)
    .groupBy(courseProposals.circleId);
  const mine = personId
    ? new Set(
        (
          await db
            .select({ circleId: knowledgeCircleMembers.circleId })
            .from(knowledgeCircleMembers)
            .where(eq(knowledgeCircleMembers.personId, personId))
        ).map((r) => r.circleId),
      )
    : new Set<string>();
  return circles.map((c) => ({
    ...c,
    members: members.find((m) => m.circleId === c.id)?.n ?? 0,
    proposals: proposals.find((p) => p.circleId === c.id)?.n ?? 0,
    isMember: mine.has(c.id),
  }));
}

export async function getCircleBySlug(db: Db, slug: string) {
  if (!/^[a-z-]{1,40}$/.test(slug)) return undefined;
  const [row] = await db.select().from(knowledgeCircles).where(eq(knowledgeCircles.slug, slug));
  return row;
}

export async function isCircleMember(db: Db, circleId: string, personId: string) {
  const [row] = await db
    .select({ id: knowledgeCircleMembers.personId })
    .from(knowledgeCircleMembers)
    .where(and(eq(knowledgeCircleMembers.circleId, circleId), eq(knowledgeCircleMembers.personId, personId)));
  return Boolean(row);
}

export async function setCircleMembership(db: Db, circleId: string, personId: string, join: boolean) {
  if (join) await db.insert(knowledgeCircleMembers).values({ circleId, personId }).onConflictDoNothing();
  else
    await db
      .delete(knowledgeCircleMembers)
      .where(and(eq(knowledgeCircleMembers.circleId, circleId), eq(knowledgeCircleMembers.personId, personId)));
}

/** The circle's proposals, most votes first, with whether the person voted. */
export async function proposalsOf(db: Db, circleId: string, personId: string | null) {
  const rows = await db
    .select()
    .from(courseProposals)
    .where(eq(courseProposals.circleId, circleId))
    .orderBy(desc(courseProposals.createdAt));
  return withVotes(db, rows, personId);
}

async function withVotes(db: Db, rows: (typeof courseProposals.$inferSelect)[], personId: string | null) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const votes = await db.select().from(proposalVotes).where(inArray(proposalVotes.proposalId, ids));
  const comments = await db
    .select({ proposalId: proposalComments.proposalId, n: count() })
    .from(proposalComments)
    .where(inArray(proposalComments.proposalId, ids))
    .groupBy(proposalComments.proposalId);
  const names = await namesByIds(
    db,
    rows.map((r) => r.authorId ?? ""),
    [],
  );
  return rows
    .map((r) => ({
      ...r,
      authorName: r.authorId ? (names.people[r.authorId] ?? "") : "",
      votes: votes.filter((v) => v.proposalId === r.id).length,
      voted: Boolean(personId && votes.some((v) => v.proposalId === r.id && v.personId === personId)),
      comments: comments.find((c) => c.proposalId === r.id)?.n ?? 0,
    }))
    .sort((a, b) => b.votes - a.votes || b.createdAt.getTime() - a.createdAt.getTime());
}

export async function getProposal(db: Db, id: string, personId: string | null) {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(courseProposals).where(eq(courseProposals.id, id));
  if (!row) return undefined;
  const [circle] = await db.select().from(knowledgeCircles).where(eq(knowledgeCircles.id, row.circleId));
  const [withCounts] = await withVotes(db, [row], personId);
  const comments = await db
    .select()
    .from(proposalComments)
    .where(eq(proposalComments.proposalId, row.id))
    .orderBy(asc(proposalComments.createdAt));
  const names = await namesByIds(
    db,
    comments.map((c) => c.authorId ?? ""),
    [],
  );
  const course = row.courseId ? await getCourse(db, row.courseId) : undefined;
  return {
    proposal: withCounts!,
    circle: circle!,
    course: course ? { slug: course.slug, title: course.title } : null,
    comments: comments.map((c) => ({ ...c, authorName: c.authorId ? (names.people[c.authorId] ?? "") : "" })),
  };
}

export async function propose(db: Db, personId: string, circleId: string, input: { title: string; description: string }) {
  if (!(await isCircleMember(db, circleId, personId))) return fail("learning.community.joinFirst");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(courseProposals)
      .values({ circleId, authorId: personId, ...input })
      .returning();
    // The proposer supports their own proposal.
    await tx.insert(proposalVotes).values({ proposalId: row!.id, personId }).onConflictDoNothing();
    return { ok: true as const, value: row! };
  });
}

/** One vote per person per proposal (a second vote changes nothing); members of the circle only. */
export async function vote(db: Db, personId: string, proposalId: string, on: boolean) {
  const found = await getProposal(db, proposalId, personId);
  if (!found) return fail("learning.community.notFound");
  if (!(await isCircleMember(db, found.circle.id, personId))) return fail("learning.community.joinFirst");
  if (found.proposal.status === "published" || found.proposal.status === "declined") return fail("learning.community.closed");
  if (on) await db.insert(proposalVotes).values({ proposalId, personId }).onConflictDoNothing();
  else await db.delete(proposalVotes).where(and(eq(proposalVotes.proposalId, proposalId), eq(proposalVotes.personId, personId)));
  return { ok: true as const };
}

export async function comment(db: Db, personId: string, proposalId: string, body: string) {
  const found = await getProposal(db, proposalId, personId);
  if (!found) return fail("learning.community.notFound");
  if (!(await isCircleMember(db, found.circle.id, personId))) return fail("learning.community.joinFirst");
  await db.insert(proposalComments).values({ proposalId, authorId: personId, body });
  return { ok: true as const };
}

const STATUS_NL: Record<ProposalStatus, string> = {
  proposed: "voorgesteld",
  accepted: "aanvaard",
  in_production: "in productie",
  published: "gepubliceerd",
  declined: "niet weerhouden",
};
const STATUS_EN: Record<ProposalStatus, string> = {
  proposed: "proposed",
  accepted: "accepted",
  in_production: "in production",
  published: "published",
  declined: "declined",
};

/**
 * An editor moves a proposal one step (see PROPOSAL_NEXT); "published" needs the course it became.
 * Everyone who voted (and the proposer) gets a notification in the portal and a mail.
 */
export async function moveProposal(
  db: Db,
  editorId: string,
  proposalId: string,
  input: { status: ProposalStatus; courseId?: string | null; baseUrl?: string },
) {
  const found = await getProposal(db, proposalId, null);
  if (!found) return fail("learning.community.notFound");
  const from = found.proposal.status;
  if (!PROPOSAL_NEXT[from].includes(input.status)) return fail("learning.community.badStep", "status");
  let courseId: string | null = found.proposal.courseId;
  if (input.status === "published") {
    const course = input.courseId ? await getCourse(db, input.courseId) : undefined;
    if (!course) return fail("learning.community.needCourse", "courseId");
    courseId = course.id;
  }
  const voters = await db
    .select({ personId: proposalVotes.personId })
    .from(proposalVotes)
    .where(eq(proposalVotes.proposalId, proposalId));
  const told = [...new Set([...voters.map((v) => v.personId), ...(found.proposal.authorId ? [found.proposal.authorId] : [])])];
  await db.transaction(async (tx) => {
    await tx
      .update(courseProposals)
      .set({ status: input.status, courseId, statusChangedAt: new Date() })
      .where(eq(courseProposals.id, proposalId));
    if (told.length) {
      await tx.insert(learningNotifications).values(told.map((personId) => ({ personId, proposalId, status: input.status })));
    }
    for (const personId of told) {
      const person = await findPerson(tx as unknown as Db, personId);
      if (!person?.email || person.erasedAt) continue;
      const en = person.locale === "en";
      const url = `${input.baseUrl ?? ""}/leren/voorstellen/${proposalId}`;
      await queueMail(tx, {
        to: person.email,
        locale: en ? "en" : "nl",
        template: "learning.proposal.status",
        subject: en
          ? `Course proposal "${found.proposal.title}": ${STATUS_EN[input.status]}`
          : `Opleidingsvoorstel "${found.proposal.title}": ${STATUS_NL[input.status]}`,
        text: en
          ? `Hello ${person.name},\n\nThe course proposal "${found.proposal.title}" you supported is now: ${STATUS_EN[input.status]}.\n\nSee the proposal: ${url}\n\nVlaVirGem`
          : `Beste ${person.name},\n\nHet opleidingsvoorstel "${found.proposal.title}" dat u steunde, is nu: ${STATUS_NL[input.status]}.\n\nBekijk het voorstel: ${url}\n\nVlaVirGem`,
      });
    }
    await recordAudit(tx, {
      actorId: editorId,
      action: "learning.proposal.moved",
      targetType: "proposal",
      targetId: proposalId,
      details: { from, to: input.status, courseId, told: told.length },
    });
  });
  return { ok: true as const, value: { told: told.length } };
}

/** The person's notifications about proposals, newest first, with the proposal's title. */
export async function notificationsFor(db: Db, personId: string, limit = 20) {
  return db
    .select({
      id: learningNotifications.id,
      proposalId: learningNotifications.proposalId,
      status: learningNotifications.status,
      createdAt: learningNotifications.createdAt,
      readAt: learningNotifications.readAt,
      title: courseProposals.title,
    })
    .from(learningNotifications)
    .innerJoin(courseProposals, eq(courseProposals.id, learningNotifications.proposalId))
    .where(eq(learningNotifications.personId, personId))
    .orderBy(desc(learningNotifications.createdAt))
    .limit(limit);
}

export async function markNotificationsRead(db: Db, personId: string) {
  await db
    .update(learningNotifications)
    .set({ readAt: new Date() })
    .where(and(eq(learningNotifications.personId, personId), isNull(learningNotifications.readAt)));
}

/** Courses an editor can link to a published proposal. */
export async function linkableCourses(db: Db) {
  return db.select({ id: courses.id, title: courses.title }).from(courses).orderBy(asc(courses.title));
}
