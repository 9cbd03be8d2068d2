import { Link } from "react-router";
import type { Route } from "./+types/admin-people";
import { identityContext, requirePortalAdmin } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { AdminHeading, Badge, Pager } from "../components/admin-nav.tsx";
import { PostForm, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { findPerson, listPeople, setPortalAdmin } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.people.title", breadcrumb: "admin.people.title" };

const pageOf = (value: string | null) => Math.min(100_000, Math.max(1, Number.parseInt(value ?? "1", 10) || 1));

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requirePortalAdmin(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const result = await listPeople(getRuntime().database.db, { q, page: pageOf(url.searchParams.get("page")) });
  return { ...result, q, me: actor.personId };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requirePortalAdmin(request);
  const form = await readForm(request);
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  const personId = String(form.get("personId") ?? "");
  const intent = form.get("intent");
  if (intent !== "grant" && intent !== "revoke") return redirectWithFlash(back, { kind: "error", key: "admin.people.notFound" });
  const result = await setPortalAdmin(await identityContext(request, context), actor.personId, personId, intent === "grant");
  if (!result.ok) return redirectWithFlash(back, { kind: "error", key: result.error as MessageKey });
  if (!result.changed) return redirectWithFlash(back, { kind: "info", key: "admin.people.unchanged" });
  const person = await findPerson(getRuntime().database.db, personId);
  return redirectWithFlash(back, {
    kind: "ok",
    key: intent === "grant" ? "admin.people.granted" : "admin.people.revoked",
    vars: { name: person?.name ?? "" },
  });
}

export default function AdminPeople({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { items, total, page, pageSize, q, me } = loaderData;
  return (
    <>
      <AdminHeading title={t("admin.people.title")} lead={t("admin.people.lead")} />
      <search>
        <form method="get" className="vvg-admin-filters">
          <TextField
            name="q"
            type="search"
            label={t("admin.people.search")}
            defaultValue={q}
            maxLength={200}
            spellCheck={false}
          />
          <div className="vvg-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("admin.search")}
            </button>
            {q ? <Link to="/beheer/personen">{t("admin.clearFilters")}</Link> : null}
          </div>
        </form>
      </search>
      <h2 className="utrecht-heading-2" id="people-heading">
        {t("admin.resultsHeading")}
      </h2>
      <Pager page={page} pageSize={pageSize} total={total} />
      {items.length > 0 ? (
        <DataTable
          labelledBy="people-heading"
          appearance="plain"
          className="vvg-admin-table"
          columns={[
            t("admin.people.col.name"),
            t("admin.people.col.email"),
            t("admin.people.col.verified"),
            t("admin.people.col.portalAdmin"),
            t("admin.people.col.created"),
            { label: t("admin.people.col.memberships"), className: "vvg-num" },
            t("admin.people.col.audit"),
          ]}
        >
          {items.map((person) => {
            const erased = Boolean(person.erasedAt);
            return (
              <tr key={person.id}>
                <th scope="row">
                  {person.name} {person.id === me ? t("admin.people.you") : null}
                  {erased ? (
                    <>
                      {" "}
                      <Badge tone="neutral">{t("admin.people.erased")}</Badge>
                    </>
                  ) : null}
                </th>
                <td className="vvg-admin-email">{person.email ? <EmailAddress value={person.email} /> : "—"}</td>
                <td>
                  {erased ? (
                    "—"
                  ) : person.emailVerifiedAt ? (
                    <Badge tone="ok">{t("admin.yes")}</Badge>
                  ) : (
                    <Badge tone="warning">{t("admin.no")}</Badge>
                  )}
                </td>
                <td className="vvg-admin-actions">
                  <span>{person.isPortalAdmin ? t("admin.yes") : t("admin.no")}</span>
                  {erased || person.id === me ? null : (
                    <PostForm className="vvg-inline-form">
                      <input type="hidden" name="personId" value={person.id} />
                      <input type="hidden" name="intent" value={person.isPortalAdmin ? "revoke" : "grant"} />
                      <button type="submit" className="utrecht-button utrecht-button--secondary-action vvg-admin-button-small">
                        {person.isPortalAdmin ? t("admin.people.revoke") : t("admin.people.grant")}
                        <span className="vvg-visually-hidden"> {t("admin.people.rightsFor", { name: person.name })}</span>
                      </button>
                    </PostForm>
                  )}
                </td>
                <td className="vvg-nowrap">{formatDate(person.createdAt, { dateStyle: "medium" })}</td>
                <td className="vvg-num">{person.memberships}</td>
                <td>
                  <Link to={`/beheer/audit?actor=${person.id}`}>
                    {t("admin.people.auditShort")}
                    <span className="vvg-visually-hidden"> {t("admin.people.actionFor", { name: person.name })}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
    </>
  );
}

/** An e-mail address that may break after the @ on narrow columns, never in the middle of a word. */
function EmailAddress({ value }: { value: string }) {
  const at = value.indexOf("@");
  if (at < 0) return <>{value}</>;
  return (
    <>
      {value.slice(0, at)}
      <wbr />
      {value.slice(at)}
    </>
  );
}
