// Pieces shared by the pages of the admin console: the sub-navigation, paging links and a status
// badge. Plain links and forms: everything works without JavaScript.
import { NavLink, useLocation } from "react-router";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { Pagination } from "./ui/pagination.tsx";

/** The select field now lives with the other form fields; still exported here for older imports. */
export { SelectField } from "./ui/form.tsx";

const SECTIONS: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: "/beheer", label: "admin.nav.dashboard", end: true },
  { to: "/beheer/personen", label: "admin.nav.people" },
  { to: "/beheer/organisaties", label: "admin.nav.organisations" },
  { to: "/beheer/lidmaatschappen", label: "admin.nav.memberships" },
  { to: "/beheer/leveranciers", label: "admin.nav.suppliers" },
  { to: "/beheer/raamovereenkomsten", label: "frameworks.admin.nav" },
  { to: "/beheer/drempels", label: "ordering.thresholds.nav" },
  { to: "/beheer/noits/rolprofielen", label: "talent.admin.title" },
  { to: "/beheer/noits/gedeelde-posten", label: "talentRegion.settings.title" },
  { to: "/beheer/outbox", label: "admin.nav.outbox" },
  { to: "/beheer/audit", label: "admin.nav.audit" },
];

export function AdminNav() {
  const { t } = useI18n();
  return (
    <nav className="vvg-admin-nav" aria-label={t("admin.nav.label")}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.end}>
              {t(section.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The top of an admin page: its heading, the admin sub-navigation and the lead paragraph. */
export function AdminHeading({ title, lead }: { title: string; lead: string }) {
  return (
    <>
      <h1 className="utrecht-heading-1">{title}</h1>
      <AdminNav />
      <p className="utrecht-paragraph vvg-lead">{lead}</p>
    </>
  );
}

/** "12 results" and, when there is more than one page, previous/next links that keep the filters. */
export function Pager({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const { t, tn } = useI18n();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (n: number) => {
    const params = new URLSearchParams(location.search);
    params.delete("id");
    if (n <= 1) params.delete("page");
    else params.set("page", String(n));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  };
  return (
    <div className="vvg-admin-pager">
      <p className="utrecht-paragraph" role="status">
        {tn("admin.results", total)}
      </p>
      <Pagination
        label={t("admin.pager.label")}
        page={page}
        pages={pages}
        href={href}
        status={t("admin.pager.status", { page: Math.min(page, pages), pages })}
        previous={t("admin.pager.previous")}
        next={t("admin.pager.next")}
      />
    </div>
  );
}

/** A small status label with text (never colour alone). */
export function Badge({ tone, children }: { tone: "ok" | "warning" | "error" | "neutral"; children: string }) {
  return <span className={`vvg-badge vvg-badge--${tone}`}>{children}</span>;
}
