// /leren/certificaten: the logged-in person's certificates, with the PDF, the Open Badges 3.0
// credential and the public verification page of each.
import { Link } from "react-router";
import type { Route } from "./+types/learning-certificates";
import { requireActor } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { certificatesOf, issueMissingCertificates } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learningCertificates.mine.title", breadcrumb: "learningCertificates.mine.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const runtime = getRuntime();
  const db = runtime.database.db;
  // A completion whose certificate was not issued (a lost listener call) gets it now.
  await issueMissingCertificates({ db, baseUrl: runtime.config.baseUrl, secret: runtime.config.sessionSecret }, actor.personId);
  const now = Date.now();
  const rows = await certificatesOf(db, actor.personId);
  return {
    certificates: rows.map((c) => ({
      code: c.code,
      courseTitle: c.courseTitle,
      courseSlug: c.courseSlug,
      completedAt: c.completedAt,
      validUntil: c.validUntil,
      state: c.revokedAt ? "revoked" : c.validUntil && c.validUntil.getTime() <= now ? "expired" : "valid",
    })),
  };
}

export default function MyCertificates({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learningCertificates.mine.title")}</h1>
      <p className="utrecht-paragraph vvg-lead vvg-prose">{t("learningCertificates.mine.lead")}</p>
      <h2 className="utrecht-heading-2" id="certificates-heading">
        {t("learningCertificates.mine.list")}
      </h2>
      {loaderData.certificates.length === 0 ? (
        <p className="utrecht-paragraph">
          {t("learningCertificates.mine.none")}{" "}
          <Link className="utrecht-link" to="/leren">
            {t("learningCertificates.mine.toCatalogue")}
          </Link>
        </p>
      ) : (
        <DataTable
          labelledBy="certificates-heading"
          columns={[
            t("learningCertificates.field.course"),
            t("learningCertificates.field.date"),
            t("learningCertificates.field.validUntil"),
            t("learningCertificates.field.status"),
            t("learningCertificates.field.code"),
            t("learningCertificates.mine.downloads"),
          ]}
        >
          {loaderData.certificates.map((c) => (
            <tr key={c.code} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <Link className="utrecht-link" to={`/leren/cursus/${c.courseSlug}`}>
                  {c.courseTitle}
                </Link>
              </td>
              <td className="utrecht-table__cell">{formatDate(c.completedAt)}</td>
              <td className="utrecht-table__cell">
                {c.validUntil ? formatDate(c.validUntil) : t("learningCertificates.field.noExpiry")}
              </td>
              <td className="utrecht-table__cell">
                {t(`learningCertificates.state.${c.state as "valid" | "expired" | "revoked"}`)}
              </td>
              <td className="utrecht-table__cell">
                <Link className="utrecht-link" to={`/verify/${c.code}`}>
                  {c.code}
                </Link>
              </td>
              <td className="utrecht-table__cell">
                <ul className="vvg-inline-list">
                  <li>
                    <a className="utrecht-link" href={`/leren/certificaten/${c.code}/pdf`} download>
                      {t("learningCertificates.mine.pdf")}
                      <span className="vvg-visually-hidden"> {c.courseTitle}</span>
                    </a>
                  </li>
                  <li>
                    <a className="utrecht-link" href={`/leren/certificaten/${c.code}/open-badge`} download>
                      {t("learningCertificates.mine.badge")}
                      <span className="vvg-visually-hidden"> {c.courseTitle}</span>
                    </a>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="utrecht-paragraph">{t("learningCertificates.mine.badgeHint")}</p>
    </>
  );
}
