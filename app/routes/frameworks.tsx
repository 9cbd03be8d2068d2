import { Form, Link } from "react-router";
import type { Route } from "./+types/frameworks";
import { getActor } from "../auth.server.ts";
import { FrameworkPeriod, FrameworkUsage } from "../components/framework-usage.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { SelectField, TextField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { listAccessionsOf, listFrameworkRegister, mayJoinFor, todayInBrussels } from "../modules/procurement/index.server.ts";
import { FRAMEWORK_STATUS_FILTERS, frameworkFilterFrom } from "../modules/procurement/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "frameworks.title", breadcrumb: "frameworks.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const filter = frameworkFilterFrom(new URL(request.url).searchParams);
  const today = todayInBrussels();
  const items = await listFrameworkRegister(db, filter, today);
  // Only the viewer's own organisation's accessions, and only for those who may act on them.
  const actor = await getActor(request);
  const joined = mayJoinFor(actor, actor?.activeOrganisationId)
    ? (await listAccessionsOf(db, actor!.activeOrganisationId!)).map((a) => a.frameworkId)
    : [];
  return {
    filter,
    today,
    joined,
    items: items.map((f) => ({
      id: f.id,
      reference: f.reference,
      title: f.title,
      centralPurchasingBody: f.centralPurchasingBody,
      startsOn: f.startsOn,
      endsOn: f.endsOn,
      maxValueCents: f.maxValueCents,
      usedValueCents: f.usedValueCents,
      orderMethod: f.orderMethod,
      lots: f.lots,
      expired: f.expired,
    })),
  };
}

export default function Frameworks({ loaderData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { filter, items, today, joined } = loaderData;
  const filtered = Boolean(filter.q || filter.status !== "all");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("frameworks.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("frameworks.lead")}</p>

      <section aria-labelledby="filter-heading" className="vvg-framework-filter">
        <h2 className="utrecht-heading-2 vvg-visually-hidden" id="filter-heading">
          {t("frameworks.filter.heading")}
        </h2>
        <Form method="get" className="vvg-filter-form">
          <TextField
            name="q"
            type="search"
            label={t("frameworks.filter.q")}
            maxLength={100}
            defaultValue={filter.q}
            width="full"
            markOptional={false}
          />
          <SelectField
            name="status"
            label={t("frameworks.filter.status")}
            defaultValue={filter.status}
            options={FRAMEWORK_STATUS_FILTERS.map((status) => ({
              value: status,
              label: t(`frameworks.filter.status.${status}` as MessageKey),
            }))}
          />
          <div className="vvg-actions vvg-filter-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("frameworks.filter.submit")}
            </button>
            {filtered ? <Link to="/raamovereenkomsten">{t("frameworks.filter.reset")}</Link> : null}
          </div>
        </Form>
      </section>

      <section aria-labelledby="results-heading">
        <h2 className="utrecht-heading-2" id="results-heading" aria-live="polite">
          {tn("frameworks.results", items.length)}
        </h2>
        {items.length === 0 ? (
          <p className="utrecht-paragraph">{t("frameworks.noResults")}</p>
        ) : (
          <DataTable
            labelledBy="results-heading"
            className="vvg-framework-table"
            columns={[
              t("frameworks.col.reference"),
              t("frameworks.col.title"),
              t("frameworks.col.body"),
              t("frameworks.col.period"),
              { label: t("frameworks.col.lots"), className: "vvg-numeric" },
              t("frameworks.col.usage"),
              t("frameworks.col.orderMethod"),
            ]}
          >
            {items.map((item) => (
              <tr className={`utrecht-table__row${item.expired ? " vvg-framework-row--expired" : ""}`} key={item.id}>
                <td className="utrecht-table__cell">
                  <Link to={`/raamovereenkomsten/${item.id}`}>{item.reference}</Link>
                </td>
                <td className="utrecht-table__cell">
                  {item.title}
                  {joined.includes(item.id) ? (
                    <>
                      <br />
                      <span className="vvg-badge vvg-badge--ok">{t("frameworks.joinedBadge")}</span>
                    </>
                  ) : null}
                </td>
                <td className="utrecht-table__cell">{item.centralPurchasingBody}</td>
                <td className="utrecht-table__cell">
                  <FrameworkPeriod startsOn={item.startsOn} endsOn={item.endsOn} today={today} />
                </td>
                <td className="utrecht-table__cell vvg-numeric">{item.lots}</td>
                <td className="utrecht-table__cell">
                  <FrameworkUsage reference={item.reference} usedCents={item.usedValueCents} maxCents={item.maxValueCents} />
                </td>
                <td className="utrecht-table__cell">{t(`frameworks.orderMethod.${item.orderMethod}` as MessageKey)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
