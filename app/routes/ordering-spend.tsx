// /aankopen/uitgaven — the organisation's spend by supplier, category, framework agreement and
// year, and the usage of the framework agreements it joined; downloads as XLSX and CSV.
import { Form } from "react-router";
import type { Route } from "./+types/ordering-spend";
import { FrameworkUsage } from "../components/framework-usage.tsx";
import { OrderingNav } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { SelectField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { spendReport } from "../modules/ordering/index.server.ts";
import { spendFilterSchema } from "../modules/ordering/shared.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.spend.title", breadcrumb: "ordering.spend.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName, rights } = await requireOrdering(request, "procurement.view_orders");
  const { year } = spendFilterSchema.parse({ year: new URL(request.url).searchParams.get("jaar") ?? undefined });
  return { organisationName, rights, report: await spendReport(getRuntime().database.db, organisationId, year) };
}

type Row = { key: string; label: string; labelEn?: string; orders: number; amountCents: number };

function SpendTable({
  id,
  title,
  column,
  rows,
  none,
}: {
  id: string;
  title: string;
  column: string;
  rows: Row[];
  none?: string;
}) {
  const { t, formatEuro, formatNumber, locale } = useI18n();
  return (
    <section aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("ordering.spend.empty")}</p>
      ) : (
        <DataTable
          labelledBy={id}
          className="vvg-ord-table"
          columns={[
            column,
            { label: t("ordering.spend.col.orders"), className: "vvg-numeric" },
            { label: t("ordering.spend.col.amount"), className: "vvg-numeric" },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                {row.key === "none" && none ? none : (locale === "en" && row.labelEn) || row.label}
              </th>
              <td className="utrecht-table__cell vvg-numeric">{formatNumber(row.orders)}</td>
              <td className="utrecht-table__cell vvg-numeric">{formatEuro(row.amountCents / 100)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export default function Spend({ loaderData }: Route.ComponentProps) {
  const { t, formatEuro, formatNumber } = useI18n();
  const { report, organisationName } = loaderData;
  const query = report.year ? `?jaar=${report.year}` : "";
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.spend.title")}</h1>
      <OrderingNav rights={loaderData.rights} />
      <p className="utrecht-paragraph vvg-lead">{t("ordering.spend.intro", { organisation: organisationName })}</p>
      <Form method="get" className="vvg-ord-filter">
        <SelectField
          name="jaar"
          label={t("ordering.spend.year")}
          defaultValue={report.year ? String(report.year) : ""}
          options={[
            { value: "", label: t("ordering.spend.allYears") },
            ...report.years.map((year) => ({ value: String(year), label: String(year) })),
          ]}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("ordering.orders.filter")}
        </button>
      </Form>
      <p className="utrecht-paragraph">
        <strong>
          {t("ordering.spend.total", { amount: formatEuro(report.totalCents / 100), orders: formatNumber(report.orders) })}
        </strong>
      </p>
      <ul className="vvg-ord-actions">
        <li>
          <a href={`/aankopen/uitgaven.xlsx${query}`} download>
            {t("ordering.spend.downloadXlsx")}
          </a>
        </li>
        <li>
          <a href={`/aankopen/uitgaven.csv${query}`} download>
            {t("ordering.spend.downloadCsv")}
          </a>
        </li>
      </ul>
      <SpendTable
        id="by-supplier"
        title={t("ordering.spend.bySupplier")}
        column={t("ordering.spend.col.supplier")}
        rows={report.bySupplier}
      />
      <SpendTable
        id="by-category"
        title={t("ordering.spend.byCategory")}
        column={t("ordering.spend.col.category")}
        rows={report.byCategory}
      />
      <SpendTable
        id="by-framework"
        title={t("ordering.spend.byFramework")}
        column={t("ordering.spend.col.framework")}
        rows={report.byFramework}
        none={t("ordering.spend.noFramework")}
      />
      <SpendTable id="by-year" title={t("ordering.spend.byYear")} column={t("ordering.spend.col.year")} rows={report.byYear} />
      <section aria-labelledby="usage-heading">
        <h2 className="utrecht-heading-2" id="usage-heading">
          {t("ordering.spend.usage")}
        </h2>
        {report.frameworkUsage.length === 0 ? (
          <p className="utrecht-paragraph">{t("ordering.spend.noneJoined")}</p>
        ) : (
          <ul className="vvg-ord-usage">
            {report.frameworkUsage.map((framework) => (
              <li key={framework.id}>
                <p className="utrecht-paragraph">
                  <strong>{framework.reference}</strong> — {framework.title}
                </p>
                <FrameworkUsage
                  reference={framework.reference}
                  usedCents={framework.usedValueCents}
                  maxCents={framework.maxValueCents}
                />
                <p className="utrecht-paragraph">
                  {t("ordering.spend.ownShare", { amount: formatEuro(framework.ownCents / 100) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
