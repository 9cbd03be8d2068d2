import { data, Link } from "react-router";
import type { Route } from "./+types/learning-course";
import { getActor, requireActor } from "../auth.server.ts";
import { ProgressMeter } from "../components/learning/fields.tsx";
import { ActionForm } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { enrol, getCourseBySlug, isAuthor, learnerCourse, renderMarkdown } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.course.title", breadcrumb: "learning.course.title" };

async function publishedCourse(slug: string) {
  const course = await getCourseBySlug(getRuntime().database.db, slug);
  if (!course || course.archivedAt) throw data(null, { status: 404 });
  return course;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const course = await publishedCourse(params.slug);
  const actor = await getActor(request);
  const view = await learnerCourse(db, actor?.personId ?? null, course.id);
  if (!view) throw data(null, { status: 404 });
  return {
    course: {
      slug: course.slug,
      title: course.title,
      summaryHtml: renderMarkdown(course.summary),
      format: course.format,
      topic: course.topic,
      level: course.level,
      audience: course.audience,
      durationMinutes: course.durationMinutes,
      validityMonths: course.validityMonths,
    },
    loggedIn: Boolean(actor),
    author: await isAuthor(db, actor),
    version: { number: view.version.number, publishedAt: view.version.publishedAt?.toISOString() ?? null },
    enrolment: view.enrolment
      ? {
          completedAt: view.enrolment.completedAt?.toISOString() ?? null,
          retake: Boolean(view.enrolment.retakeSince),
        }
      : null,
    outline: view.outline.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: l.title,
        kind: l.kind,
        required: l.required,
        durationMinutes: l.durationMinutes,
        done: l.done,
      })),
    })),
    requiredCount: view.requiredCount,
    requiredDone: view.requiredDone,
    resumeLessonId: view.resumeLessonId,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const course = await publishedCourse(params.slug);
  const form = await readForm(request);
  if (form.get("intent") !== "enrol") throw data(null, { status: 400 });
  const result = await enrol(getRuntime().database.db, actor.personId, course.id);
  const here = `/leren/cursus/${course.slug}`;
  if (!result.ok) return redirectWithFlash(here, { kind: "error", key: result.error as MessageKey });
  return redirectWithFlash(here, { kind: "ok", key: "learning.course.enrolled", vars: { course: course.title } });
}

export default function LearningCourse({ loaderData }: Route.ComponentProps) {
  const { t, tn, formatDate } = useI18n();
  const { course, enrolment, outline, loggedIn, version, requiredCount, requiredDone, resumeLessonId, author } = loaderData;
  const enrolled = Boolean(enrolment);
  return (
    <>
      <h1 className="utrecht-heading-1">{course.title}</h1>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (renderMarkdown) */}
      <div className="vvg-learning-content vvg-lead" dangerouslySetInnerHTML={{ __html: course.summaryHtml }} />
      <dl className="vvg-learning-facts">
        <dt>{t("learning.facts.format")}</dt>
        <dd>{t(`learning.format.${course.format}` as MessageKey)}</dd>
        <dt>{t("learning.facts.topic")}</dt>
        <dd>{t(`learning.topic.${course.topic}` as MessageKey)}</dd>
        <dt>{t("learning.facts.level")}</dt>
        <dd>{t(`learning.level.${course.level}` as MessageKey)}</dd>
        <dt>{t("learning.facts.audience")}</dt>
        <dd>{t(`learning.audience.${course.audience}` as MessageKey)}</dd>
        <dt>{t("learning.facts.duration")}</dt>
        <dd>{tn("learning.minutes", course.durationMinutes)}</dd>
        <dt>{t("learning.facts.validity")}</dt>
        <dd>{course.validityMonths ? tn("learning.months", course.validityMonths) : t("learning.facts.noExpiry")}</dd>
        <dt>{t("learning.facts.version")}</dt>
        <dd>
          {t("learning.facts.versionValue", {
            number: version.number,
            date: version.publishedAt ? formatDate(version.publishedAt) : "",
          })}
        </dd>
      </dl>

      <section aria-labelledby="progress-heading" className="vvg-learning-status">
        <h2 className="utrecht-heading-2" id="progress-heading">
          {t("learning.course.yourProgress")}
        </h2>
        {!loggedIn ? (
          <p className="utrecht-paragraph">
            <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/leren/cursus/${course.slug}`)}`}>
              {t("learning.course.loginToEnrol")}
            </Link>
          </p>
        ) : !enrolled ? (
          <>
            <p className="utrecht-paragraph">{t("learning.course.notEnrolled")}</p>
            <ActionForm fields={{ intent: "enrol" }} label={t("learning.course.enrol")} appearance="primary" />
          </>
        ) : (
          <>
            {enrolment?.retake ? (
              <p className="utrecht-paragraph">
                <span className="vvg-badge vvg-badge--warning">{t("learning.mine.retake")}</span>{" "}
                {t("learning.course.retakeText")}
              </p>
            ) : null}
            {enrolment?.completedAt ? (
              <p className="utrecht-paragraph">
                <span className="vvg-badge vvg-badge--ok">{t("learning.state.completed")}</span>{" "}
                {t("learning.mine.completedOn", { date: formatDate(enrolment.completedAt) })}
              </p>
            ) : null}
            <ProgressMeter
              done={requiredDone}
              total={requiredCount}
              label={t("learning.progress.count", { done: requiredDone, total: requiredCount })}
            />
            {resumeLessonId && !enrolment?.completedAt ? (
              <p className="utrecht-paragraph">
                <Link
                  className="utrecht-button utrecht-button--primary-action vvg-learning-button-link"
                  to={`/leren/cursus/${course.slug}/les/${resumeLessonId}`}
                >
                  {requiredDone > 0 ? t("learning.course.resume") : t("learning.course.start")}
                </Link>
              </p>
            ) : null}
          </>
        )}
        {author ? (
          <p className="utrecht-paragraph">
            <Link to="/leren/redactie">{t("learning.course.edit")}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="outline-heading">
        <h2 className="utrecht-heading-2" id="outline-heading">
          {t("learning.course.outline")}
        </h2>
        {outline.map((m) => (
          <div key={m.id} className="vvg-learning-module">
            {course.format === "package" ? <h3 className="utrecht-heading-3">{m.title}</h3> : null}
            <ol className="utrecht-ordered-list vvg-learning-lessons">
              {m.lessons.map((l) => (
                <li key={l.id}>
                  {enrolled ? <Link to={`/leren/cursus/${course.slug}/les/${l.id}`}>{l.title}</Link> : l.title}{" "}
                  <span className="vvg-learning-meta">
                    ({t(`learning.kind.${l.kind}` as MessageKey)}, {tn("learning.minutes", l.durationMinutes)}
                    {l.required ? "" : `, ${t("learning.lesson.optional")}`})
                  </span>
                  {l.done ? (
                    <>
                      {" "}
                      <span className="vvg-badge vvg-badge--ok">{t("learning.lesson.done")}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </>
  );
}
