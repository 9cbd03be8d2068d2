// /leren/scorm: authors upload SCORM 1.2 packages (zip) and see the ones uploaded. A refused zip
// is explained in plain language; nothing of it is kept.
import { data, Link } from "react-router";
import type { Route } from "./+types/learning-scorm-packages";
import { forbidden, requireActor } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { ErrorSummary, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { importScormPackage, isScormAuthor, listScormPackages, SCORM_LIMITS } from "../modules/learning/index.server.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = {
  title: "learningCertificates.packages.title",
  breadcrumb: "learningCertificates.packages.title",
};

async function requireAuthor(request: Request) {
  const actor = await requireActor(request);
  const viewer = { id: actor.personId, name: actor.name, isPortalAdmin: actor.isPortalAdmin };
  if (!(await isScormAuthor(getRuntime().database.db, viewer))) await forbidden(request);
  return actor;
}

const MAX_MB = Math.round(SCORM_LIMITS.zipBytes / (1024 * 1024));

export async function loader({ request }: Route.LoaderArgs) {
  await requireAuthor(request);
  const packages = await listScormPackages(getRuntime().database.db);
  return { packages, maxMb: MAX_MB, maxFiles: SCORM_LIMITS.files };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireAuthor(request);
  const refuse = (error: string, detail?: string, status = 400) =>
    data({ errors: { file: error }, detail: detail ?? "" }, { status });
  if (Number(request.headers.get("Content-Length") ?? "0") > SCORM_LIMITS.zipBytes + 1024 * 1024) {
    return refuse("learningCertificates.scorm.error.tooLarge", undefined, 413);
  }
  const form = await readForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse("learningCertificates.scorm.error.empty");
  const runtime = getRuntime();
  const result = await importScormPackage(
    { db: runtime.database.db, dataDir: runtime.config.dataDir, actorId: actor.personId, ip: context.get(requestInfoContext).ip },
    Buffer.from(await file.arrayBuffer()),
  );
  if (!result.ok) return refuse(result.error, result.detail);
  return redirectWithFlash(`/leren/scorm/${result.value.id}`, {
    kind: "ok",
    key: "learningCertificates.packages.uploaded",
    vars: { title: result.value.title },
  });
}

export default function ScormPackages({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const state = actionData as { errors?: Record<string, string>; detail?: string } | undefined;
  const error = state?.errors?.file;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learningCertificates.packages.title")}</h1>
      <p className="utrecht-paragraph vvg-lead vvg-prose">{t("learningCertificates.packages.lead")}</p>

      <h2 className="utrecht-heading-2" id="upload-heading">
        {t("learningCertificates.packages.upload")}
      </h2>
      <ErrorSummary errors={state?.errors} labels={{ file: t("learningCertificates.packages.file") }} />
      <PostForm className="vvg-form" encType="multipart/form-data" aria-labelledby="upload-heading">
        <div className={`utrecht-form-field vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="file">
              {t("learningCertificates.packages.file")}
            </label>
          </div>
          <div className="utrecht-form-field-description" id="file-description">
            {t("learningCertificates.packages.fileHint", { mb: loaderData.maxMb, files: loaderData.maxFiles })}
          </div>
          {error ? (
            <div className="utrecht-form-field-error-message" id="file-error">
              <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
              {t(error as MessageKey)}
              {state?.detail ? <span className="vvg-scorm-detail"> ({state.detail})</span> : null}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              id="file"
              name="file"
              type="file"
              required
              accept=".zip,application/zip"
              aria-describedby={error ? "file-description file-error" : "file-description"}
              aria-invalid={error ? true : undefined}
            />
          </div>
        </div>
        <div className="vvg-actions">
          <SubmitButton>{t("learningCertificates.packages.submit")}</SubmitButton>
        </div>
      </PostForm>

      <h2 className="utrecht-heading-2" id="packages-heading">
        {t("learningCertificates.packages.list")}
      </h2>
      {loaderData.packages.length === 0 ? (
        <p className="utrecht-paragraph">{t("learningCertificates.packages.none")}</p>
      ) : (
        <DataTable
          labelledBy="packages-heading"
          columns={[
            t("learningCertificates.packages.name"),
            t("learningCertificates.packages.launch"),
            { label: t("learningCertificates.packages.files"), className: "vvg-num" },
            { label: t("learningCertificates.packages.size"), className: "vvg-num" },
            t("learningCertificates.packages.uploadedAt"),
          ]}
        >
          {loaderData.packages.map((pkg) => (
            <tr key={pkg.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <Link className="utrecht-link" to={`/leren/scorm/${pkg.id}`}>
                  {pkg.title}
                </Link>
              </td>
              <td className="utrecht-table__cell">
                <code>{pkg.launchPath}</code>
              </td>
              <td className="utrecht-table__cell vvg-num">{formatNumber(pkg.fileCount)}</td>
              <td className="utrecht-table__cell vvg-num">
                {t("learningCertificates.packages.kb", { kb: formatNumber(Math.ceil(pkg.sizeBytes / 1024)) })}
              </td>
              <td className="utrecht-table__cell">{formatDateTime(pkg.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
