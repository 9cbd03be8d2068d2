// Training managers: assign courses to members of their own organisation (one by one, by role,
// by cohort or from a CSV) with a due date; the dashboard of members × courses; its xlsx export;
// and the training evidence the security self-assessment (CyberFundamentals PR.AT) reads.
import { parse } from "csv-parse/sync";
import { asc, eq, inArray, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { Db } from "../../db/client.server.ts";
import { type Failure, membersOf } from "../identity/index.server.ts";
import { queueMail, recordAudit } from "../platform/index.server.ts";
import { getCourse, publishedVersion } from "./courses.server.ts";
import { addMonths, enrol } from "./progress.server.ts";
import { courseAssignments, courses, enrolments, learningCohortMembers, learningCohorts, lessonProgress } from "./schema.ts";
import { isUuid, MAX_CSV_BYTES, type ProgressState } from "./shared.ts";

const fail = (error: string, field?: string, extra: Record<string, unknown> = {}): Failure & Record<string, unknown> => ({
  ok: false,
  error,
  field,
  ...extra,
});

/** Active members of the organisation (never anyone else's people). */
export async function activeMembers(db: Db, organisationId: string) {
  return (await membersOf(db, organisationId)).filter((m) => m.status === "active");
}

export type AssignTarget = { personIds: string[]; cohortId?: string | null };

/**
 * Assigns a published course to members of the organisation, with a due date. Every person must
 * be an active member (a foreign id refuses the whole batch); each is enrolled on the published
 * version and told by mail. An existing assignment gets the new due date.
 */
export async function assignCourse(
  db: Db,
  actor: { personId: string; ip?: string },
  organisationId: string,
  input: { courseId: string; dueOn: string | null; personIds: string[]; cohortId?: string | null; baseUrl?: string },
) {
  const course = await getCourse(db, input.courseId);
  if (!course || course.archivedAt || !(await publishedVersion(db, course.id)))
    return fail("learning.assign.chooseCourse", "courseId");
  const members = await activeMembers(db, organisationId);
  const byId = new Map(members.map((m) => [m.personId, m]));
  const ids = [...new Set(input.personIds)];
  if (ids.length === 0) return fail("learning.assign.nobody", "personIds");
  if (ids.some((id) => !isUuid(id) || !byId.has(id))) return fail("learning.assign.notMember", "personIds");
  if (input.dueOn && input.dueOn < new Date().toISOString().slice(0, 10)) return fail("learning.assign.dueInPast", "dueOn");
  await db.transaction(async (tx) => {
    for (const personId of ids) {
      await tx
        .insert(courseAssignments)
        .values({
          organisationId,
          courseId: course.id,
          personId,
          dueOn: input.dueOn,
          cohortId: input.cohortId ?? null,
          assignedBy: actor.personId,
        })
        .onConflictDoUpdate({
          target: [courseAssignments.organisationId, courseAssignments.courseId, courseAssignments.personId],
          set: { dueOn: input.dueOn, assignedBy: actor.personId, assignedAt: new Date() },
        });
      const enrolled = await enrol(tx, personId, course.id, "assigned");
      if (!enrolled.ok) throw new Error(enrolled.error);
      const member = byId.get(personId)!;
      if (member.email) {
        const url = `${input.baseUrl ?? ""}/leren/cursus/${course.slug}`;
        await queueMail(tx, {
          to: member.email,
          template: "learning.assigned",
          subject: `Opleiding toegewezen: ${course.title}`,
          text: [
            `Beste ${member.name},`,
            "",
            `Uw organisatie vraagt u de opleiding "${course.title}" te volgen${input.dueOn ? ` tegen ${input.dueOn}` : ""}.`,
            "",
            `Naar de opleiding: ${url}`,
            "",
            "VlaVirGem",
          ].join("\n"),
        });
      }
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: actor.ip ?? null,
      action: "learning.course.assigned",
      targetType: "course",
      targetId: course.id,
      details: { people: ids.length, dueOn: input.dueOn, cohortId: input.cohortId ?? null },
    });
  });
  return { ok: true as const, value: { count: ids.length, courseTitle: course.title } };
}

/** The active members with a role (every active member for "medewerker"). */
export async function membersWithRole(db: Db, organisationId: string, role: string) {
  const members = await activeMembers(db, organisationId);
  return role === "medewerker" ? members : members.filter((m) => m.roles.includes(role));
}

/**
 * Reads a CSV of members to assign: a column "e-mail" (or "email"), optionally "vervaldatum"
 * (YYYY-MM-DD or DD/MM/YYYY), separated by ; or ,. Every row must be a member of the
 * organisation; otherwise nothing is assigned and the bad lines are listed.
 */
export async function assignFromCsv(
  db: Db,
  actor: { personId: string; ip?: string },
  organisationId: string,
  input: { courseId: string; dueOn: string | null; csv: string; baseUrl?: string },
) {
  if (Buffer.byteLength(input.csv) > MAX_CSV_BYTES) return fail("learning.csv.tooLarge", "csv");
  let records: Record<string, string>[];
  try {
    const head = input.csv.split(/\r?\n/, 1)[0] ?? "";
    records = parse(input.csv, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter: head.includes(";") ? ";" : ",",
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch {
    return fail("learning.csv.unreadable", "csv");
  }
  const emailKey = ["e-mail", "email", "e-mailadres", "emailadres"].find((key) => records[0] && key in records[0]);
  if (!emailKey || records.length === 0) return fail("learning.csv.noEmailColumn", "csv");
  const members = await activeMembers(db, organisationId);
  const byEmail = new Map(members.filter((m) => m.email).map((m) => [m.email!.toLowerCase(), m]));
  const bad: number[] = [];
  const groups = new Map<string, string[]>();
  records.forEach((record, index) => {
    const member = byEmail.get((record[emailKey] ?? "").toLowerCase());
    const rawDue = (record.vervaldatum ?? record.due ?? "").trim();
    const due = rawDue === "" ? (input.dueOn ?? "") : toIsoDate(rawDue);
    if (!member || due === null) {
      bad.push(index + 2);
      return;
    }
    groups.set(due, [...(groups.get(due) ?? []), member.personId]);
  });
  if (bad.length) return fail("learning.csv.badRows", "csv", { lines: bad.slice(0, 20).join(", ") });
  let total = 0;
  let title = "";
  for (const [due, personIds] of groups) {
    const result = await assignCourse(db, actor, organisationId, {
      courseId: input.courseId,
      dueOn: due || null,
      personIds,
      baseUrl: input.baseUrl,
    });
    if (!result.ok) return result;
    total += result.value.count;
    title = result.value.courseTitle;
  }
  return { ok: true as const, value: { count: total, courseTitle: title } };
}

function toIsoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2]!.padStart(2, "0"), be[1]!.padStart(2, "0")] : [];
  if (!y) return null;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}` ? null : `${y}-${m}-${d}`;
}

// ---------------------------------------------------------------------------------------------
// Cohorts
// ---------------------------------------------------------------------------------------------

export async function listCohorts(db: Db, organisationId: string) {
  const rows = await db
    .select()
    .from(learningCohorts)
    .where(eq(learningCohorts.organisationId, organisationId))
    .orderBy(asc(learningCohorts.name));
  const members = rows.length
    ? await db
        .select()
        .from(learningCohortMembers)
        .where(
          inArray(
            learningCohortMembers.cohortId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((row) => ({ ...row, personIds: members.filter((m) => m.cohortId === row.id).map((m) => m.personId) }));
}

export async function createCohort(db: Db, actorId: string, organisationId: string, name: string, personIds: string[]) {
  const members = new Set((await activeMembers(db, organisationId)).map((m) => m.personId));
  if (personIds.some((id) => !members.has(id))) return fail("learning.assign.notMember", "personIds");
  const existing = (await listCohorts(db, organisationId)).find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (existing) return fail("learning.cohort.nameTaken", "name");
  return db.transaction(async (tx) => {
    const [cohort] = await tx.insert(learningCohorts).values({ organisationId, name, createdBy: actorId }).returning();
    if (personIds.length) {
      await tx
        .insert(learningCohortMembers)
        .values([...new Set(personIds)].map((personId) => ({ cohortId: cohort!.id, personId })));
    }
    await recordAudit(tx, {
      actorId,
      organisationId,
      action: "learning.cohort.created",
      targetType: "cohort",
      targetId: cohort!.id,
    });
    return { ok: true as const, value: cohort! };
  });
}

/** The organisation's own cohort (a foreign id is "not found"). */
export async function getCohort(db: Db, organisationId: string, cohortId: string) {
  if (!isUuid(cohortId)) return undefined;
  return (await listCohorts(db, organisationId)).find((c) => c.id === cohortId);
}

export async function deleteCohort(db: Db, actorId: string, organisationId: string, cohortId: string) {
  const cohort = await getCohort(db, organisationId, cohortId);
  if (!cohort) return fail("learning.cohort.notFound");
  await db.transaction(async (tx) => {
    await tx.delete(learningCohorts).where(eq(learningCohorts.id, cohort.id));
    await recordAudit(tx, {
      actorId,
      organisationId,
      action: "learning.cohort.deleted",
      targetType: "cohort",
      targetId: cohort.id,
    });
  });
  return { ok: true as const };
}

// ---------------------------------------------------------------------------------------------
// Dashboard
// ---------------------------------------------------------------------------------------------

export type DashboardCell = {
  state: ProgressState;
  dueOn: string | null;
  completedAt: string | null;
  validUntil: string | null;
  overdue: boolean;
};

/**
 * Members × courses of the organisation: every course assigned there or followed by a member.
 * "expired": the completion's validity has passed. Also the share trained per role and what
 * expires within 30 days.
 */
export async function progressDashboard(db: Db, organisationId: string, now = new Date()) {
  const members = await activeMembers(db, organisationId);
  const personIds = members.map((m) => m.personId);
  const assigned = await db.select().from(courseAssignments).where(eq(courseAssignments.organisationId, organisationId));
  // One statement for the members' enrolments, with whether any lesson was done (an EXISTS per
  // enrolment on lesson_progress's primary key) — the members passed as one array parameter.
  const enrolled = personIds.length
    ? await db
        .select({
          id: enrolments.id,
          personId: enrolments.personId,
          courseId: enrolments.courseId,
          completedAt: enrolments.completedAt,
          lastActivityAt: enrolments.lastActivityAt,
          started: sql<boolean>`exists (select 1 from ${lessonProgress} where ${lessonProgress.enrolmentId} = ${enrolments.id})`,
        })
        .from(enrolments)
        .where(sql`${enrolments.personId} = any(${sql.param(personIds)}::uuid[])`)
    : [];
  const courseIds = [...new Set([...assigned.map((a) => a.courseId), ...enrolled.map((e) => e.courseId)])];
  const courseRows = courseIds.length
    ? await db.select().from(courses).where(inArray(courses.id, courseIds)).orderBy(asc(courses.title))
    : [];
  const today = now.toISOString().slice(0, 10);
  const soon = new Date(now.getTime() + 30 * 86_400_000);
  const cells = new Map<string, DashboardCell>();
  const expiring: { personId: string; name: string; courseTitle: string; validUntil: string }[] = [];
  // Indexed by person and course: the dashboard must stay fast for thousands of staff.
  const assignmentOf = new Map(assigned.map((a) => [`${a.personId}:${a.courseId}`, a]));
  const enrolmentOf = new Map(enrolled.map((e) => [`${e.personId}:${e.courseId}`, e]));
  for (const member of members) {
    for (const course of courseRows) {
      const assignment = assignmentOf.get(`${member.personId}:${course.id}`);
      const enrolment = enrolmentOf.get(`${member.personId}:${course.id}`);
      if (!assignment && !enrolment) continue;
      const completedAt = enrolment?.completedAt ?? null;
      const validUntil = completedAt && course.validityMonths ? addMonths(completedAt, course.validityMonths) : null;
      const state: ProgressState = completedAt
        ? validUntil && validUntil < now
          ? "expired"
          : "completed"
        : enrolment && (enrolment.started || enrolment.lastActivityAt)
          ? "in_progress"
          : assignment
            ? "assigned"
            : "not_started";
      if (validUntil && validUntil >= now && validUntil <= soon) {
        expiring.push({
          personId: member.personId,
          name: member.name,
          courseTitle: course.title,
          validUntil: validUntil.toISOString(),
        });
      }
      cells.set(`${member.personId}:${course.id}`, {
        state,
        dueOn: assignment?.dueOn ?? null,
        completedAt: completedAt?.toISOString() ?? null,
        validUntil: validUntil?.toISOString() ?? null,
        overdue: Boolean(assignment?.dueOn && assignment.dueOn < today && state !== "completed"),
      });
    }
  }
  const roles = [...new Set(members.flatMap((m) => (m.roles.length ? m.roles : ["medewerker"])))].sort();
  const isTrained = (personId: string) => courseRows.some((c) => cells.get(`${personId}:${c.id}`)?.state === "completed");
  const perRole = roles.map((role) => {
    const holders = members.filter((m) => (m.roles.length ? m.roles : ["medewerker"]).includes(role));
    const trained = holders.filter((m) => isTrained(m.personId)).length;
    return { role, members: holders.length, trained, share: holders.length ? Math.round((trained * 100) / holders.length) : 0 };
  });
  return {
    members: members.map((m) => ({ personId: m.personId, name: m.name, email: m.email, roles: m.roles })),
    courses: courseRows.map((c) => ({ id: c.id, title: c.title, slug: c.slug })),
    cells: Object.fromEntries(cells),
    perRole,
    expiring: expiring.sort((a, b) => a.validUntil.localeCompare(b.validUntil)),
    overdue: [...cells.values()].filter((cell) => cell.overdue).length,
  };
}

export type ProgressDashboard = Awaited<ReturnType<typeof progressDashboard>>;

/** The dashboard as an xlsx workbook: one sheet members × courses, one per role. */
export async function dashboardWorkbook(
  dashboard: ProgressDashboard,
  labels: Record<ProgressState, string> & {
    member: string;
    email: string;
    role: string;
    members: string;
    trained: string;
    share: string;
    matrix: string;
    roles: string;
  },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "VlaVirGem";
  const sheet = workbook.addWorksheet(labels.matrix);
  sheet.addRow([labels.member, labels.email, ...dashboard.courses.map((c) => c.title)]).font = { bold: true };
  for (const member of dashboard.members) {
    sheet.addRow([
      member.name,
      member.email ?? "",
      ...dashboard.courses.map((course) => {
        const cell = dashboard.cells[`${member.personId}:${course.id}`];
        if (!cell) return "";
        const date = cell.completedAt ? ` (${cell.completedAt.slice(0, 10)})` : cell.dueOn ? ` (${cell.dueOn})` : "";
        return `${labels[cell.state]}${date}`;
      }),
    ]);
  }
  for (const column of sheet.columns) column.width = 28;
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  const roles = workbook.addWorksheet(labels.roles);
  roles.addRow([labels.role, labels.members, labels.trained, labels.share]).font = { bold: true };
  for (const row of dashboard.perRole) roles.addRow([row.role, row.members, row.trained, row.share / 100]);
  roles.getColumn(4).numFmt = "0%";
  for (const column of roles.columns) column.width = 22;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Evidence that users are informed and trained (CyberFundamentals PR.AT): per course the members
 * who completed it (and whose completion is still valid), and the share trained per role.
 */
export async function trainingEvidence(db: Db, organisationId: string, now = new Date()) {
  const dashboard = await progressDashboard(db, organisationId, now);
  const perCourse = dashboard.courses.map((course) => {
    const states = dashboard.members.map((m) => dashboard.cells[`${m.personId}:${course.id}`]?.state);
    return {
      courseId: course.id,
      title: course.title,
      slug: course.slug,
      completed: states.filter((s) => s === "completed").length,
      expired: states.filter((s) => s === "expired").length,
      inProgress: states.filter((s) => s === "in_progress").length,
      assigned: states.filter((s) => s === "assigned").length,
    };
  });
  const trained = dashboard.members.filter((m) =>
    dashboard.courses.some((c) => dashboard.cells[`${m.personId}:${c.id}`]?.state === "completed"),
  ).length;
  return {
    organisationId,
    generatedAt: now.toISOString(),
    members: dashboard.members.length,
    trainedMembers: trained,
    trainedShare: dashboard.members.length ? Math.round((trained * 100) / dashboard.members.length) : 0,
    perRole: dashboard.perRole,
    perCourse,
    expiringSoon: dashboard.expiring.length,
  };
}

/** Published courses a manager may assign (id and title). */
export async function assignableCourses(db: Db) {
  const rows = await db
    .select({ id: courses.id, title: courses.title, archivedAt: courses.archivedAt })
    .from(courses)
    .orderBy(asc(courses.title));
  const out: { id: string; title: string }[] = [];
  for (const row of rows) if (!row.archivedAt && (await publishedVersion(db, row.id))) out.push({ id: row.id, title: row.title });
  return out;
}

/** Assignments of the organisation, newest first (for the manager's overview). */
export async function assignmentsOf(db: Db, organisationId: string) {
  return db
    .select({
      id: courseAssignments.id,
      personId: courseAssignments.personId,
      courseId: courseAssignments.courseId,
      courseTitle: courses.title,
      dueOn: courseAssignments.dueOn,
      assignedAt: courseAssignments.assignedAt,
    })
    .from(courseAssignments)
    .innerJoin(courses, eq(courses.id, courseAssignments.courseId))
    .where(eq(courseAssignments.organisationId, organisationId))
    .orderBy(asc(courses.title));
}

/** A person's open assignments (all organisations), for "mijn opleidingen". */
export async function assignmentsFor(db: Db, personId: string) {
  return db
    .select({
      courseId: courseAssignments.courseId,
      dueOn: courseAssignments.dueOn,
      organisationId: courseAssignments.organisationId,
    })
    .from(courseAssignments)
    .where(eq(courseAssignments.personId, personId));
}
