import { Form, Link } from "react-router";
import type { Route } from "./+types/learning-catalogue";
import { getActor } from "../auth.server.ts";
import { ProgressMeter } from "../components/learning/fields.tsx";
import { SelectField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import {
  assignmentsFor,
  isAuthor,
  learnerCourse,
  listCatalogue,
  myLearning,
  notificationsFor,
} from "../modules/learning/index.server.ts";
import { AUDIENCES, COURSE_FORMATS, catalogueFilterFrom, DURATIONS, LEVELS, TOPICS } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.title", breadcrumb: "learning.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const filter = catalogueFilterFrom(new URL(request.url).searchParams);
  const items = await listCatalogue(db, filter);
  const actor = await getActor(request);
  let mine: Awaited<ReturnType<typeof myLearning>> = [];
  let due: Record<string, string> = {};
  let unread = 0;
  let resume: { slug: string; title: string; lessonId: string } | null = null;
  if (actor) {
    mine = await myLearning(db, actor.personId);
    // "Verder waar je was": the course worked on last, at the lesson to go on with.
    const current = mine.find((m) => !m.completedAt && m.lastActivityAt) ?? mine.find((m) => !m.completedAt);
    const view = current ? await learnerCourse(db, actor.personId, current.courseId) : null;
    if (current && view?.resumeLessonId) resume = { slug: current.slug, title: current.title, lessonId: view.resumeLessonId };
    due = Object.fromEntries(
      (await assignmentsFor(db, actor.personId)).filter((a) => a.dueOn).map((a) => [a.courseId, a.dueOn as string]),
    );
    unread = (await notificationsFor(db, actor.personId)).filter((n) => !n.readAt).length;
  }
  const organisationId = actor?.activeOrganisationId ?? "";
  return {
    filter,
    items: items.map((c) => ({
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      topic: c.topic,
      level: c.level,
      audience: c.audience,
      format: c.format,
      durationMinutes: c.durationMinutes,
    })),
    loggedIn: Boolean(actor),
    mine: mine.map((m) => ({
      slug: m.slug,
      title: m.title,
      requiredCount: m.requiredCount,
      requiredDone: m.requiredDone,
      completedAt: m.completedAt?.toISOString() ?? null,
      retake: Boolean(m.retakeSince),
      validUntil: m.validUntil?.toISOString() ?? null,
      dueOn: due[m.courseId] ?? null,
    })),
    unread,
    resume,
    links: {
      author: await isAuthor(db, actor),
      dashboard: Boolean(actor && can(actor, organisationId, "learning.view_progress")),
      assign: Boolean(actor && can(actor, organisationId, "learning.assign_courses")),
    },
  };
}

export default function LearningCatalogue({ loaderData }: Route.ComponentProps) {
  const { t, tn, formatDate } = useI18n();
  const { filter, items, mine, loggedIn, links, unread, resume } = loaderData;
  const option = (group: string, values: readonly string[]) => [
    { value: "", label: t("learning.filter.any") },
    ...values.map((value) => ({ value, label: t(`learning.${group}.${value}` as MessageKey) })),
  ];
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learning.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("learning.lead")}</p>
      <ul className="utrecht-unordered-list vvg-learning-links">
        <li>
          <Link to="/leren/gemeenschap">{t("learning.community.title")}</Link>
          {unread > 0 ? ` (${tn("learning.community.unread", unread)})` : null}
        </li>
        {loggedIn ? (
          <li>
            <Link to="/leren/certificaten">{t("learningCertificates.mine.title")}</Link>
          </li>
        ) : null}
        {links.author ? (
          <>
            <li>
              <Link to="/leren/redactie">{t("learning.authoring.title")}</Link>
            </li>
            <li>
              <Link to="/leren/scorm">{t("learningCertificates.packages.title")}</Link>
            </li>
          </>
        ) : null}
        {links.dashboard ? (
          <li>
            <Link to="/leren/beheer">{t("learning.dashboard.title")}</Link>
          </li>
        ) : null}
        {links.assign ? (
          <li>
            <Link to="/leren/beheer/toewijzen">{t("learning.assign.title")}</Link>
          </li>
        ) : null}
      </ul>

      {loggedIn ? (
        <section aria-labelledby="mine-heading" className="vvg-learning-mine">
          <h2 className="utrecht-heading-2" id="mine-heading">
            {t("learning.mine.heading")}
          </h2>
          {resume ? (
            <p className="utrecht-paragraph">
              <Link
                className="utrecht-button utrecht-button--primary-action vvg-learning-button-link"
                to={`/leren/cursus/${resume.slug}/les/${resume.lessonId}`}
              >
                {t("learning.mine.resume", { course: resume.title })}
              </Link>
            </p>
          ) : null}
          {mine.length === 0 ? (
            <p className="utrecht-paragraph">{t("learning.mine.none")}</p>
          ) : (
            <ul className="vvg-learning-cards">
              {mine.map((m) => (
                <li key={m.slug} className="vvg-learning-card">
                  <h3 className="utrecht-heading-3">
                    <Link to={`/leren/cursus/${m.slug}`}>{m.title}</Link>
                  </h3>
                  {m.completedAt ? (
                    <p className="utrecht-paragraph">
                      <span className="vvg-badge vvg-badge--ok">{t("learning.state.completed")}</span>{" "}
                      {t("learning.mine.completedOn", { date: formatDate(m.completedAt) })}
                      {m.validUntil ? ` ${t("learning.mine.validUntil", { date: formatDate(m.validUntil) })}` : ""}
                    </p>
                  ) : (
                    <>
                      {m.retake ? (
                        <p className="utrecht-paragraph">
                          <span className="vvg-badge vvg-badge--warning">{t("learning.mine.retake")}</span>
                        </p>
                      ) : null}
                      <ProgressMeter
                        done={m.requiredDone}
                        total={m.requiredCount}
                        label={t("learning.progress.count", { done: m.requiredDone, total: m.requiredCount })}
                      />
                    </>
                  )}
                  {m.dueOn && !m.completedAt ? (
                    <p className="utrecht-paragraph">{t("learning.mine.due", { date: formatDate(m.dueOn) })}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p className="utrecht-paragraph">
          <Link to="/inloggen?redirectTo=%2Fleren">{t("learning.loginToFollow")}</Link>
        </p>
      )}

      <section aria-labelledby="catalogue-heading">
        <h2 className="utrecht-heading-2" id="catalogue-heading">
          {t("learning.catalogue.heading")}
        </h2>
        <Form method="get" className="vvg-filter-form vvg-learning-filter" aria-label={t("learning.filter.label")}>
          <SelectField
            name="onderwerp"
            label={t("learning.filter.topic")}
            defaultValue={filter.topic ?? ""}
            options={option("topic", TOPICS)}
          />
          <SelectField
            name="niveau"
            label={t("learning.filter.level")}
            defaultValue={filter.level ?? ""}
            options={option("level", LEVELS)}
          />
          <SelectField
            name="doelgroep"
            label={t("learning.filter.audience")}
            defaultValue={filter.audience ?? ""}
            options={option("audience", AUDIENCES)}
          />
          <SelectField
            name="duur"
            label={t("learning.filter.duration")}
            defaultValue={filter.duration ?? ""}
            options={option("duration", DURATIONS)}
          />
          <SelectField
            name="soort"
            label={t("learning.filter.format")}
            defaultValue={filter.format ?? ""}
            options={option("format", COURSE_FORMATS)}
          />
          <div className="vvg-actions vvg-filter-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("learning.filter.submit")}
            </button>
            <Link to="/leren">{t("learning.filter.reset")}</Link>
          </div>
        </Form>
        <p className="utrecht-paragraph" role="status">
          {tn("learning.catalogue.count", items.length)}
        </p>
        <ul className="vvg-learning-cards">
          {items.map((c) => (
            <li key={c.slug} className="vvg-learning-card">
              <h3 className="utrecht-heading-3">
                <Link to={`/leren/cursus/${c.slug}`}>{c.title}</Link>
              </h3>
              <p className="utrecht-paragraph">{c.summary}</p>
              <p className="vvg-learning-tags">
                <span className="vvg-badge vvg-badge--neutral">{t(`learning.format.${c.format}` as MessageKey)}</span>{" "}
                <span className="vvg-badge vvg-badge--neutral">{t(`learning.topic.${c.topic}` as MessageKey)}</span>{" "}
                <span className="vvg-badge vvg-badge--neutral">{t(`learning.level.${c.level}` as MessageKey)}</span>{" "}
                <span className="vvg-badge vvg-badge--neutral">{t(`learning.audience.${c.audience}` as MessageKey)}</span>{" "}
                <span className="vvg-badge vvg-badge--neutral">{tn("learning.minutes", c.durationMinutes)}</span>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
