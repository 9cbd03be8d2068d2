import { data, Link } from "react-router";
import type { Route } from "./+types/supplier-api-key";
import { identityContext, requireSupplier } from "../auth.server.ts";
import { PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { activeApiToken, createApiToken, revokeApiTokens } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "supplier.apiKey.title", breadcrumb: "supplier.apiKey.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { supplierId } = await requireSupplier(request);
  const runtime = getRuntime();
  return {
    token: (await activeApiToken(runtime.database.db, supplierId)) ?? null,
    endpoint: `${runtime.config.baseUrl}/api/v1/supplier/offers`,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request);
  const form = await readForm(request);
  const ctx = await identityContext(request, context);
  const who = { personId: actor.personId, ip: ctx.ip };
  if (form.get("intent") === "revoke") {
    await revokeApiTokens(ctx.database.db, supplierId, who);
    return redirectWithFlash("/leverancier/api-sleutel", { kind: "ok", key: "supplier.apiKey.revoked" });
  }
  const created = await createApiToken(ctx.database.db, supplierId, who);
  // Shown once, in this answer only; never stored in plain text.
  return data({ newToken: created.token }, { headers: { "Cache-Control": "no-store" } });
}

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export default function SupplierApiKey({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { token, endpoint } = loaderData;
  const example = `curl -X POST ${endpoint} \\\n  -H "Authorization: Bearer <sleutel>" -H "Content-Type: application/json" \\\n  -d '[{"manufacturer":"Dell","partNumber":"LAT5450-I5","name":"Dell Latitude 5450","category":"laptop","price":"899,00","vatRate":21,"stock":12,"leadTimeDays":3,"specs":{"ram_gb":16}}]'`;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("supplier.apiKey.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("supplier.apiKey.lead")}</p>
      {actionData?.newToken ? (
        <div className="utrecht-alert utrecht-alert--ok vvg-supplier-token" role="status">
          <div>
            <h2 className="utrecht-heading-2">{t("supplier.apiKey.created")}</h2>
            <p className="utrecht-paragraph">{t("supplier.apiKey.once")}</p>
            <p className="utrecht-paragraph">
              <code className="vvg-token" data-testid="api-token">
                {actionData.newToken}
              </code>
            </p>
          </div>
        </div>
      ) : null}
      <h2 className="utrecht-heading-2">{t("supplier.apiKey.current")}</h2>
      {token ? (
        <p className="utrecht-paragraph">
          {t("supplier.apiKey.active", {
            prefix: `${token.prefix}…`,
            created: formatDateTime(token.createdAt),
            used: token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("supplier.apiKey.never"),
          })}
        </p>
      ) : (
        <p className="utrecht-paragraph">{t("supplier.apiKey.none")}</p>
      )}
      <div className="vvg-supplier-actions">
        <PostForm aria-label={t("supplier.apiKey.create")}>
          <input type="hidden" name="intent" value="create" />
          <SubmitButton>{t(token ? "supplier.apiKey.replace" : "supplier.apiKey.create")}</SubmitButton>
        </PostForm>
        {token ? (
          <PostForm aria-label={t("supplier.apiKey.revoke")}>
            <input type="hidden" name="intent" value="revoke" />
            <SubmitButton appearance="secondary">{t("supplier.apiKey.revoke")}</SubmitButton>
          </PostForm>
        ) : null}
      </div>
      <h2 className="utrecht-heading-2">{t("supplier.apiKey.usage")}</h2>
      <p className="utrecht-paragraph">{t("supplier.apiKey.usageLead")}</p>
      <pre className="vvg-supplier-example">
        <code>{example}</code>
      </pre>
      <p className="utrecht-paragraph">
        <Link to="/leverancier/catalogus">{t("supplier.backToCatalogue")}</Link>
      </p>
    </>
  );
}
