// Pieces shared by the pages of the admin console: the sub-navigation, paging links and a
// select field for GET filter forms. Plain links and forms: everything works without JavaScript.
import { Link, NavLink, useLocation } from "react-router";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";

const SECTIONS: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: "/beheer", label: "admin.nav.dashboard", end: true },
  { to: "/beheer/personen", label: "admin.nav.people" },
  { to: "/beheer/organisaties", label: "admin.nav.organisations" },
  { to: "/beheer/lidmaatschappen", label: "admin.nav.memberships" },
  { to: "/beheer/leveranciers", label: "admin.nav.suppliers" },
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
      {pages > 1 ? (
        <nav aria-label={t("admin.pager.label")}>
          <ul>
            {page > 1 ? (
              <li>
                <Link to={href(page - 1)} rel="prev">
                  {t("admin.pager.previous")}
                </Link>
              </li>
            ) : null}
            <li aria-current="page">{t("admin.pager.status", { page: Math.min(page, pages), pages })}</li>
            {page < pages ? (
              <li>
                <Link to={href(page + 1)} rel="next">
                  {t("admin.pager.next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

/** A labelled select (for filters and small choices), styled like the other form fields. */
export function SelectField({
  name,
  id = name,
  label,
  options,
  defaultValue,
  error,
  required,
  optional,
}: {
  name: string;
  id?: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  required?: boolean;
  /** Shows "(niet verplicht)" after the label, like an optional text field. */
  optional?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className={`utrecht-form-field vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional ? <span className="vvg-optional"> ({t("form.optional")})</span> : null}
        </label>
      </div>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <select
          className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}
          id={id}
          name={name}
          defaultValue={defaultValue}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** A small status label with text (never colour alone). */
export function Badge({ tone, children }: { tone: "ok" | "warning" | "error" | "neutral"; children: string }) {
  return <span className={`vvg-badge vvg-badge--${tone}`}>{children}</span>;
}
