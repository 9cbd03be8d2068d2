import { data, Link } from "react-router";
import type { Route } from "./+types/admin-audit";
import { requirePortalAdmin } from "../auth.server.ts";
import { TableRegion } from "../components/ui/table-region.tsx";
import { AdminNav, Pager } from "../components/admin-nav.tsx";
import { ErrorSummary } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { type AuditQueryValues, auditFilterFromQuery, listAuditWithNames } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.audit.title", breadcrumb: "admin.audit.title" };

const FIELDS = ["action", "organisation", "actor", "from", "to"] as const;
const TARGET_TYPES = ["person", "organisation", "email"] as const;

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
  const { t } = useI18n();
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={name}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${name}-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          id={name}
          name={name}
          type={type}
          defaultValue={value}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
    </div>
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
      <h1 className="utrecht-heading-1">{t("admin.audit.title")}</h1>
      <AdminNav />
      <p className="utrecht-paragraph vvg-lead">{t("admin.audit.lead")}</p>
      <search aria-labelledby="filter-heading">
        <h2 className="utrecht-heading-2" id="filter-heading">
          {t("admin.audit.filter.heading")}
        </h2>
        <ErrorSummary errors={errors as Record<string, string>} labels={labels} />
        <form method="get" className="vvg-admin-filters" noValidate>
          <div className="vvg-admin-filters__row">
            <FilterField
              name="action"
              label={labels.action!}
              hint={t("admin.audit.filter.actionHint")}
              value={values.action}
              error={errors.action}
            />
            <FilterField
              name="actor"
              label={labels.actor!}
              hint={t("admin.audit.filter.actorHint")}
              value={values.actor}
              error={errors.actor}
            />
            <FilterField
              name="organisation"
              label={labels.organisation!}
              hint={t("admin.audit.filter.organisationHint")}
              value={values.organisation}
              error={errors.organisation}
            />
          </div>
          <div className="vvg-admin-filters__row">
            <FilterField
              name="from"
              type="date"
              label={labels.from!}
              hint={t("admin.audit.filter.dateHint")}
              value={values.from}
              error={errors.from}
            />
            <FilterField
              name="to"
              type="date"
              label={labels.to!}
              hint={t("admin.audit.filter.dateHint")}
              value={values.to}
              error={errors.to}
            />
          </div>
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
            <TableRegion labelledBy="audit-heading">
              <table className="vvg-admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.audit.col.time")}</th>
                    <th scope="col">{t("admin.audit.col.action")}</th>
                    <th scope="col">{t("admin.audit.col.actor")}</th>
                    <th scope="col">{t("admin.audit.col.organisation")}</th>
                    <th scope="col">{t("admin.audit.col.target")}</th>
                    <th scope="col">{t("admin.audit.col.ip")}</th>
                  </tr>
                </thead>
                <tbody>
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
                            {entry.targetType ? (
                              <span className="vvg-admin-type">{targetTypeLabel(entry.targetType)}:</span>
                            ) : null}{" "}
                            {entry.targetName ?? <code>{entry.targetId}</code>}
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td>{entry.ip ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          ) : null}
        </>
      ) : null}
    </>
  );
}
