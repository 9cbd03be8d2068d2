import { useRef } from "react";
import { Form, Link, NavLink, useLocation, useMatches, useRouteLoaderData } from "react-router";
import { CsrfField } from "./form.tsx";
import type { RouteHandle } from "../../handle.ts";
import type { Flash } from "../../cookies.server.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

export function SiteHeader() {
  const { t, locale } = useI18n();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <header className="vvg-header">
      <div className="vvg-container vvg-header__top">
        <Link to="/" className="vvg-brand">
          <span className="vvg-brand__name">{t("site.name")}</span>
          <span className="vvg-brand__tagline">{t("site.tagline")}</span>
        </Link>
        <div className="vvg-header__tools">
          <UserArea />
          <Form method="post" action="/taal" className="vvg-lang-switch" reloadDocument>
            <CsrfField />
            <input type="hidden" name="redirectTo" value={here} />
            <input type="hidden" name="locale" value={locale === "nl" ? "en" : "nl"} />
            <button type="submit" lang={locale === "nl" ? "en" : "nl"}>
              {t("shell.switchTo")}
            </button>
          </Form>
        </div>
        <search className="vvg-search" aria-label={t("shell.search.label")}>
          <form method="get" action="/zoeken" className="vvg-search__form">
            <label htmlFor="site-search" className="vvg-visually-hidden">
              {t("shell.search.label")}
            </label>
            <input id="site-search" name="q" type="search" placeholder={t("shell.search.placeholder")} maxLength={200} />
            <button type="submit">{t("shell.search.button")}</button>
          </form>
        </search>
      </div>
    </header>
  );
}

export function MainNav() {
  const { t } = useI18n();
  const items = [
    { to: "/", label: t("nav.home"), end: true },
    { to: "/tools", label: t("nav.tools") },
    { to: "/organisaties", label: t("nav.organisations") },
    { to: "/aankopen", label: t("catalogue.nav") },
    { to: "/noits", label: t("tool.noits.name") },
    { to: "/leren", label: t("tool.elearning.name") },
    { to: "/zoeken", label: t("nav.search") },
    { to: "/contact", label: t("nav.contact") },
  ];
  return (
    <nav className="vvg-nav" aria-label={t("shell.mainNav")}>
      <div className="vvg-container">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

export function Breadcrumbs() {
  const { t } = useI18n();
  const matches = useMatches();
  const crumbs = matches
    .map((match) => ({ pathname: match.pathname, handle: match.handle as RouteHandle | undefined }))
    .filter((match) => match.handle?.breadcrumb);
  if (crumbs.length === 0) return null;
  return (
    <nav className="vvg-breadcrumbs" aria-label={t("shell.breadcrumbs")}>
      <ol>
        <li>
          <Link to="/">{t("nav.home")}</Link>
        </li>
        {crumbs.map((crumb, index) => {
          const label = t(crumb.handle?.breadcrumb as NonNullable<RouteHandle["breadcrumb"]>);
          return (
            <li key={crumb.pathname}>
              {index === crumbs.length - 1 ? <span aria-current="page">{label}</span> : <Link to={crumb.pathname}>{label}</Link>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="vvg-footer">
      <div className="vvg-container">
        <nav aria-label={t("shell.footer.nav")}>
          <ul>
            <li>
              <Link to="/toegankelijkheid">{t("shell.footer.accessibility")}</Link>
            </li>
            <li>
              <Link to="/privacy">{t("shell.footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/contact">{t("shell.footer.contact")}</Link>
            </li>
          </ul>
        </nav>
        <p>{t("shell.footer.about")}</p>
      </div>
    </footer>
  );
}

/**
 * The message carried by the flash cookie, shown on the page the redirect led to only: the root
 * loader does not run again on client-side navigation, so the message is tied to the location
 * where it arrived.
 */
export function FlashMessage({ flash }: { flash: Flash | null | undefined }) {
  const { t } = useI18n();
  const location = useLocation();
  const arrived = useRef<{ flash: Flash | null | undefined; key: string }>({ flash, key: location.key });
  if (arrived.current.flash !== flash) arrived.current = { flash, key: location.key };
  if (!flash || arrived.current.key !== location.key) return null;
  const role = flash.kind === "error" ? "alert" : "status";
  return (
    <div className={`utrecht-alert utrecht-alert--${flash.kind}`} role={role}>
      <p className="utrecht-paragraph">{t(flash.key, flash.vars)}</p>
    </div>
  );
}

type RootUser = {
  name: string;
  isPortalAdmin: boolean;
  activeOrganisationId: string | null;
  organisations: { id: string; name: string }[];
  /** Unread order notifications (Buy IT Public). */
  unreadNotifications?: number;
} | null;

/** Login links, or who is logged in with their active organisation, account and logout. */
function UserArea() {
  const { t } = useI18n();
  const root = useRouteLoaderData("root") as { user?: RootUser } | undefined;
  const location = useLocation();
  const user = root?.user;
  if (!user) {
    return (
      <p className="vvg-account-links">
        <Link to="/inloggen">{t("shell.login")}</Link> — {t("shell.noProfile")}{" "}
        <Link to="/registreren">{t("shell.register")}</Link>
      </p>
    );
  }
  return (
    <div className="vvg-user">
      <span>{t("shell.loggedInAs", { name: user.name })}</span>
      {user.organisations.length > 1 ? (
        <Form method="post" action="/account/actieve-organisatie">
          <CsrfField />
          <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
          <label htmlFor="active-organisation" className="vvg-visually-hidden">
            {t("shell.activeOrganisation")}
          </label>
          <select id="active-organisation" name="organisationId" defaultValue={user.activeOrganisationId ?? undefined}>
            {user.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
          <button type="submit">{t("shell.switchOrganisation")}</button>
        </Form>
      ) : user.organisations[0] ? (
        <span>{user.organisations[0].name}</span>
      ) : null}
      <Link to="/account">{t("shell.account")}</Link>
      <Link to="/meldingen">
        {user.unreadNotifications
          ? t("ordering.notifications.headerUnread", { count: user.unreadNotifications })
          : t("ordering.notifications.title")}
      </Link>
      {user.isPortalAdmin ? <Link to="/beheer">{t("shell.admin")}</Link> : null}
      <Form method="post" action="/uitloggen">
        <CsrfField />
        <button type="submit">{t("shell.logout")}</button>
      </Form>
    </div>
  );
}
