import { data, Link } from "react-router";
import type { Route } from "./+types/learning-authoring-course";
import { forbidden, requireActor } from "../auth.server.ts";
import { CourseFields } from "../components/learning/course-fields.tsx";
import { TextAreaField } from "../components/learning/fields.tsx";
import {
  ActionForm,
  CheckboxField,
  FormProblems,
  type FormState,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  addLesson,
  addModule,
  deleteLesson,
  deleteModule,
  getCourse,
  isAuthor,
  moveLesson,
  moveModule,
  outlineOf,
  publishDraft,
  publishProblems,
  renameModule,
  startRevision,
  updateCourse,
  versionsOf,
} from "../modules/learning/index.server.ts";
import { CourseFormSchema, LESSON_KINDS, type LessonKind, ModuleFormSchema } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.editor.title", breadcrumb: "learning.editor.title" };

/** An author (else 403), then the course of the address (else 404). */
async function guard(request: Request, courseId: string) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  if (!(await isAuthor(db, actor))) await forbidden(request);
  const course = await getCourse(db, courseId);
  if (!course) throw data(null, { status: 404 });
  return { actor, course };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { course } = await guard(request, params.courseId);
  const { db } = getRuntime().database;
  const versions = await versionsOf(db, course.id);
  const draft = versions.find((v) => v.status === "draft");
  return {
    course: {
      id: course.id,
      title: course.title,
      slug: course.slug,
      values: {
        title: course.title,
        slug: course.slug,
        summary: course.summary,
        format: course.format,
        topic: course.topic,
        level: course.level,
        audience: course.audience,
        durationMinutes: String(course.durationMinutes),
        validityMonths: course.validityMonths ? String(course.validityMonths) : "",
      },
    },
    versions: versions.map((v) => ({
      number: v.number,
      status: v.status,
      substantial: v.substantial,
      changeNote: v.changeNote,
      publishedAt: v.publishedAt?.toISOString() ?? null,
    })),
    hasPublished: versions.some((v) => v.status === "published"),
    draft: draft
      ? {
          number: draft.number,
          outline: (await outlineOf(db, draft.id)).map((m) => ({
            id: m.id,
            title: m.title,
            lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, kind: l.kind, required: l.required })),
          })),
          problems: await publishProblems(db, draft.id),
        }
      : null,
  };
}

type Intent =
  | "course"
  | "revise"
  | "addModule"
  | "renameModule"
  | "moveModule"
  | "deleteModule"
  | "addLesson"
  | "moveLesson"
  | "deleteLesson"
  | "publish";

export async function action({ request, params }: Route.ActionArgs) {
  const { actor, course } = await guard(request, params.courseId);
  const { db } = getRuntime().database;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "") as Intent;
  const here = `/leren/redactie/${course.id}`;
  const ok = (key: MessageKey, vars?: Record<string, string | number>) => redirectWithFlash(here, { kind: "ok", key, vars });
  const problem = (error: string, field = "_form") => invalid({ [field]: error }, form, { intent });
  const id = (name: string) => String(form.get(name) ?? "");
  const direction = form.get("direction") === "up" ? "up" : "down";
  switch (intent) {
    case "course": {
      const parsed = parseForm(CourseFormSchema, form);
      if (!parsed.ok) return parsed.response;
      const result = await updateCourse(db, actor.personId, course.id, parsed.value);
      if (!result.ok) return problem(result.error, result.field);
      return ok("learning.editor.saved");
    }
    case "revise":
      await startRevision(db, actor.personId, course.id);
      return ok("learning.editor.revisionStarted");
    case "addModule":
    case "renameModule": {
      const parsed = parseForm(ModuleFormSchema, form);
      if (!parsed.ok) return parsed.response;
      const result =
        intent === "addModule"
          ? await addModule(db, course.id, parsed.value.title)
          : await renameModule(db, course.id, id("moduleId"), parsed.value.title);
      if (!result.ok) return problem(result.error);
      return ok("learning.editor.saved");
    }
    case "moveModule":
    case "deleteModule": {
      const result =
        intent === "moveModule"
          ? await moveModule(db, course.id, id("moduleId"), direction)
          : await deleteModule(db, course.id, id("moduleId"));
      if (!result.ok) return problem(result.error);
      return ok(intent === "moveModule" ? "learning.editor.moved" : "learning.editor.deleted");
    }
    case "addLesson": {
      const title = id("title").trim();
      const kind = id("kind") as LessonKind;
      if (!title || title.length > 200) return problem("validation.required", `title-${id("moduleId")}`);
      if (!LESSON_KINDS.includes(kind)) return problem("validation.required", `kind-${id("moduleId")}`);
      const result = await addLesson(db, course.id, id("moduleId"), title, kind);
      if (!result.ok) return problem(result.error);
      return redirectWithFlash(`${here}/les/${result.value.id}`, { kind: "ok", key: "learning.editor.lessonAdded" });
    }
    case "moveLesson":
    case "deleteLesson": {
      const result =
        intent === "moveLesson"
          ? await moveLesson(db, course.id, id("lessonId"), direction)
          : await deleteLesson(db, course.id, id("lessonId"));
      if (!result.ok) return problem(result.error);
      return ok(intent === "moveLesson" ? "learning.editor.moved" : "learning.editor.deleted");
    }
    case "publish": {
      const result = await publishDraft(db, actor.personId, course.id, {
        substantial: form.get("substantial") === "on",
        changeNote: id("changeNote").trim().slice(0, 1000),
        baseUrl: getRuntime().config.baseUrl,
      });
      if (!result.ok) return problem(result.error);
      return ok("learning.editor.published", { number: result.value.number, count: result.value.reopened });
    }
    default:
      return problem("error.400.text");
  }
}

export default function LearningAuthoringCourse({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { course, versions, draft, hasPublished } = loaderData;
  const state = actionData as (FormState & { intent?: string }) | undefined;
  const courseErrors = state?.values?.intent === "course" ? state.errors : undefined;
  const labels = {
    title: t("learning.field.title"),
    slug: t("learning.field.slug"),
    durationMinutes: t("learning.field.duration"),
  };
  const kindOptions = LESSON_KINDS.map((kind) => ({ value: kind, label: t(`learning.kind.${kind}` as MessageKey) }));
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learning.editor.heading", { course: course.title })}</h1>
      <p className="utrecht-paragraph">
        <Link to={`/leren/cursus/${course.slug}`}>{t("learning.editor.viewPublished")}</Link>
      </p>
      <FormProblems state={state} labels={labels} />

      <section aria-labelledby="content-heading">
        <h2 className="utrecht-heading-2" id="content-heading">
          {draft ? t("learning.editor.draftHeading", { number: draft.number }) : t("learning.editor.content")}
        </h2>
        {!draft ? (
          <>
            <p className="utrecht-paragraph">{t("learning.editor.noDraft")}</p>
            <ActionForm fields={{ intent: "revise" }} label={t("learning.editor.startRevision")} appearance="primary" />
          </>
        ) : (
          <>
            {draft.outline.map((m, mi) => (
              <div key={m.id} className="vvg-learning-panel">
                <h3 className="utrecht-heading-3">{t("learning.editor.moduleN", { number: mi + 1, title: m.title })}</h3>
                <div className="vvg-learning-row">
                  {mi > 0 ? (
                    <ActionForm
                      fields={{ intent: "moveModule", moduleId: m.id, direction: "up" }}
                      label={t("learning.editor.up")}
                      accessibleLabel={t("learning.editor.upNamed", { title: m.title })}
                    />
                  ) : null}
                  {mi < draft.outline.length - 1 ? (
                    <ActionForm
                      fields={{ intent: "moveModule", moduleId: m.id, direction: "down" }}
                      label={t("learning.editor.down")}
                      accessibleLabel={t("learning.editor.downNamed", { title: m.title })}
                    />
                  ) : null}
                  <ActionForm
                    fields={{ intent: "deleteModule", moduleId: m.id }}
                    label={t("learning.editor.delete")}
                    accessibleLabel={t("learning.editor.deleteNamed", { title: m.title })}
                  />
                </div>
                <PostForm className="vvg-learning-inline-form">
                  <input type="hidden" name="intent" value="renameModule" />
                  <input type="hidden" name="moduleId" value={m.id} />
                  <TextField
                    name="title"
                    id={`module-title-${m.id}`}
                    label={t("learning.editor.moduleTitle")}
                    required
                    defaultValue={m.title}
                    maxLength={200}
                  />
                  <SubmitButton appearance="secondary">{t("learning.editor.rename")}</SubmitButton>
                </PostForm>
                {m.lessons.length === 0 ? <p className="utrecht-paragraph">{t("learning.editor.noLessons")}</p> : null}
                <ol className="utrecht-ordered-list vvg-learning-lessons">
                  {m.lessons.map((l, li) => (
                    <li key={l.id} className="vvg-learning-row">
                      <Link to={`/leren/redactie/${course.id}/les/${l.id}`}>{l.title}</Link>{" "}
                      <span className="vvg-learning-meta">
                        ({t(`learning.kind.${l.kind}` as MessageKey)}
                        {l.required ? "" : `, ${t("learning.lesson.optional")}`})
                      </span>
                      {li > 0 ? (
                        <ActionForm
                          fields={{ intent: "moveLesson", lessonId: l.id, direction: "up" }}
                          label={t("learning.editor.up")}
                          accessibleLabel={t("learning.editor.upNamed", { title: l.title })}
                        />
                      ) : null}
                      {li < m.lessons.length - 1 ? (
                        <ActionForm
                          fields={{ intent: "moveLesson", lessonId: l.id, direction: "down" }}
                          label={t("learning.editor.down")}
                          accessibleLabel={t("learning.editor.downNamed", { title: l.title })}
                        />
                      ) : null}
                      <ActionForm
                        fields={{ intent: "deleteLesson", lessonId: l.id }}
                        label={t("learning.editor.delete")}
                        accessibleLabel={t("learning.editor.deleteNamed", { title: l.title })}
                      />
                    </li>
                  ))}
                </ol>
                <PostForm className="vvg-learning-inline-form" noValidate>
                  <input type="hidden" name="intent" value="addLesson" />
                  <input type="hidden" name="moduleId" value={m.id} />
                  <TextField
                    name="title"
                    id={`title-${m.id}`}
                    label={t("learning.editor.lessonTitle")}
                    required
                    maxLength={200}
                    error={state?.errors?.[`title-${m.id}`]}
                  />
                  <SelectField name="kind" id={`kind-${m.id}`} label={t("learning.editor.lessonKind")} options={kindOptions} />
                  <SubmitButton appearance="secondary">{t("learning.editor.addLesson")}</SubmitButton>
                </PostForm>
              </div>
            ))}
            <PostForm className="vvg-learning-inline-form" noValidate>
              <input type="hidden" name="intent" value="addModule" />
              <TextField
                name="title"
                id="new-module-title"
                label={t("learning.editor.newModule")}
                required
                maxLength={200}
                error={state?.values?.intent === "addModule" ? state?.errors?.title : undefined}
              />
              <SubmitButton appearance="secondary">{t("learning.editor.addModule")}</SubmitButton>
            </PostForm>

            <section aria-labelledby="publish-heading" className="vvg-learning-panel">
              <h3 className="utrecht-heading-3" id="publish-heading">
                {t("learning.editor.publishHeading")}
              </h3>
              {draft.problems.length ? (
                <>
                  <p className="utrecht-paragraph">{t("learning.editor.notReady")}</p>
                  <ul className="utrecht-unordered-list">
                    {draft.problems.map((p) => (
                      <li key={`${p.key}-${p.lesson ?? ""}`}>{t(p.key as MessageKey, { title: p.lesson ?? "" })}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <PostForm noValidate>
                  <input type="hidden" name="intent" value="publish" />
                  {hasPublished ? <CheckboxField name="substantial" label={t("learning.editor.substantial")} /> : null}
                  {hasPublished ? (
                    <p className="utrecht-paragraph vvg-learning-hint">{t("learning.editor.substantialHint")}</p>
                  ) : null}
                  <TextAreaField name="changeNote" label={t("learning.editor.changeNote")} rows={2} maxLength={1000} />
                  <div className="vvg-actions">
                    <SubmitButton>{t("learning.editor.publish", { number: draft.number })}</SubmitButton>
                  </div>
                </PostForm>
              )}
            </section>
          </>
        )}
      </section>

      <section aria-labelledby="facts-heading">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t("learning.editor.facts")}
        </h2>
        <PostForm noValidate>
          <input type="hidden" name="intent" value="course" />
          <CourseFields values={courseErrors ? state?.values : course.values} errors={courseErrors} />
          <div className="vvg-actions">
            <SubmitButton>{t("learning.editor.saveFacts")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="versions-heading">
        <h2 className="utrecht-heading-2" id="versions-heading">
          {t("learning.editor.versions")}
        </h2>
        <ul className="utrecht-unordered-list">
          {versions.map((v) => (
            <li key={v.number}>
              {t("learning.authoring.versionN", { number: v.number })}: {t(`learning.versionStatus.${v.status}` as MessageKey)}
              {v.publishedAt ? ` (${formatDate(v.publishedAt)})` : ""}
              {v.substantial ? ` — ${t("learning.editor.wasSubstantial")}` : ""}
              {v.changeNote ? ` — ${v.changeNote}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
