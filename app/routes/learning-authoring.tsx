import { Link } from "react-router";
import type { Route } from "./+types/learning-authoring";
import { forbidden, requireActor } from "../auth.server.ts";
import { CourseFields } from "../components/learning/course-fields.tsx";
import { TableRegion } from "../components/ui/table-region.tsx";
import { ActionForm, FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { findPersonByEmail, namesByIds } from "../modules/identity/index.server.ts";
import { createCourse, isAuthor, listAuthors, listCoursesForAuthors, setAuthor } from "../modules/learning/index.server.ts";
import { CourseFormSchema, isUuid } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.authoring.title", breadcrumb: "learning.authoring.title" };

/** Authors only: portal admins and the people they made author. */
async function requireAuthor(request: Request) {
  const actor = await requireActor(request);
  if (!(await isAuthor(getRuntime().database.db, actor))) await forbidden(request);
  return actor;
}

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireAuthor(request);
  const { db } = getRuntime().database;
  const courses = await listCoursesForAuthors(db);
  const authors = actor.isPortalAdmin ? await listAuthors(db) : [];
  const names = await namesByIds(
    db,
    authors.map((a) => a.personId),
    [],
  );
  return {
    isAdmin: actor.isPortalAdmin,
    courses: courses.map((c) => ({ id: c.id, title: c.title, slug: c.slug, published: c.published, draft: c.draft })),
    authors: authors.map((a) => ({
      personId: a.personId,
      name: names.people[a.personId] ?? "",
      grantedAt: a.grantedAt.toISOString(),
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const actor = await requireAuthor(request);
  const { db } = getRuntime().database;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "create") {
    const parsed = parseForm(CourseFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await createCourse(db, actor.personId, parsed.value);
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    return redirectWithFlash(`/leren/redactie/${result.value.id}`, { kind: "ok", key: "learning.authoring.created" });
  }
  if (intent === "grant" || intent === "revoke") {
    if (!actor.isPortalAdmin) await forbidden(request);
    if (intent === "grant") {
      const person = await findPersonByEmail(db, String(form.get("email") ?? "").trim());
      if (!person || person.erasedAt) return invalid({ email: "learning.authoring.unknownPerson" }, form);
      await setAuthor(db, actor.personId, person.id, true);
      return redirectWithFlash("/leren/redactie", { kind: "ok", key: "learning.authoring.granted", vars: { name: person.name } });
    }
    const personId = String(form.get("personId") ?? "");
    if (!isUuid(personId)) return invalid({ _form: "learning.author.notFound" }, form);
    await setAuthor(db, actor.personId, personId, false);
    return redirectWithFlash("/leren/redactie", { kind: "ok", key: "learning.authoring.revoked" });
  }
  return invalid({ _form: "error.400.text" }, form);
}

export default function LearningAuthoring({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { courses, authors, isAdmin } = loaderData;
  const state = actionData as FormState;
  const create = state?.values?.intent === "create";
  const labels = {
    title: t("learning.field.title"),
    slug: t("learning.field.slug"),
    durationMinutes: t("learning.field.duration"),
    validityMonths: t("learning.field.validity"),
    email: t("learning.authoring.email"),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learning.authoring.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("learning.authoring.lead")}</p>
      <section aria-labelledby="courses-heading">
        <h2 className="utrecht-heading-2" id="courses-heading">
          {t("learning.authoring.courses")}
        </h2>
        <TableRegion labelledBy="courses-heading">
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.field.title")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.authoring.publishedVersion")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.authoring.draft")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {courses.map((c) => (
                <tr key={c.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <Link to={`/leren/redactie/${c.id}`}>{c.title}</Link>
                  </td>
                  <td className="utrecht-table__cell">
                    {c.published ? t("learning.authoring.versionN", { number: c.published }) : "—"}
                  </td>
                  <td className="utrecht-table__cell">{c.draft ? t("learning.authoring.versionN", { number: c.draft }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="new-heading">
        <h2 className="utrecht-heading-2" id="new-heading">
          {t("learning.authoring.newCourse")}
        </h2>
        {create ? <FormProblems state={state} labels={labels} /> : null}
        <PostForm noValidate>
          <input type="hidden" name="intent" value="create" />
          <CourseFields values={create ? state?.values : undefined} errors={create ? state?.errors : undefined} />
          <div className="vvg-actions">
            <SubmitButton>{t("learning.authoring.create")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      {isAdmin ? (
        <section aria-labelledby="authors-heading">
          <h2 className="utrecht-heading-2" id="authors-heading">
            {t("learning.authoring.authors")}
          </h2>
          <p className="utrecht-paragraph">{t("learning.authoring.authorsLead")}</p>
          {authors.length === 0 ? <p className="utrecht-paragraph">{t("learning.authoring.noAuthors")}</p> : null}
          <ul className="utrecht-unordered-list">
            {authors.map((a) => (
              <li key={a.personId} className="vvg-learning-row">
                {a.name} ({t("learning.authoring.since", { date: formatDate(a.grantedAt) })})
                <ActionForm
                  fields={{ intent: "revoke", personId: a.personId }}
                  label={t("learning.authoring.revoke")}
                  accessibleLabel={t("learning.authoring.revokeNamed", { name: a.name })}
                />
              </li>
            ))}
          </ul>
          {!create ? <FormProblems state={state} labels={labels} /> : null}
          <PostForm noValidate>
            <input type="hidden" name="intent" value="grant" />
            <TextField
              name="email"
              type="email"
              label={labels.email}
              required
              autoComplete="off"
              defaultValue={!create ? state?.values?.email : undefined}
              error={!create ? state?.errors?.email : undefined}
            />
            <div className="vvg-actions">
              <SubmitButton appearance="secondary">{t("learning.authoring.grant")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
