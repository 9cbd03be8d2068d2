import { data, Link } from "react-router";
import type { Route } from "./+types/admin-outbox";
import { requirePortalAdmin } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { AdminHeading, AdminNav, Badge, Pager } from "../components/admin-nav.tsx";
import { SelectField, TextField } from "../components/ui/form.tsx";
import { getLocale } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { getOutboxMessage, listOutboxPage, OUTBOX_STATUSES, type OutboxStatus } from "../modules/platform/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.outbox.title", breadcrumb: "admin.outbox.title" };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const { db } = getRuntime().database;
  const params = new URL(request.url).searchParams;
  const id = params.get("id");
  if (id !== null) {
    const message = await getOutboxMessage(db, id);
    if (!message) throw data({ locale: await getLocale(request) }, { status: 404 });
    const { htmlBody: _html, ...rest } = message;
    return { message: rest, list: null, filters: null, statuses: OUTBOX_STATUSES };
  }
  const statusParam = params.get("status") ?? "";
  const status = (OUTBOX_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as OutboxStatus) : undefined;
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const page = Math.min(100_000, Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const list = await listOutboxPage(db, { status, q, page, pageSize: 50 });
  return { message: null, list, filters: { status: status ?? "", q }, statuses: OUTBOX_STATUSES };
}

const TONE = { pending: "neutral", sent: "ok", held: "warning", failed: "error" } as const;

export default function AdminOutbox({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { message, list, filters } = loaderData;
  if (message) {
    return (
      <>
        <h1 className="utrecht-heading-1">{t("admin.outbox.message.title", { id: message.id })}</h1>
        <AdminNav />
        <p className="utrecht-paragraph">
          <Link to="/beheer/outbox">{t("admin.outbox.message.back")}</Link>
        </p>
        <dl className="vvg-admin-dl">
          <dt>{t("admin.outbox.col.to")}</dt>
          <dd>{message.toAddress}</dd>
          <dt>{t("admin.outbox.col.subject")}</dt>
          <dd>{message.subject}</dd>
          <dt>{t("admin.outbox.col.template")}</dt>
          <dd>{message.template ?? "—"}</dd>
          <dt>{t("admin.outbox.message.locale")}</dt>
          <dd>{message.locale}</dd>
          <dt>{t("admin.outbox.col.status")}</dt>
          <dd>
            <Badge tone={TONE[message.status]}>{t(`admin.outbox.status.${message.status}`)}</Badge>
          </dd>
          <dt>{t("admin.outbox.col.created")}</dt>
          <dd>{formatDateTime(message.createdAt)}</dd>
          <dt>{t("admin.outbox.col.sent")}</dt>
          <dd>{message.sentAt ? formatDateTime(message.sentAt) : "—"}</dd>
          {message.lastError ? (
            <>
              <dt>{t("admin.outbox.message.error")}</dt>
              <dd>
                <code>{message.lastError}</code>
              </dd>
            </>
          ) : null}
        </dl>
        <h2 className="utrecht-heading-2" id="text-heading">
          {t("admin.outbox.message.text")}
        </h2>
        <div className="vvg-admin-mail">
          <pre>{message.textBody}</pre>
        </div>
      </>
    );
  }
  if (!list || !filters) return null;
  return (
    <>
      <AdminHeading title={t("admin.outbox.title")} lead={t("admin.outbox.lead")} />
      <search>
        <form method="get" className="vvg-admin-filters">
          <div className="vvg-admin-filters__row">
            <TextField name="q" type="search" label={t("admin.outbox.filter.q")} defaultValue={filters.q} maxLength={200} />
            <SelectField
              name="status"
              label={t("admin.outbox.filter.status")}
              defaultValue={filters.status}
              options={[
                { value: "", label: t("admin.all") },
                ...loaderData.statuses.map((status) => ({ value: status, label: t(`admin.outbox.status.${status}`) })),
              ]}
            />
          </div>
          <div className="vvg-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("admin.filter")}
            </button>
            {filters.q || filters.status ? <Link to="/beheer/outbox">{t("admin.clearFilters")}</Link> : null}
          </div>
        </form>
      </search>
      <h2 className="utrecht-heading-2" id="outbox-heading">
        {t("admin.resultsHeading")}
      </h2>
      <Pager page={list.page} pageSize={list.pageSize} total={list.total} />
      {list.items.length > 0 ? (
        <DataTable
          labelledBy="outbox-heading"
          appearance="plain"
          className="vvg-admin-table"
          columns={[
            t("admin.outbox.col.created"),
            t("admin.outbox.col.to"),
            t("admin.outbox.col.subject"),
            t("admin.outbox.col.template"),
            t("admin.outbox.col.status"),
            t("admin.outbox.col.sent"),
          ]}
        >
          {list.items.map((item) => (
            <tr key={item.id}>
              <td className="vvg-nowrap">{formatDateTime(item.createdAt)}</td>
              <td className="vvg-wrap-anywhere">{item.toAddress}</td>
              <th scope="row">
                <Link to={`/beheer/outbox?id=${item.id}`}>{item.subject}</Link>
              </th>
              <td className="vvg-nowrap">
                <code>{item.template ?? "—"}</code>
              </td>
              <td>
                <Badge tone={TONE[item.status]}>{t(`admin.outbox.status.${item.status}`)}</Badge>
              </td>
              <td className="vvg-nowrap">{item.sentAt ? formatDateTime(item.sentAt) : "—"}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
