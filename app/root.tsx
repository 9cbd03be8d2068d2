import type { ReactNode } from "react";
import {
  type ShouldRevalidateFunctionArgs,
  data,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { Breadcrumbs, FlashMessage, MainNav, SiteFooter, SiteHeader } from "./components/ui/shell.tsx";
import { getActor } from "./auth.server.ts";
import { getLocale, readFlash } from "./cookies.server.ts";
import { csrfMiddleware, csrfToken } from "./csrf.server.ts";
import type { RouteHandle } from "./handle.ts";
import { LANGUAGE_TAGS, type MessageKey } from "./i18n/index.ts";
import { useI18n } from "./i18n/use-i18n.ts";
import { useNonce } from "./nonce.tsx";
import { requestInfoContext } from "./request-context.ts";
import { getRuntime } from "./runtime.server.ts";
import { unreadNotificationCount } from "./modules/ordering/index.server.ts";
import appCss from "./styles/app.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const middleware: Route.MiddlewareFunction[] = [csrfMiddleware];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { requestId } = context.get(requestInfoContext);
  const locale = await getLocale(request);
  const runtime = getRuntime();
  if (!(await runtime.database.ping())) {
    throw data({ locale, requestId }, { status: 503, headers: { "Retry-After": "30" } });
  }
  const headers = new Headers();
  const { flash, clear } = await readFlash(request);
  if (clear) headers.append("Set-Cookie", clear);
  const csrf = await csrfToken(request);
  if (csrf.setCookie) headers.append("Set-Cookie", csrf.setCookie);
  const actor = await getActor(request);
  const user = actor
    ? {
        name: actor.name,
        isPortalAdmin: actor.isPortalAdmin,
        activeOrganisationId: actor.activeOrganisationId,
        organisations: actor.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName })),
        unreadNotifications: await unreadNotificationCount(runtime.database.db, actor.personId),
      }
    : null;
  const demo = !runtime.config.isProduction && runtime.config.SEED_DEMO === "auto";
  return data({ locale, flash, requestId, csrf: csrf.token, user, demo }, { headers });
}

/** Only re-run the root loader after form submissions (flash messages) and language changes. */
export function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formMethod ? defaultShouldRevalidate : false;
}

function usePageTitle(fallback?: MessageKey): string {
  const { t } = useI18n();
  const matches = useMatches();
  let key = fallback;
  if (!key) {
    for (const match of matches) {
      const handle = match.handle as RouteHandle | undefined;
      if (handle?.title) key = handle.title;
    }
  }
  return key ? `${t(key)} | ${t("site.name")}` : `${t("site.name")} — ${t("site.tagline")}`;
}

function Document({ children, title }: { children: ReactNode; title: string }) {
  const { t, locale } = useI18n();
  const nonce = useNonce();
  return (
    <html lang={LANGUAGE_TAGS[locale]} className="vlavirgem-theme utrecht-document">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("site.description")} />
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body>
        <a className="utrecht-skip-link" href="#inhoud">
          {t("shell.skipLink")}
        </a>
        <SiteHeader />
        <MainNav />
        <main id="inhoud" className="vvg-main" tabIndex={-1}>
          <div className="vvg-container">{children}</div>
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  const title = usePageTitle();
  return (
    <Document title={title}>
      <Breadcrumbs />
      <FlashMessage flash={loaderData.flash} />
      <Outlet />
    </Document>
  );
}

const ERROR_STATUSES = [400, 403, 404, 500, 503] as const;
type ErrorStatus = (typeof ERROR_STATUSES)[number];

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const root = useRouteLoaderData("root") as { requestId?: string } | undefined;
  const raw = isRouteErrorResponse(error) ? error.status : 500;
  const status: ErrorStatus = (ERROR_STATUSES as readonly number[]).includes(raw) ? (raw as ErrorStatus) : raw >= 500 ? 500 : 400;
  const requestId =
    root?.requestId ?? (isRouteErrorResponse(error) ? (error.data as { requestId?: string } | null)?.requestId : undefined);
  const title = `${t(`error.${status}.title` as MessageKey)} | ${t("site.name")}`;
  const isCsrf = isRouteErrorResponse(error) && Boolean((error.data as { csrf?: boolean } | null)?.csrf);
  return (
    <Document title={title}>
      <h1 className="utrecht-heading-1">{t(`error.${status}.title` as MessageKey)}</h1>
      <p className="vvg-error__code">{t("error.code", { status: raw })}</p>
      <p className="utrecht-paragraph vvg-lead">{t(isCsrf ? "error.403.csrf" : (`error.${status}.text` as MessageKey))}</p>
      {requestId && status >= 500 ? (
        <p className="utrecht-paragraph vvg-request-id">{t("error.requestId", { id: requestId })}</p>
      ) : null}
      <ul className="utrecht-unordered-list">
        <li>
          <Link className="utrecht-link" to="/">
            {t("error.backHome")}
          </Link>
        </li>
        <li>
          <Link className="utrecht-link" to="/contact">
            {t("error.contact")}
          </Link>
        </li>
      </ul>
    </Document>
  );
}
