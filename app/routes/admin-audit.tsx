import { data, Link } from "react-router";
import type { Route } from "./+types/admin-audit";
import { requirePortalAdmin } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { AdminHeading, Pager } from "../components/admin-nav.tsx";
import { ErrorSummary, TextField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { type AuditQueryValues, auditFilterFromQuery, listAuditWithNames } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.audit.title", breadcrumb: "admin.audit.title" };

const FIELDS = ["action", "organisation", "actor", "from", "to"] as const;
const TARGET_TYPES = ["person", "organisation", "email"] as const;
/** The filter fields, row by row, with their hint. */
const FILTER_ROWS = [
  [
    { name: "action", type: "text", hint: "admin.audit.filter.actionHint" },
    { name: "actor", type: "text", hint: "admin.audit.filter.actorHint" },
    { name: "organisation", type: "text", hint: "admin.audit.filter.organisationHint" },
  ],
  [
    { name: "from", type: "date", hint: "admin.audit.filter.dateHint" },
    { name: "to", type: "date", hint: "admin.audit.filter.dateHint" },
  ],
] as const;

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const { db } = getRuntime().database;
  const params = new URL(request.url).searchParams;
  const parsed = await auditFilterFromQuery(db, params);
  if (!parsed.ok) return data({ values: parsed.values, errors: parsed.errors, list: null }, { status: 400 });
  const page = Math.min(100_000, Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const list = await listAuditWithNames(db, parsed.filter, page, 50);
  return { values: parsed.values, errors: {} as Partial<Record<keyof AuditQueryValues, string>>, list };
}

/** The query string of the filters that are filled in (for the CSV link). */
function filterQuery(values: AuditQueryValues): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) if (values[field]) params.set(field, values[field]);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A filter field: no "(niet verplicht)" mark (every filter is optional), no autofill. */
function FilterField({
  name,
  label,
  hint,
  value,
  error,
  type = "text",
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  type?: "text" | "date";
}) {
  return (
    <TextField
      name={name}
      type={type}
      label={label}
      description={hint}
      defaultValue={value}
      error={error}
      maxLength={200}
      spellCheck={false}
      autoComplete="off"
      width="full"
      markOptional={false}
    />
  );
}

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { values, errors, list } = loaderData;
  const labels: Record<string, string> = {
    action: t("admin.audit.filter.action"),
    organisation: t("admin.audit.filter.organisation"),
    actor: t("admin.audit.filter.actor"),
    from: t("admin.audit.filter.from"),
    to: t("admin.audit.filter.to"),
  };
  const anyFilter = FIELDS.some((field) => values[field]);
  const targetTypeLabel = (type: string) =>
    TARGET_TYPES.includes(type as (typeof TARGET_TYPES)[number])
      ? t(`admin.audit.targetType.${type as (typeof TARGET_TYPES)[number]}`)
      : type;
  return (
    <>
      <AdminHeading title={t("admin.audit.title")} lead={t("admin.audit.lead")} />
      <search aria-labelledby="filter-heading">
        <h2 className="utrecht-heading-2" id="filter-heading">
          {t("admin.audit.filter.heading")}
        </h2>
        <ErrorSummary errors={errors as Record<string, string>} labels={labels} />
        <form method="get" className="vvg-admin-filters" noValidate>
          {FILTER_ROWS.map((row) => (
            <div className="vvg-admin-filters__row" key={row[0].name}>
              {row.map((field) => (
                <FilterField
                  key={field.name}
                  name={field.name}
                  type={field.type}
                  label={labels[field.name]!}
                  hint={t(field.hint)}
                  value={values[field.name]}
                  error={errors[field.name]}
                />
              ))}
            </div>
          ))}
          <div className="vvg-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("admin.filter")}
            </button>
            {anyFilter ? <Link to="/beheer/audit">{t("admin.clearFilters")}</Link> : null}
          </div>
        </form>
      </search>
      {list ? (
        <>
          <h2 className="utrecht-heading-2" id="audit-heading">
            {t("admin.resultsHeading")}
          </h2>
          <p className="utrecht-paragraph">
            <a
              href={`/beheer/audit.csv${filterQuery(values)}`}
              className="utrecht-button utrecht-button--secondary-action"
              download
            >
              {t("admin.audit.export")}
            </a>
          </p>
          <Pager page={list.page} pageSize={list.pageSize} total={list.total} />
          {list.items.length > 0 ? (
            <DataTable
              labelledBy="audit-heading"
              appearance="plain"
              className="vvg-admin-table"
              columns={[
                t("admin.audit.col.time"),
                t("admin.audit.col.action"),
                t("admin.audit.col.actor"),
                t("admin.audit.col.organisation"),
                t("admin.audit.col.target"),
                t("admin.audit.col.ip"),
              ]}
            >
              {list.items.map((entry) => (
                <tr key={entry.id}>
                  <td className="vvg-nowrap">{formatDateTime(entry.at)}</td>
                  <td className="vvg-nowrap">
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.actorId ? (
                      <Link to={`/beheer/audit?actor=${entry.actorId}`}>{entry.actorName ?? t("admin.audit.unknown")}</Link>
                    ) : (
                      t("admin.audit.system")
                    )}
                  </td>
                  <td>
                    {entry.organisationId ? (
                      <Link to={`/beheer/audit?organisation=${entry.organisationId}`}>
                        {entry.organisationName ?? t("admin.audit.unknown")}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    {entry.targetId ? (
                      <>
                        {entry.targetType ? <span className="vvg-admin-type">{targetTypeLabel(entry.targetType)}:</span> : null}{" "}
                        {entry.targetName ?? <code>{entry.targetId}</code>}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{entry.ip ?? "—"}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </>
      ) : null}
    </>
  );
}
