import { useEffect } from "react";
import { data, Link, useRevalidator } from "react-router";
import type { Route } from "./+types/supplier-import-status";
import { notFound, requireSupplier } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { ErrorAlert, PostForm, SelectField, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  cancelImport,
  getImport,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  SPEC_ATTRIBUTES,
  startApply,
  startValidation,
} from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "supplier.importStatus.title", breadcrumb: "supplier.importStatus.title" };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { supplierId } = await requireSupplier(request);
  const found = await getImport(getRuntime().database.db, supplierId, params.id);
  if (!found) return notFound(request);
  return {
    item: found,
    fields: IMPORT_FIELDS,
    required: REQUIRED_IMPORT_FIELDS,
    specs: [...SPEC_ATTRIBUTES.values()].map((a) => ({ key: a.key, labelNl: a.labelNl, labelEn: a.labelEn })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request);
  const db = getRuntime().database.db;
  const form = await readForm(request);
  const intent = form.get("intent");
  const here = `/leverancier/import/${params.id}`;
  if (intent === "map") {
    const found = await getImport(db, supplierId, params.id);
    if (!found) return notFound(request);
    const mapping = found.headers.map((_, index) => String(form.get(`col${index}`) ?? ""));
    const result = await startValidation(db, supplierId, params.id, mapping);
    if (!result.ok) {
      if (result.error === "notFound") return notFound(request);
      return data({ error: result.error, problems: result.problems ?? [], mapping }, { status: 400 });
    }
    return redirectWithFlash(here, { kind: "info", key: "supplier.importStatus.validating" });
  }
  if (intent === "apply" || intent === "cancel") {
    const result =
      intent === "apply" ? await startApply(db, supplierId, params.id, actor) : await cancelImport(db, supplierId, params.id);
    if (!result.ok) {
      if (result.error === "notFound") return notFound(request);
      return data({ error: result.error, problems: [], mapping: [] as string[] }, { status: 409 });
    }
    return redirectWithFlash(intent === "apply" ? here : "/leverancier/import", {
      kind: "info",
      key: intent === "apply" ? "supplier.importStatus.applying" : "supplier.importStatus.cancelled",
    });
  }
  return notFound(request);
}

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export default function SupplierImportStatus({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const { item, fields, required, specs } = loaderData;
  const revalidator = useRevalidator();
  const busy = item.status === "validating" || item.status === "applying";
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") void revalidator.revalidate();
    }, 1500);
    return () => clearInterval(timer);
  }, [busy, revalidator]);

  const fieldLabel = (target: string) => {
    if (target.startsWith("spec.")) {
      const spec = specs.find((s) => s.key === target.slice(5));
      return t("supplier.importStatus.specTarget", {
        label: spec ? (locale === "nl" ? spec.labelNl : spec.labelEn) : target,
        key: target.slice(5),
      });
    }
    const label = t(`supplier.field.${target}` as MessageKey);
    return (required as readonly string[]).includes(target) ? `${label} *` : label;
  };
  const options = [
    { value: "", label: t("supplier.importStatus.skip") },
    ...fields.map((f) => ({ value: f, label: fieldLabel(f) })),
    ...specs.map((s) => ({ value: `spec.${s.key}`, label: fieldLabel(`spec.${s.key}`) })),
  ];
  const mapping = actionData && "mapping" in actionData && actionData.mapping.length ? actionData.mapping : item.mapping;
  const total = item.status === "applying" ? item.validCount : item.rowCount;
  const percent =
    item.status === "validating"
      ? item.fileSize > 0
        ? Math.min(100, Math.round((item.processedBytes / item.fileSize) * 100))
        : 0
      : total > 0
        ? Math.min(100, Math.round((item.processedRows / total) * 100))
        : 0;

  return (
    <>
      <h1 className="utrecht-heading-1">{t("supplier.importStatus.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {t("supplier.importStatus.lead", { file: item.fileName, when: formatDateTime(item.createdAt) })}
      </p>
      <p className="utrecht-paragraph">
        <strong>{t("supplier.import.status")}:</strong> {t(`supplier.import.state.${item.status}` as MessageKey)}
      </p>
      {actionData && "error" in actionData ? (
        <ErrorAlert>
          {t(actionData.error as MessageKey)}
          {actionData.problems.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {actionData.problems.map((p) => (
                <li key={`${p.target}-${p.error}`}>{t(p.error as MessageKey, { column: fieldLabel(p.target) })}</li>
              ))}
            </ul>
          ) : null}
        </ErrorAlert>
      ) : null}

      {item.status === "uploaded" ? (
        <PostForm className="vvg-supplier-form" aria-labelledby="mapping-heading">
          <h2 className="utrecht-heading-2" id="mapping-heading">
            {t("supplier.importStatus.mapping")}
          </h2>
          <p className="utrecht-paragraph">{t("supplier.importStatus.mappingLead")}</p>
          <input type="hidden" name="intent" value="map" />
          <div className="vvg-supplier-mapping">
            {item.headers.map((header, index) => (
              <SelectField
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                key={index}
                name={`col${index}`}
                label={t("supplier.importStatus.column", { n: index + 1, header: header || "—" })}
                defaultValue={mapping[index] ?? ""}
                options={options}
              />
            ))}
          </div>
          <SubmitButton>{t("supplier.importStatus.validate")}</SubmitButton>
        </PostForm>
      ) : null}

      {busy ? (
        <section aria-labelledby="progress-heading" className="vvg-supplier-progress">
          <h2 className="utrecht-heading-2" id="progress-heading">
            {t(item.status === "validating" ? "supplier.importStatus.validatingTitle" : "supplier.importStatus.applyingTitle")}
          </h2>
          <label htmlFor="import-progress" className="utrecht-form-label">
            {t("supplier.importStatus.progress", { percent, rows: formatNumber(item.processedRows) })}
          </label>
          <progress id="import-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <p className="utrecht-paragraph">
            <Link to={`/leverancier/import/${item.id}`}>{t("supplier.importStatus.refresh")}</Link>
          </p>
        </section>
      ) : null}

      {item.status === "preview" || item.status === "applied" || item.status === "failed" ? (
        <section aria-labelledby="result-heading">
          <h2 className="utrecht-heading-2" id="result-heading">
            {t(item.status === "preview" ? "supplier.importStatus.preview" : "supplier.importStatus.result")}
          </h2>
          <ul className="utrecht-unordered-list">
            <li>{t("supplier.importStatus.countRows", { n: formatNumber(item.rowCount) })}</li>
            <li>{t("supplier.importStatus.countErrors", { n: formatNumber(item.errorCount) })}</li>
            {item.status === "preview" && item.errorCount === 0 ? (
              <>
                <li>{t("supplier.importStatus.newProducts", { n: formatNumber(item.newProducts) })}</li>
                <li>{t("supplier.importStatus.changedProducts", { n: formatNumber(item.changedProducts) })}</li>
                <li>{t("supplier.importStatus.newOffers", { n: formatNumber(item.newOffers) })}</li>
                <li>{t("supplier.importStatus.changedOffers", { n: formatNumber(item.changedOffers) })}</li>
              </>
            ) : null}
            {item.status === "applied" ? (
              <>
                <li>{t("supplier.importStatus.createdOffers", { n: formatNumber(item.createdCount) })}</li>
                <li>{t("supplier.importStatus.updatedOffers", { n: formatNumber(item.updatedCount) })}</li>
              </>
            ) : null}
          </ul>
          {item.status === "applied" ? (
            <p className="utrecht-paragraph">
              <Link to="/leverancier/catalogus">{t("supplier.backToCatalogue")}</Link>
            </p>
          ) : null}
          {item.errorCount > 0 ? (
            <>
              <ErrorAlert>
                {t(item.status === "failed" ? "supplier.importStatus.failedLead" : "supplier.importStatus.errorsLead")}
              </ErrorAlert>
              <h3 className="utrecht-heading-3" id="errors-heading">
                {t("supplier.importStatus.errorList")}
              </h3>
              {item.errors.length < item.errorCount ? (
                <p className="utrecht-paragraph">{t("supplier.importStatus.errorsCapped", { shown: item.errors.length })}</p>
              ) : null}
              <DataTable
                labelledBy="errors-heading"
                className="vvg-supplier-errors"
                columns={[
                  { label: t("supplier.importStatus.line"), className: "vvg-num" },
                  t("supplier.importStatus.columnName"),
                  t("supplier.importStatus.problem"),
                  t("supplier.importStatus.value"),
                ]}
              >
                {item.errors.map((e, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: errors are a fixed list
                  <tr key={index} className="utrecht-table__row">
                    <td className="utrecht-table__cell vvg-num">{e.line || "—"}</td>
                    <td className="utrecht-table__cell">{e.column ?? "—"}</td>
                    <td className="utrecht-table__cell">{t(e.error as MessageKey)}</td>
                    <td className="utrecht-table__cell">
                      <code>{e.value ?? ""}</code>
                    </td>
                  </tr>
                ))}
              </DataTable>
              <p className="utrecht-paragraph">
                <Link to="/leverancier/import">{t("supplier.importStatus.uploadAgain")}</Link>
              </p>
            </>
          ) : null}
          {item.status === "preview" && item.errorCount === 0 ? (
            <PostForm aria-label={t("supplier.importStatus.apply")}>
              <input type="hidden" name="intent" value="apply" />
              <p className="utrecht-paragraph">{t("supplier.importStatus.applyLead")}</p>
              <SubmitButton>{t("supplier.importStatus.apply")}</SubmitButton>
            </PostForm>
          ) : null}
        </section>
      ) : null}

      {item.status === "uploaded" || item.status === "preview" ? (
        <PostForm aria-label={t("supplier.importStatus.cancel")} className="vvg-supplier-cancel">
          <input type="hidden" name="intent" value="cancel" />
          <SubmitButton appearance="secondary">{t("supplier.importStatus.cancel")}</SubmitButton>
        </PostForm>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to="/leverancier/import">{t("supplier.importStatus.back")}</Link>
      </p>
    </>
  );
}
