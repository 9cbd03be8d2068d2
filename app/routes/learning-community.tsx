import { Link } from "react-router";
import type { Route } from "./+types/learning-community";
import { getActor, requireActor } from "../auth.server.ts";
import { ActionForm } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  getCircleBySlug,
  listCircles,
  markNotificationsRead,
  notificationsFor,
  setCircleMembership,
} from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.community.title", breadcrumb: "learning.community.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const actor = await getActor(request);
  const circles = await listCircles(db, actor?.personId ?? null);
  const notifications = actor ? await notificationsFor(db, actor.personId) : [];
  return {
    loggedIn: Boolean(actor),
    circles: circles.map((c) => ({
      slug: c.slug,
      name: c.name,
      members: c.members,
      proposals: c.proposals,
      isMember: c.isMember,
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      proposalId: n.proposalId,
      title: n.title,
      status: n.status,
      createdAt: n.createdAt.toISOString(),
      unread: !n.readAt,
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "read") {
    await markNotificationsRead(db, actor.personId);
    return redirectWithFlash("/leren/gemeenschap", { kind: "ok", key: "learning.community.readDone" });
  }
  const circle = await getCircleBySlug(db, String(form.get("circle") ?? ""));
  if (!circle || (intent !== "join" && intent !== "leave")) {
    return redirectWithFlash("/leren/gemeenschap", { kind: "error", key: "learning.community.notFound" });
  }
  await setCircleMembership(db, circle.id, actor.personId, intent === "join");
  return redirectWithFlash("/leren/gemeenschap", {
    kind: "ok",
    key: intent === "join" ? "learning.community.joined" : "learning.community.left",
    vars: { circle: circle.name },
  });
}

export default function LearningCommunity({ loaderData }: Route.ComponentProps) {
  const { t, tn, formatDate } = useI18n();
  const { circles, notifications, loggedIn } = loaderData;
  const unread = notifications.filter((n) => n.unread).length;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learning.community.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("learning.community.lead")}</p>
      {!loggedIn ? (
        <p className="utrecht-paragraph">
          <Link to="/inloggen?redirectTo=%2Fleren%2Fgemeenschap">{t("learning.community.login")}</Link>
        </p>
      ) : null}

      {loggedIn ? (
        <section aria-labelledby="news-heading">
          <h2 className="utrecht-heading-2" id="news-heading">
            {t("learning.community.news")}
          </h2>
          {notifications.length === 0 ? (
            <p className="utrecht-paragraph">{t("learning.community.noNews")}</p>
          ) : (
            <>
              <ul className="utrecht-unordered-list">
                {notifications.map((n) => (
                  <li key={n.id}>
                    {n.unread ? <span className="vvg-badge vvg-badge--warning">{t("learning.community.new")}</span> : null}{" "}
                    <Link to={`/leren/voorstellen/${n.proposalId}`}>{n.title}</Link>:{" "}
                    {t(`learning.proposal.status.${n.status}` as MessageKey)} ({formatDate(n.createdAt)})
                  </li>
                ))}
              </ul>
              {unread > 0 ? <ActionForm fields={{ intent: "read" }} label={t("learning.community.markRead")} /> : null}
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="circles-heading">
        <h2 className="utrecht-heading-2" id="circles-heading">
          {t("learning.community.circles")}
        </h2>
        <ul className="vvg-learning-cards">
          {circles.map((c) => (
            <li key={c.slug} className="vvg-learning-card">
              <h3 className="utrecht-heading-3">
                <Link to={`/leren/gemeenschap/${c.slug}`}>{c.name}</Link>
              </h3>
              <p className="utrecht-paragraph">
                {tn("learning.community.members", c.members)}, {tn("learning.community.proposals", c.proposals)}
                {c.isMember ? (
                  <>
                    {" "}
                    <span className="vvg-badge vvg-badge--ok">{t("learning.community.youAreMember")}</span>
                  </>
                ) : null}
              </p>
              {loggedIn ? (
                <ActionForm
                  fields={{ intent: c.isMember ? "leave" : "join", circle: c.slug }}
                  label={c.isMember ? t("learning.community.leave") : t("learning.community.join")}
                  accessibleLabel={t(c.isMember ? "learning.community.leaveNamed" : "learning.community.joinNamed", {
                    circle: c.name,
                  })}
                  appearance={c.isMember ? "secondary" : "primary"}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
