import { Link } from "react-router";
import type { Route } from "./+types/supplier-import";
import { requireSupplier } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { type FormState, FormProblems, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { createImport, listImports, MAX_IMPORT_BYTES } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "supplier.import.title", breadcrumb: "supplier.import.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { supplierId } = await requireSupplier(request);
  return { imports: await listImports(getRuntime().database.db, supplierId), maxMb: MAX_IMPORT_BYTES / 1024 / 1024 };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request);
  const length = Number(request.headers.get("content-length") ?? "0");
  // Refuse an oversized upload before reading it (multipart overhead allowed).
  if (length > MAX_IMPORT_BYTES + 64 * 1024) return invalid({ file: "supplier.import.error.tooLarge" }, new FormData(), {}, 413);
  const form = await readForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return invalid({ file: "supplier.import.error.noFile" }, form);
  const runtime = getRuntime();
  const result = await createImport(runtime.database.db, {
    dataDir: runtime.config.dataDir,
    supplierId,
    actor: { personId: actor.personId },
    file: { fileName: file.name, size: file.size, type: file.type, stream: file.stream() },
  });
  void context;
  if (!result.ok) return invalid({ file: result.error }, form, {}, result.error === "supplier.import.error.tooLarge" ? 413 : 400);
  return redirectWithFlash(`/leverancier/import/${result.id}`, { kind: "info", key: "supplier.import.uploaded" });
}

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export default function SupplierImport({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const state = actionData as FormState;
  const error = state?.errors?.file;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("supplier.import.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("supplier.import.lead")}</p>
      <ul className="utrecht-unordered-list">
        <li>{t("supplier.import.rule.format", { mb: loaderData.maxMb })}</li>
        <li>{t("supplier.import.rule.columns")}</li>
        <li>{t("supplier.import.rule.same")}</li>
        <li>{t("supplier.import.rule.allOrNothing")}</li>
      </ul>
      <PostForm encType="multipart/form-data" className="vvg-supplier-form" aria-labelledby="upload-heading">
        <h2 className="utrecht-heading-2" id="upload-heading">
          {t("supplier.import.upload")}
        </h2>
        <FormProblems state={state} labels={{ file: t("supplier.import.file") }} />
        <div className={`utrecht-form-field vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
          <label className="utrecht-form-label" htmlFor="file">
            {t("supplier.import.file")}
          </label>
          <div className="utrecht-form-field-description" id="file-description">
            {t("supplier.import.fileHint", { mb: loaderData.maxMb })}
          </div>
          {error ? (
            <p className="utrecht-form-field-error-message" id="file-error">
              {t(error as MessageKey, { mb: loaderData.maxMb })}
            </p>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              id="file"
              name="file"
              type="file"
              required
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={error ? "file-description file-error" : "file-description"}
              aria-invalid={error ? true : undefined}
            />
          </div>
        </div>
        <SubmitButton>{t("supplier.import.submit")}</SubmitButton>
      </PostForm>

      <h2 className="utrecht-heading-2" id="history-heading">
        {t("supplier.import.history")}
      </h2>
      {loaderData.imports.length === 0 ? (
        <p className="utrecht-paragraph">{t("supplier.import.noHistory")}</p>
      ) : (
        <DataTable
          labelledBy="history-heading"
          columns={[
            t("supplier.import.when"),
            t("supplier.import.file"),
            t("supplier.import.status"),
            { label: t("supplier.import.rows"), className: "vvg-num" },
            { label: t("supplier.import.errors"), className: "vvg-num" },
            { label: t("supplier.import.created"), className: "vvg-num" },
            { label: t("supplier.import.updated"), className: "vvg-num" },
          ]}
        >
          {loaderData.imports.map((item) => (
            <tr key={item.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{formatDateTime(item.createdAt)}</td>
              <td className="utrecht-table__cell">
                {item.format === "json" ? item.fileName : <Link to={`/leverancier/import/${item.id}`}>{item.fileName}</Link>}
              </td>
              <td className="utrecht-table__cell">{t(`supplier.import.state.${item.status}` as MessageKey)}</td>
              <td className="utrecht-table__cell vvg-num">{item.rowCount}</td>
              <td className="utrecht-table__cell vvg-num">{item.errorCount}</td>
              <td className="utrecht-table__cell vvg-num">{item.createdCount}</td>
              <td className="utrecht-table__cell vvg-num">{item.updatedCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="utrecht-paragraph">
        <Link to="/leverancier/catalogus">{t("supplier.backToCatalogue")}</Link>
      </p>
    </>
  );
}
