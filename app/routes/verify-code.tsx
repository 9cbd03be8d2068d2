// /verify/{code}: the public check of a certificate (the QR code on the PDF leads here): valid,
// expired, revoked or unknown, in plain language. An unknown code shows nothing but that.
import { data, Link } from "react-router";
import type { Route } from "./+types/verify-code";
import { VerifyForm } from "../components/learning/certificate-verify-form.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { verifyCertificate } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = {
  title: "learningCertificates.verify.resultTitle",
  breadcrumb: "learningCertificates.verify.resultTitle",
};

export async function loader({ params }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const result = await verifyCertificate({ db: runtime.database.db, baseUrl: runtime.config.baseUrl }, params.code);
  if (result.status === "unknown")
    return data({ status: "unknown" as const }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const { credentialJwt: _jwt, courseId: _course, ...shown } = result;
  return data({ ...shown }, { headers: { "Cache-Control": "no-store" } });
}

export default function VerifyCode({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const result = loaderData;
  if (result.status === "unknown") {
    return (
      <>
        <h1 className="utrecht-heading-1">{t("learningCertificates.verify.resultTitle")}</h1>
        <div className="utrecht-alert utrecht-alert--error">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h2 className="utrecht-heading-2">{t("learningCertificates.verify.unknown")}</h2>
              <p className="utrecht-paragraph">{t("learningCertificates.verify.unknownText")}</p>
            </div>
          </div>
        </div>
        <h2 className="utrecht-heading-2">{t("learningCertificates.verify.again")}</h2>
        <VerifyForm />
      </>
    );
  }
  const tone = result.status === "valid" ? "ok" : result.status === "expired" ? "warning" : "error";
  const facts = result.status !== "invalid";
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learningCertificates.verify.resultTitle")}</h1>
      <div className={`utrecht-alert utrecht-alert--${tone}`}>
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            <h2 className="utrecht-heading-2">{t(`learningCertificates.verify.${result.status}`)}</h2>
            <p className="utrecht-paragraph">
              {t(`learningCertificates.verify.${result.status}Text`, {
                date: result.validUntil ? formatDate(result.validUntil) : "",
                revoked: result.revokedAt ? formatDate(result.revokedAt) : "",
              })}
            </p>
          </div>
        </div>
      </div>
      {facts ? (
        <dl className="vvg-facts">
          <dt>{t("learningCertificates.field.recipient")}</dt>
          <dd>{result.recipientName}</dd>
          <dt>{t("learningCertificates.field.course")}</dt>
          <dd>{result.courseTitle}</dd>
          <dt>{t("learningCertificates.field.date")}</dt>
          <dd>{formatDate(result.issuedAt)}</dd>
          <dt>{t("learningCertificates.field.validUntil")}</dt>
          <dd>{result.validUntil ? formatDate(result.validUntil) : t("learningCertificates.field.noExpiry")}</dd>
          <dt>{t("learningCertificates.field.code")}</dt>
          <dd>{result.code}</dd>
          <dt>{t("learningCertificates.field.signature")}</dt>
          <dd>
            {t(result.signatureValid ? "learningCertificates.verify.signatureOk" : "learningCertificates.verify.signatureBad")}
          </dd>
        </dl>
      ) : null}
      <p className="utrecht-paragraph">
        {t("learningCertificates.verify.technical")}{" "}
        <Link className="utrecht-link" to={`/api/v1/certificates/${result.code}`} reloadDocument>
          {t("learningCertificates.verify.json")}
        </Link>
      </p>
      <h2 className="utrecht-heading-2">{t("learningCertificates.verify.again")}</h2>
      <VerifyForm />
    </>
  );
}
