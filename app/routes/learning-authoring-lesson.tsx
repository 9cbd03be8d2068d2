import { data, Link } from "react-router";
import type { Route } from "./+types/learning-authoring-lesson";
import { forbidden, requireActor } from "../auth.server.ts";
import { FileField, TextAreaField } from "../components/learning/fields.tsx";
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
import { formObject, invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { fieldErrors } from "../modules/identity/shared.ts";
import {
  deleteQuestion,
  draftVersion,
  getCourse,
  isAuthor,
  type LessonFileUpload,
  lessonWithCourse,
  questionsOf,
  renderMarkdown,
  saveQuestion,
  updateLesson,
} from "../modules/learning/index.server.ts";
import {
  LESSON_KINDS,
  LessonFormSchema,
  MAX_UPLOAD_BYTES,
  parseQuestionLines,
  QUESTION_KINDS,
  QuestionFormSchema,
  questionLines,
} from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.lessonEditor.title", breadcrumb: "learning.lessonEditor.title" };

async function guard(request: Request, courseId: string, lessonId: string) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  if (!(await isAuthor(db, actor))) await forbidden(request);
  const course = await getCourse(db, courseId);
  const found = course ? await lessonWithCourse(db, lessonId) : undefined;
  if (!course || !found || found.course.id !== course.id) throw data(null, { status: 404 });
  const draft = await draftVersion(db, course.id);
  return { actor, course, lesson: found.lesson, editable: draft?.id === found.lesson.versionId };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { course, lesson, editable } = await guard(request, params.courseId, params.lessonId);
  const questions = lesson.kind === "quiz" ? await questionsOf(getRuntime().database.db, lesson.id) : [];
  return {
    course: { id: course.id, title: course.title },
    editable,
    lesson: {
      id: lesson.id,
      kind: lesson.kind,
      previewHtml: renderMarkdown(lesson.body),
      hasVideo: Boolean(lesson.videoFileId),
      hasCaptions: Boolean(lesson.captionsFileId),
      downloadFileId: lesson.downloadFileId,
      values: {
        title: lesson.title,
        kind: lesson.kind,
        required: lesson.required,
        durationMinutes: String(lesson.durationMinutes),
        body: lesson.body,
        videoUrl: lesson.videoUrl ?? "",
        passMark: String(lesson.passMark),
        maxAttempts: lesson.maxAttempts === null ? "" : String(lesson.maxAttempts),
      },
    },
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      explanation: q.explanation,
      ...questionLines(q.spec),
    })),
  };
}

async function upload(form: FormData, name: string): Promise<LessonFileUpload | undefined> {
  const value = form.get(name);
  if (!value || typeof value === "string" || value.size === 0) return undefined;
  if (value.size > MAX_UPLOAD_BYTES)
    return { filename: value.name, contentType: value.type, data: Buffer.alloc(MAX_UPLOAD_BYTES + 1) };
  const contentType = name === "captions" ? "text/vtt" : value.type || "application/octet-stream";
  return { filename: value.name || name, contentType, data: Buffer.from(await value.arrayBuffer()) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { course, lesson, editable } = await guard(request, params.courseId, params.lessonId);
  if (!editable) return invalid({ _form: "learning.lessonEditor.frozen" }, new FormData(), {}, 409);
  const { db } = getRuntime().database;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/leren/redactie/${course.id}/les/${lesson.id}`;
  if (intent === "lesson") {
    const parsed = parseForm(LessonFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await updateLesson(db, course.id, lesson.id, parsed.value, {
      video: await upload(form, "video"),
      captions: await upload(form, "captions"),
      download: await upload(form, "download"),
    });
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    return redirectWithFlash(here, { kind: "ok", key: "learning.editor.saved" });
  }
  if (intent === "question") {
    const parsed = QuestionFormSchema.safeParse(formObject(form));
    const questionId = String(form.get("questionId") ?? "") || null;
    const prefix = questionId ?? "new";
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return invalid(Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}-${k}`, v])), form, {
        questionId: prefix,
      });
    }
    const spec = parseQuestionLines(parsed.data);
    if (!spec.ok) return invalid({ [`${prefix}-lines`]: spec.error }, form, { questionId: prefix });
    const result = await saveQuestion(db, course.id, lesson.id, questionId, {
      kind: parsed.data.kind,
      prompt: parsed.data.prompt,
      spec: spec.spec,
      explanation: parsed.data.explanation,
    });
    if (!result.ok) return invalid({ _form: result.error }, form, {}, 404);
    return redirectWithFlash(`${here}#vragen`, { kind: "ok", key: "learning.lessonEditor.questionSaved" });
  }
  if (intent === "deleteQuestion") {
    const result = await deleteQuestion(db, course.id, lesson.id, String(form.get("questionId") ?? ""));
    if (!result.ok) return invalid({ _form: result.error }, form, {}, 404);
    return redirectWithFlash(`${here}#vragen`, { kind: "ok", key: "learning.editor.deleted" });
  }
  return invalid({ _form: "error.400.text" }, form);
}

type QuestionValues = { id?: string; kind?: string; prompt?: string; lines?: string; truefalse?: string; explanation?: string };

function QuestionForm({ prefix, values, errors }: { prefix: string; values: QuestionValues; errors?: Record<string, string> }) {
  const { t } = useI18n();
  const e = (name: string) => errors?.[`${prefix}-${name}`];
  return (
    <PostForm noValidate>
      <input type="hidden" name="intent" value="question" />
      {values.id ? <input type="hidden" name="questionId" value={values.id} /> : null}
      <SelectField
        name="kind"
        id={`${prefix}-kind`}
        label={t("learning.question.kind")}
        defaultValue={values.kind ?? "single"}
        error={e("kind")}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`learning.questionKind.${k}` as MessageKey) }))}
      />
      <TextField
        name="prompt"
        id={`${prefix}-prompt`}
        label={t("learning.question.prompt")}
        required
        width="full"
        maxLength={1000}
        defaultValue={values.prompt}
        error={e("prompt")}
      />
      <TextAreaField
        name="lines"
        id={`${prefix}-lines`}
        label={t("learning.question.lines")}
        description={t("learning.question.linesHint")}
        rows={5}
        maxLength={5000}
        defaultValue={values.lines}
        error={e("lines")}
        wide
      />
      <SelectField
        name="truefalse"
        id={`${prefix}-truefalse`}
        label={t("learning.question.truefalse")}
        optional
        defaultValue={values.truefalse ?? ""}
        options={[
          { value: "", label: t("learning.question.notTrueFalse") },
          { value: "true", label: t("learning.quiz.true") },
          { value: "false", label: t("learning.quiz.false") },
        ]}
      />
      <TextAreaField
        name="explanation"
        id={`${prefix}-explanation`}
        label={t("learning.question.explanation")}
        rows={2}
        maxLength={2000}
        defaultValue={values.explanation}
      />
      <div className="vvg-actions">
        <SubmitButton appearance="secondary">{values.id ? t("learning.question.save") : t("learning.question.add")}</SubmitButton>
      </div>
    </PostForm>
  );
}

export default function LearningAuthoringLesson({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { course, lesson, questions, editable } = loaderData;
  const state = actionData as (FormState & { questionId?: string }) | undefined;
  const lessonState = state?.values?.intent === "lesson" ? state : undefined;
  const v = lessonState?.values ?? lesson.values;
  const labels = {
    title: t("learning.field.title"),
    durationMinutes: t("learning.field.duration"),
    body: t("learning.lessonEditor.body"),
    videoUrl: t("learning.lessonEditor.videoUrl"),
    video: t("learning.lessonEditor.videoFile"),
    captions: t("learning.lessonEditor.captions"),
    download: t("learning.lessonEditor.download"),
    passMark: t("learning.lessonEditor.passMark"),
    maxAttempts: t("learning.lessonEditor.maxAttempts"),
  };
  const values = v as Record<string, string | boolean>;
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return (
    <>
      <p className="utrecht-paragraph vvg-learning-meta">
        <Link to={`/leren/redactie/${course.id}`}>{course.title}</Link>
      </p>
      <h1 className="utrecht-heading-1">{t("learning.lessonEditor.heading", { title: lesson.values.title })}</h1>
      {!editable ? <p className="utrecht-paragraph">{t("learning.lessonEditor.frozen")}</p> : null}
      <FormProblems state={lessonState ?? (state?.errors?._form ? state : undefined)} labels={labels} />

      {editable ? (
        <section aria-labelledby="lesson-heading">
          <h2 className="utrecht-heading-2" id="lesson-heading">
            {t("learning.lessonEditor.content")}
          </h2>
          <PostForm encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="lesson" />
            <TextField
              name="title"
              label={labels.title}
              required
              maxLength={200}
              width="full"
              defaultValue={str("title")}
              error={lessonState?.errors?.title}
            />
            <SelectField
              name="kind"
              label={t("learning.editor.lessonKind")}
              defaultValue={str("kind")}
              options={LESSON_KINDS.map((k) => ({ value: k, label: t(`learning.kind.${k}` as MessageKey) }))}
            />
            <CheckboxField
              name="required"
              label={t("learning.lessonEditor.required")}
              defaultChecked={lessonState ? values.required === "on" : Boolean(values.required)}
            />
            <TextField
              name="durationMinutes"
              label={labels.durationMinutes}
              inputMode="numeric"
              width="short"
              required
              defaultValue={str("durationMinutes")}
              error={lessonState?.errors?.durationMinutes}
            />
            <TextAreaField
              name="body"
              label={labels.body}
              description={t("learning.lessonEditor.bodyHint")}
              rows={16}
              maxLength={50_000}
              defaultValue={str("body")}
              error={lessonState?.errors?.body}
              wide
            />
            {lesson.kind === "video" ? (
              <>
                <TextField
                  name="videoUrl"
                  type="url"
                  label={labels.videoUrl}
                  description={t("learning.lessonEditor.videoUrlHint")}
                  width="full"
                  defaultValue={str("videoUrl")}
                  error={lessonState?.errors?.videoUrl}
                />
                <FileField
                  name="video"
                  label={labels.video}
                  accept="video/mp4,video/webm"
                  description={lesson.hasVideo ? t("learning.lessonEditor.replaceFile") : undefined}
                  error={lessonState?.errors?.video}
                />
                <FileField
                  name="captions"
                  label={labels.captions}
                  accept=".vtt,text/vtt"
                  description={t("learning.lessonEditor.captionsHint")}
                  error={lessonState?.errors?.captions}
                />
              </>
            ) : (
              <input type="hidden" name="videoUrl" value={str("videoUrl")} />
            )}
            {lesson.kind === "file" ? (
              <FileField
                name="download"
                label={labels.download}
                description={lesson.downloadFileId ? t("learning.lessonEditor.replaceFile") : undefined}
                error={lessonState?.errors?.download}
              />
            ) : null}
            {lesson.kind === "quiz" ? (
              <>
                <TextField
                  name="passMark"
                  label={labels.passMark}
                  inputMode="numeric"
                  width="short"
                  required
                  defaultValue={str("passMark")}
                  error={lessonState?.errors?.passMark}
                />
                <TextField
                  name="maxAttempts"
                  label={labels.maxAttempts}
                  description={t("learning.lessonEditor.maxAttemptsHint")}
                  inputMode="numeric"
                  width="short"
                  defaultValue={str("maxAttempts")}
                  error={lessonState?.errors?.maxAttempts}
                />
              </>
            ) : (
              <>
                <input type="hidden" name="passMark" value={str("passMark") || "70"} />
                <input type="hidden" name="maxAttempts" value={str("maxAttempts")} />
              </>
            )}
            {lesson.kind === "scorm" ? <p className="utrecht-paragraph">{t("learning.lessonEditor.scormLater")}</p> : null}
            <div className="vvg-actions">
              <SubmitButton>{t("learning.lessonEditor.save")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}

      <section aria-labelledby="preview-heading" className="vvg-learning-panel">
        <h2 className="utrecht-heading-2" id="preview-heading">
          {t("learning.lessonEditor.preview")}
        </h2>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (renderMarkdown) */}
        <div className="vvg-learning-content" dangerouslySetInnerHTML={{ __html: lesson.previewHtml }} />
      </section>

      {lesson.kind === "quiz" ? (
        <section aria-labelledby="vragen">
          <h2 className="utrecht-heading-2" id="vragen">
            {t("learning.lessonEditor.questions")}
          </h2>
          {questions.length === 0 ? <p className="utrecht-paragraph">{t("learning.lessonEditor.noQuestions")}</p> : null}
          {questions.map((q, i) => (
            <div key={q.id} className="vvg-learning-panel">
              <h3 className="utrecht-heading-3">
                {t("learning.quiz.questionNumber", { number: i + 1 })} {q.prompt}
              </h3>
              {editable ? (
                <>
                  <QuestionForm
                    prefix={q.id}
                    values={state?.questionId === q.id ? { ...state.values, id: q.id } : q}
                    errors={state?.questionId === q.id ? state.errors : undefined}
                  />
                  <ActionForm
                    fields={{ intent: "deleteQuestion", questionId: q.id }}
                    label={t("learning.editor.delete")}
                    accessibleLabel={t("learning.editor.deleteNamed", { title: q.prompt })}
                  />
                </>
              ) : (
                <p className="utrecht-paragraph vvg-learning-pre">{q.lines || q.truefalse}</p>
              )}
            </div>
          ))}
          {editable ? (
            <div className="vvg-learning-panel">
              <h3 className="utrecht-heading-3">{t("learning.question.new")}</h3>
              <QuestionForm
                prefix="new"
                values={state?.questionId === "new" ? (state.values ?? {}) : {}}
                errors={state?.questionId === "new" ? state.errors : undefined}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
