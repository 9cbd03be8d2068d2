// /meldingen — the person's notifications about orders (newest first); "mark all read".
import { Link } from "react-router";
import type { Route } from "./+types/notifications";
import { requireActor } from "../auth.server.ts";
import { PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { listNotifications, markNotificationsRead } from "../modules/ordering/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.notifications.title", breadcrumb: "ordering.notifications.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const items = await listNotifications(getRuntime().database.db, actor.personId);
  const names = new Map(actor.memberships.map((m) => [m.organisationId, m.organisationName]));
  return {
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      href: n.href,
      vars: n.vars,
      organisation: names.get(n.organisationId) ?? "",
      createdAt: n.createdAt.toISOString(),
      unread: n.readAt === null,
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const count = await markNotificationsRead(getRuntime().database.db, actor.personId);
  return redirectWithFlash("/meldingen", { kind: "ok", key: "ordering.notifications.marked", vars: { count } });
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { items } = loaderData;
  const unread = items.filter((item) => item.unread).length;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.notifications.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("ordering.notifications.unread", { count: unread })}</p>
      {unread > 0 ? (
        <PostForm>
          <SubmitButton appearance="secondary">{t("ordering.notifications.markRead")}</SubmitButton>
        </PostForm>
      ) : null}
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{t("ordering.notifications.none")}</p>
      ) : (
        <ul className="vvg-ord-notifications">
          {items.map((item) => (
            <li
              key={item.id}
              className={item.unread ? "vvg-ord-notification vvg-ord-notification--unread" : "vvg-ord-notification"}
            >
              {item.unread ? <span className="vvg-badge vvg-badge--warning">{t("ordering.notifications.new")}</span> : null}{" "}
              <Link to={item.href}>{t(`ordering.notification.${item.kind}` as MessageKey, item.vars)}</Link>
              <span className="vvg-ord-sub">
                {formatDateTime(item.createdAt)}
                {item.organisation ? ` · ${item.organisation}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
