import { Link } from "react-router";
import type { Route } from "./+types/learning-assign";
import { forbidden, requireActor, requirePermission } from "../auth.server.ts";
import { FileField, TextAreaField } from "../components/learning/fields.tsx";
import {
  ActionForm,
  FormProblems,
  type FormState,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { TableRegion } from "../components/ui/table-region.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { membershipIn } from "../modules/identity/index.server.ts";
import { rolesFor } from "../modules/identity/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import {
  activeMembers,
  assignableCourses,
  assignCourse,
  assignFromCsv,
  assignmentsOf,
  createCohort,
  deleteCohort,
  getCohort,
  listCohorts,
  membersWithRole,
} from "../modules/learning/index.server.ts";
import { AssignFormSchema, CohortFormSchema, MAX_CSV_BYTES } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.assign.title", breadcrumb: "learning.assign.title" };

/** The active organisation, where the actor must hold learning.assign_courses (else 403). */
async function guard(request: Request) {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (!organisationId) return forbidden(request);
  await requirePermission(request, organisationId, "learning.assign_courses");
  return { actor, organisationId, organisationName: membershipIn(actor, organisationId)?.organisationName ?? "" };
}

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName, actor } = await guard(request);
  const { db } = getRuntime().database;
  const members = await activeMembers(db, organisationId);
  const names = Object.fromEntries(members.map((m) => [m.personId, m.name]));
  return {
    organisationName,
    roles: [...rolesFor(membershipIn(actor, organisationId)?.organisationType ?? "gemeente")],
    courses: await assignableCourses(db),
    members: members.map((m) => ({ personId: m.personId, name: m.name, email: m.email, roles: m.roles })),
    cohorts: (await listCohorts(db, organisationId)).map((c) => ({ id: c.id, name: c.name, size: c.personIds.length })),
    assignments: (await assignmentsOf(db, organisationId)).map((a) => ({
      id: a.id,
      name: names[a.personId] ?? "",
      courseTitle: a.courseTitle,
      dueOn: a.dueOn,
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, organisationId } = await guard(request);
  const { db } = getRuntime().database;
  const baseUrl = getRuntime().config.baseUrl;
  const ip = context.get(requestInfoContext).ip;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const problem = (errors: Record<string, string>, extra: Record<string, unknown> = {}) =>
    invalid(errors, form, { intent, ...extra });
  const here = "/leren/beheer/toewijzen";

  if (intent === "cohort-new") {
    const parsed = CohortFormSchema.safeParse({ name: form.get("name") ?? "" });
    if (!parsed.success) return problem({ "cohort-name": "validation.required" });
    const result = await createCohort(db, actor.personId, organisationId, parsed.data.name, form.getAll("personIds").map(String));
    if (!result.ok) return problem({ [result.field === "name" ? "cohort-name" : "_form"]: result.error });
    return redirectWithFlash(here, { kind: "ok", key: "learning.cohort.created", vars: { name: parsed.data.name } });
  }
  if (intent === "deleteCohort") {
    const result = await deleteCohort(db, actor.personId, organisationId, String(form.get("cohortId") ?? ""));
    if (!result.ok) return problem({ _form: result.error });
    return redirectWithFlash(here, { kind: "ok", key: "learning.cohort.deleted" });
  }

  const modes = ["members", "role", "cohort", "csv"];
  if (!modes.includes(intent)) return problem({ _form: "error.400.text" });
  const parsed = AssignFormSchema.safeParse({ courseId: form.get("courseId") ?? "", dueOn: form.get("dueOn") ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem({ [`${intent}-${String(issue?.path[0] ?? "courseId")}`]: issue?.message ?? "validation.required" });
  }
  const base = { courseId: parsed.data.courseId, dueOn: parsed.data.dueOn || null, baseUrl };
  let result: Awaited<ReturnType<typeof assignCourse>>;
  if (intent === "csv") {
    const file = form.get("csvFile");
    const text =
      file && typeof file !== "string" && file.size > 0
        ? file.size > MAX_CSV_BYTES
          ? "x".repeat(MAX_CSV_BYTES + 1)
          : await file.text()
        : String(form.get("csv") ?? "");
    result = await assignFromCsv(db, { personId: actor.personId, ip }, organisationId, { ...base, csv: text });
  } else {
    let personIds: string[] = [];
    let cohortId: string | null = null;
    if (intent === "members") personIds = form.getAll("personIds").map(String);
    if (intent === "role")
      personIds = (await membersWithRole(db, organisationId, String(form.get("role") ?? ""))).map((m) => m.personId);
    if (intent === "cohort") {
      const cohort = await getCohort(db, organisationId, String(form.get("cohortId") ?? ""));
      if (!cohort) return problem({ "cohort-cohortId": "learning.cohort.notFound" });
      personIds = cohort.personIds;
      cohortId = cohort.id;
    }
    result = await assignCourse(db, { personId: actor.personId, ip }, organisationId, { ...base, personIds, cohortId });
  }
  if (!result.ok) {
    const field =
      result.field === "csv" || result.field === "personIds" || result.field === "dueOn" || result.field === "courseId"
        ? `${intent}-${result.field}`
        : "_form";
    return problem({ [field]: result.error }, { lines: (result as { lines?: string }).lines ?? "" });
  }
  return redirectWithFlash(here, {
    kind: "ok",
    key: "learning.assign.done",
    vars: { count: result.value.count, course: result.value.courseTitle },
  });
}

type State = (FormState & { intent?: string; lines?: string }) | undefined;

function CourseAndDue({ prefix, courses, state }: { prefix: string; courses: { id: string; title: string }[]; state: State }) {
  const { t } = useI18n();
  const mine = state?.intent === prefix;
  return (
    <>
      <SelectField
        name="courseId"
        id={`${prefix}-courseId`}
        label={t("learning.assign.course")}
        required
        defaultValue={mine ? state?.values?.courseId : ""}
        error={mine ? state?.errors?.[`${prefix}-courseId`] : undefined}
        options={[
          { value: "", label: t("learning.assign.chooseCourseOption") },
          ...courses.map((c) => ({ value: c.id, label: c.title })),
        ]}
      />
      <TextField
        name="dueOn"
        id={`${prefix}-dueOn`}
        type="date"
        label={t("learning.assign.dueOn")}
        width="short"
        defaultValue={mine ? state?.values?.dueOn : ""}
        error={mine ? state?.errors?.[`${prefix}-dueOn`] : undefined}
      />
    </>
  );
}

function MemberChoices({
  prefix,
  members,
  error,
  legend,
}: {
  prefix: string;
  members: { personId: string; name: string; email: string | null }[];
  error?: string;
  legend: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset
      className={`vvg-learning-members${error ? " utrecht-form-field--invalid" : ""}`}
      id={`${prefix}-personIds`}
      aria-describedby={error ? `${prefix}-personIds-error` : undefined}
    >
      <legend className="utrecht-form-label">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${prefix}-personIds-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      {members.map((m) => (
        <div key={m.personId} className="vvg-checkbox">
          <input
            className="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`${prefix}-${m.personId}`}
            name="personIds"
            value={m.personId}
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${prefix}-${m.personId}`}>
            {m.name}
            {m.email ? ` (${m.email})` : ""}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export default function LearningAssign({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { organisationName, courses, members, cohorts, assignments, roles } = loaderData;
  const state = actionData as State;
  const err = (field: string) => state?.errors?.[field];
  const labels: Record<string, string> = {};
  for (const prefix of ["members", "role", "cohort", "csv"]) {
    labels[`${prefix}-courseId`] = t("learning.assign.course");
    labels[`${prefix}-dueOn`] = t("learning.assign.dueOn");
    labels[`${prefix}-personIds`] = t("learning.assign.whom");
  }
  labels["csv-csv"] = t("learning.assign.csvText");
  labels["cohort-name"] = t("learning.cohort.name");
  labels["cohort-cohortId"] = t("learning.cohort.choose");
  const csvError = err("csv-csv");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learning.assign.heading", { organisation: organisationName })}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("learning.assign.lead")}</p>
      <p className="utrecht-paragraph">
        <Link to="/leren/beheer">{t("learning.dashboard.title")}</Link>
      </p>
      <FormProblems state={state} labels={labels} />
      {csvError === "learning.csv.badRows" && state?.lines ? (
        <p className="utrecht-paragraph">{t("learning.csv.badLines", { lines: state.lines })}</p>
      ) : null}

      <section aria-labelledby="members-heading" className="vvg-learning-panel">
        <h2 className="utrecht-heading-2" id="members-heading">
          {t("learning.assign.toMembers")}
        </h2>
        <PostForm noValidate>
          <input type="hidden" name="intent" value="members" />
          <CourseAndDue prefix="members" courses={courses} state={state} />
          <MemberChoices
            prefix="members"
            members={members}
            legend={t("learning.assign.whom")}
            error={state?.intent === "members" ? err("members-personIds") : undefined}
          />
          <div className="vvg-actions">
            <SubmitButton>{t("learning.assign.submit")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="role-heading" className="vvg-learning-panel">
        <h2 className="utrecht-heading-2" id="role-heading">
          {t("learning.assign.byRole")}
        </h2>
        <PostForm noValidate>
          <input type="hidden" name="intent" value="role" />
          <CourseAndDue prefix="role" courses={courses} state={state} />
          <SelectField
            name="role"
            id="role-role"
            label={t("learning.assign.role")}
            error={state?.intent === "role" ? err("role-personIds") : undefined}
            options={roles.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
          />
          <div className="vvg-actions">
            <SubmitButton>{t("learning.assign.submit")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="cohort-heading" className="vvg-learning-panel">
        <h2 className="utrecht-heading-2" id="cohort-heading">
          {t("learning.assign.byCohort")}
        </h2>
        {cohorts.length === 0 ? (
          <p className="utrecht-paragraph">{t("learning.cohort.none")}</p>
        ) : (
          <PostForm noValidate>
            <input type="hidden" name="intent" value="cohort" />
            <CourseAndDue prefix="cohort" courses={courses} state={state} />
            <SelectField
              name="cohortId"
              id="cohort-cohortId"
              label={t("learning.cohort.choose")}
              error={state?.intent === "cohort" ? (err("cohort-cohortId") ?? err("cohort-personIds")) : undefined}
              options={cohorts.map((c) => ({ value: c.id, label: `${c.name} (${c.size})` }))}
            />
            <div className="vvg-actions">
              <SubmitButton>{t("learning.assign.submit")}</SubmitButton>
            </div>
          </PostForm>
        )}
      </section>

      <section aria-labelledby="csv-heading" className="vvg-learning-panel">
        <h2 className="utrecht-heading-2" id="csv-heading">
          {t("learning.assign.fromCsv")}
        </h2>
        <p className="utrecht-paragraph">{t("learning.assign.csvLead")}</p>
        <PostForm noValidate encType="multipart/form-data">
          <input type="hidden" name="intent" value="csv" />
          <CourseAndDue prefix="csv" courses={courses} state={state} />
          <FileField name="csvFile" label={t("learning.assign.csvFile")} accept=".csv,text/csv" />
          <TextAreaField
            name="csv"
            id="csv-csv"
            label={t("learning.assign.csvText")}
            description={t("learning.assign.csvHint")}
            rows={5}
            defaultValue={state?.intent === "csv" ? state?.values?.csv : ""}
            error={state?.intent === "csv" ? csvError : undefined}
          />
          <div className="vvg-actions">
            <SubmitButton>{t("learning.assign.submit")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="cohorts-heading" className="vvg-learning-panel">
        <h2 className="utrecht-heading-2" id="cohorts-heading">
          {t("learning.cohort.heading")}
        </h2>
        <ul className="utrecht-unordered-list">
          {cohorts.map((c) => (
            <li key={c.id} className="vvg-learning-row">
              {c.name} ({c.size})
              <ActionForm
                fields={{ intent: "deleteCohort", cohortId: c.id }}
                label={t("learning.editor.delete")}
                accessibleLabel={t("learning.editor.deleteNamed", { title: c.name })}
              />
            </li>
          ))}
        </ul>
        <PostForm noValidate>
          <input type="hidden" name="intent" value="cohort-new" />
          <TextField
            name="name"
            id="cohort-name"
            label={t("learning.cohort.name")}
            required
            maxLength={100}
            error={err("cohort-name")}
          />
          <MemberChoices prefix="cohort-new" members={members} legend={t("learning.cohort.members")} />
          <div className="vvg-actions">
            <SubmitButton appearance="secondary">{t("learning.cohort.create")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="current-heading">
        <h2 className="utrecht-heading-2" id="current-heading">
          {t("learning.assign.current")}
        </h2>
        {assignments.length === 0 ? (
          <p className="utrecht-paragraph">{t("learning.assign.noneYet")}</p>
        ) : (
          <TableRegion labelledBy="current-heading">
            <table className="utrecht-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("learning.dashboard.member")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("learning.assign.course")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("learning.assign.dueOn")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {assignments.map((a) => (
                  <tr key={a.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{a.name}</td>
                    <td className="utrecht-table__cell">{a.courseTitle}</td>
                    <td className="utrecht-table__cell">{a.dueOn ? formatDate(a.dueOn) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
