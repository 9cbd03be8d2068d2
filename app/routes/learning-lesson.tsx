import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/learning-lesson";
import { requireActor } from "../auth.server.ts";
import { ScormPlayer } from "../components/learning/scorm-player.tsx";
import { ErrorAlert, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  attemptsOf,
  getCourseBySlug,
  learnerCourse,
  lessonForLearner,
  publicQuestion,
  type QuizAnswers,
  questionsOf,
  recordLessonDone,
  renderMarkdown,
  type StoredQuestion,
  scoreQuiz,
  submitQuiz,
  touchLesson,
} from "../modules/learning/index.server.ts";
import type { PublicQuestion } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.lesson.title", breadcrumb: "learning.lesson.title" };

/** The course of the address (404 for everyone when unknown), then the logged-in learner. */
async function guard(request: Request, slug: string, lessonId: string) {
  const { db } = getRuntime().database;
  const course = await getCourseBySlug(db, slug);
  if (!course || course.archivedAt) throw data(null, { status: 404 });
  const actor = await requireActor(request);
  const found = await lessonForLearner(db, actor.personId, course.id, lessonId);
  if (found.status === "not-found") throw data(null, { status: 404 });
  if (found.status !== "ok") {
    throw await redirectWithFlash(`/leren/cursus/${course.slug}`, {
      kind: "info",
      key: found.status === "not-enrolled" ? "learning.lesson.enrolFirst" : "learning.lesson.otherVersion",
    });
  }
  return { actor, course, lesson: found.found.lesson, enrolment: found.enrolment };
}

const isOwnVideo = (url: string | null) => Boolean(url && /\.(mp4|webm|ogv)(\?.*)?$/i.test(url));

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const { actor, course, lesson, enrolment } = await guard(request, params.slug, params.lessonId);
  await touchLesson(db, enrolment.id, lesson.id);
  const view = await learnerCourse(db, actor.personId, course.id);
  const flat = view?.outline.flatMap((m) => m.lessons) ?? [];
  const index = flat.findIndex((l) => l.id === lesson.id);
  let quiz: {
    questions: PublicQuestion[];
    attempts: { number: number; scorePercent: number; passed: boolean }[];
    last: {
      scorePercent: number;
      passed: boolean;
      results: { questionId: string; correct: boolean; feedback: string[] }[];
    } | null;
    attemptsLeft: number | null;
    passed: boolean;
  } | null = null;
  if (lesson.kind === "quiz") {
    const stored = (await questionsOf(db, lesson.id)) as StoredQuestion[];
    const attempts = await attemptsOf(db, enrolment.id, lesson.id);
    const latest = attempts.at(-1);
    // Feedback is worked out again on the server from what the learner answered; the stored score stands.
    const again = latest ? scoreQuiz(stored, latest.answers as QuizAnswers, lesson.passMark) : null;
    quiz = {
      questions: stored.map(publicQuestion),
      attempts: attempts.map((a) => ({ number: a.number, scorePercent: a.scorePercent, passed: a.passed })),
      last: latest && again ? { scorePercent: latest.scorePercent, passed: latest.passed, results: again.results } : null,
      attemptsLeft: lesson.maxAttempts === null ? null : Math.max(0, lesson.maxAttempts - attempts.length),
      passed: attempts.some((a) => a.passed),
    };
  }
  return {
    course: { slug: course.slug, title: course.title },
    lesson: {
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      required: lesson.required,
      durationMinutes: lesson.durationMinutes,
      bodyHtml: renderMarkdown(lesson.body),
      videoUrl: lesson.videoUrl,
      ownVideo: isOwnVideo(lesson.videoUrl),
      videoFileId: lesson.videoFileId,
      captionsFileId: lesson.captionsFileId,
      downloadFileId: lesson.downloadFileId,
      scormPackageId: lesson.scormPackageId,
      passMark: lesson.passMark,
    },
    done: Boolean(flat[index]?.done),
    completed: Boolean(view?.enrolment?.completedAt),
    previous: index > 0 ? { id: flat[index - 1]!.id, title: flat[index - 1]!.title } : null,
    next: index >= 0 && index < flat.length - 1 ? { id: flat[index + 1]!.id, title: flat[index + 1]!.title } : null,
    position: { number: index + 1, total: flat.length },
    quiz,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db } = getRuntime().database;
  const { actor, course, lesson } = await guard(request, params.slug, params.lessonId);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/leren/cursus/${course.slug}/les/${lesson.id}`;
  if (intent === "done") {
    const result = await recordLessonDone(db, actor.personId, lesson.id);
    if (!result.ok) return data({ error: result.error }, { status: 400 });
    return redirectWithFlash(here, {
      kind: "ok",
      key: result.value.completed ? "learning.course.completedFlash" : "learning.lesson.doneFlash",
      vars: { course: course.title },
    });
  }
  if (intent === "quiz") {
    // Only the answers go to the scoring; any score or "passed" field in the form is ignored.
    const answers: QuizAnswers = {};
    for (const key of new Set(form.keys())) {
      if (key.startsWith("q-")) answers[key] = form.getAll(key).filter((v): v is string => typeof v === "string");
    }
    const result = await submitQuiz(db, actor.personId, lesson.id, answers);
    if (!result.ok) return data({ error: result.error }, { status: result.error === "learning.quiz.noAttemptsLeft" ? 409 : 400 });
    const { score, completed } = result.value;
    return redirectWithFlash(`${here}#resultaat`, {
      kind: score.passed ? "ok" : "warning",
      key: completed
        ? "learning.course.completedFlash"
        : score.passed
          ? "learning.quiz.passedFlash"
          : "learning.quiz.failedFlash",
      vars: { score: score.scorePercent, course: course.title },
    });
  }
  throw redirect(here);
}

function QuestionField({ question, index }: { question: PublicQuestion; index: number }) {
  const { t } = useI18n();
  const name = `q-${question.id}`;
  const legend = (
    <legend className="utrecht-form-label vvg-learning-question__prompt">
      {t("learning.quiz.questionNumber", { number: index + 1 })} {question.prompt}
      {question.kind === "multiple" ? <span className="vvg-learning-hint"> {t("learning.quiz.multipleHint")}</span> : null}
    </legend>
  );
  if (question.kind === "single" || question.kind === "multiple" || question.kind === "truefalse") {
    const options =
      question.kind === "truefalse"
        ? [
            { id: "true", text: t("learning.quiz.true") },
            { id: "false", text: t("learning.quiz.false") },
          ]
        : (question.options ?? []);
    return (
      <fieldset className="vvg-learning-question">
        {legend}
        {options.map((option) => {
          const id = `${name}-${option.id}`;
          return (
            <div key={option.id} className="vvg-learning-choice">
              <input
                className={
                  question.kind === "multiple" ? "utrecht-checkbox utrecht-checkbox--html-input" : "utrecht-radio-button"
                }
                type={question.kind === "multiple" ? "checkbox" : "radio"}
                id={id}
                name={name}
                value={option.id}
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                {option.text}
              </label>
            </div>
          );
        })}
      </fieldset>
    );
  }
  if (question.kind === "matching") {
    return (
      <fieldset className="vvg-learning-question">
        {legend}
        {(question.left ?? []).map((left) => {
          const id = `${name}-${left.id}`;
          return (
            <div key={left.id} className="utrecht-form-field vvg-field">
              <label className="utrecht-form-label" htmlFor={id}>
                {left.text}
              </label>
              <div className="utrecht-form-field__input">
                <select className="utrecht-select utrecht-select--html-select" id={id} name={id} defaultValue="">
                  <option value="">{t("learning.quiz.choose")}</option>
                  {(question.right ?? []).map((right) => (
                    <option key={right} value={right}>
                      {right}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          );
        })}
      </fieldset>
    );
  }
  return (
    <div className="utrecht-form-field vvg-field vvg-learning-question">
      <label className="utrecht-form-label vvg-learning-question__prompt" htmlFor={name}>
        {t("learning.quiz.questionNumber", { number: index + 1 })} {question.prompt}
      </label>
      <div className="utrecht-form-field__input">
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          id={name}
          name={name}
          maxLength={200}
          autoComplete="off"
        />
      </div>
    </div>
  );
}

export default function LearningLesson({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { course, lesson, quiz, previous, next, done, position, completed } = loaderData;
  const problem = (actionData as { error?: string } | undefined)?.error;
  const lessonUrl = (id: string) => `/leren/cursus/${course.slug}/les/${id}`;
  return (
    <>
      <p className="utrecht-paragraph vvg-learning-meta">
        <Link to={`/leren/cursus/${course.slug}`}>{course.title}</Link> —{" "}
        {t("learning.lesson.position", { number: position.number, total: position.total })}
      </p>
      <h1 className="utrecht-heading-1">{lesson.title}</h1>
      <p className="utrecht-paragraph vvg-learning-meta">
        {t(`learning.kind.${lesson.kind}` as MessageKey)}, {tn("learning.minutes", lesson.durationMinutes)}
        {done ? (
          <>
            {" "}
            <span className="vvg-badge vvg-badge--ok">{t("learning.lesson.done")}</span>
          </>
        ) : null}
      </p>
      {problem ? <ErrorAlert>{t(problem as MessageKey)}</ErrorAlert> : null}

      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (renderMarkdown) */}
      <div className="vvg-learning-content" dangerouslySetInnerHTML={{ __html: lesson.bodyHtml }} />

      {lesson.kind === "video" ? (
        <div className="vvg-learning-video">
          {lesson.videoFileId || lesson.ownVideo ? (
            // biome-ignore lint/a11y/useMediaCaption: the captions track is added when the author uploaded one
            <video
              controls
              preload="metadata"
              src={lesson.videoFileId ? `/leren/bestanden/${lesson.videoFileId}` : (lesson.videoUrl ?? undefined)}
            >
              {lesson.captionsFileId ? (
                <track
                  kind="captions"
                  srcLang="nl"
                  label={t("learning.video.captions")}
                  src={`/leren/bestanden/${lesson.captionsFileId}`}
                  default
                />
              ) : null}
              <a href={lesson.videoFileId ? `/leren/bestanden/${lesson.videoFileId}` : (lesson.videoUrl ?? "")}>
                {t("learning.video.download")}
              </a>
            </video>
          ) : lesson.videoUrl ? (
            <p className="utrecht-paragraph">
              <a href={lesson.videoUrl} rel="noopener noreferrer">
                {t("learning.video.watch")}
              </a>
            </p>
          ) : null}
          {lesson.captionsFileId ? (
            <p className="utrecht-paragraph">
              <a href={`/leren/bestanden/${lesson.captionsFileId}`}>{t("learning.video.transcript")}</a>
            </p>
          ) : null}
        </div>
      ) : null}

      {lesson.kind === "file" && lesson.downloadFileId ? (
        <p className="utrecht-paragraph">
          <a
            className="utrecht-button utrecht-button--secondary-action vvg-learning-button-link"
            href={`/leren/bestanden/${lesson.downloadFileId}`}
            download
          >
            {t("learning.file.download")}
          </a>
        </p>
      ) : null}

      {lesson.kind === "scorm" ? <ScormPlayer lessonId={lesson.id} packageId={lesson.scormPackageId} /> : null}

      {lesson.kind !== "quiz" && lesson.kind !== "scorm" ? (
        done ? null : (
          <PostForm className="vvg-actions">
            <input type="hidden" name="intent" value="done" />
            <SubmitButton>{t("learning.lesson.markDone")}</SubmitButton>
          </PostForm>
        )
      ) : null}

      {quiz ? (
        <section aria-labelledby="quiz-heading" className="vvg-learning-quiz">
          <h2 className="utrecht-heading-2" id="quiz-heading">
            {t("learning.quiz.heading")}
          </h2>
          <p className="utrecht-paragraph">
            {t("learning.quiz.passMark", { mark: lesson.passMark })}{" "}
            {quiz.attemptsLeft === null ? t("learning.quiz.unlimited") : tn("learning.quiz.attemptsLeft", quiz.attemptsLeft)}
          </p>
          {quiz.last ? (
            <div id="resultaat" className="vvg-learning-result" tabIndex={-1}>
              <h3 className="utrecht-heading-3">{t("learning.quiz.resultHeading")}</h3>
              <p className="utrecht-paragraph">
                <span className={`vvg-badge ${quiz.last.passed ? "vvg-badge--ok" : "vvg-badge--warning"}`}>
                  {quiz.last.passed ? t("learning.quiz.passed") : t("learning.quiz.failed")}
                </span>{" "}
                {t("learning.quiz.score", { score: quiz.last.scorePercent })}
              </p>
              <ol className="utrecht-ordered-list">
                {quiz.last.results.map((result, i) => {
                  const question = quiz.questions.find((q) => q.id === result.questionId);
                  return (
                    <li key={result.questionId}>
                      <strong>{question?.prompt ?? t("learning.quiz.questionNumber", { number: i + 1 })}</strong>{" "}
                      {result.correct ? t("learning.quiz.right") : t("learning.quiz.wrong")}
                      {result.feedback.length ? (
                        <ul className="utrecht-unordered-list">
                          {result.feedback.map((f) => (
                            <li key={f}>{f}</li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </div>
          ) : null}
          {quiz.passed ? (
            <p className="utrecht-paragraph">{t("learning.quiz.alreadyPassedText")}</p>
          ) : quiz.attemptsLeft === 0 ? (
            <ErrorAlert>{t("learning.quiz.noAttemptsLeft")}</ErrorAlert>
          ) : (
            <PostForm className="vvg-learning-quiz-form" aria-labelledby="quiz-heading">
              <input type="hidden" name="intent" value="quiz" />
              {quiz.questions.map((question, index) => (
                <QuestionField key={question.id} question={question} index={index} />
              ))}
              <div className="vvg-actions">
                <SubmitButton>{t("learning.quiz.submit")}</SubmitButton>
              </div>
            </PostForm>
          )}
        </section>
      ) : null}

      {completed ? (
        <p className="utrecht-paragraph">
          <span className="vvg-badge vvg-badge--ok">{t("learning.state.completed")}</span> {t("learning.lesson.courseCompleted")}
        </p>
      ) : null}

      <nav aria-label={t("learning.lesson.navigation")} className="vvg-learning-pager">
        {previous ? (
          <Link to={lessonUrl(previous.id)} rel="prev">
            {t("learning.lesson.previous", { title: previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={lessonUrl(next.id)} rel="next">
            {t("learning.lesson.next", { title: next.title })}
          </Link>
        ) : (
          <Link to={`/leren/cursus/${course.slug}`}>{t("learning.lesson.backToCourse")}</Link>
        )}
      </nav>
    </>
  );
}
