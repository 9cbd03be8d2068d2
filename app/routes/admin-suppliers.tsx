import type { Route } from "./+types/admin-suppliers";
import { identityContext, requirePortalAdmin } from "../auth.server.ts";
import { AdminHeading } from "../components/admin-nav.tsx";
import { PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { decideSupplier, listPendingSuppliers } from "../modules/identity/index.server.ts";
import { formatEnterpriseNumber, normaliseEnterpriseNumber } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.suppliers.title", breadcrumb: "admin.suppliers.title" };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const suppliers = await listPendingSuppliers(getRuntime().database.db);
  return {
    suppliers: suppliers.map((s) => ({
      id: s.id,
      name: s.name,
      enterpriseNumber: s.enterpriseNumber,
      vatNumber: s.vatNumber,
      street: s.street,
      postalCode: s.postalCode,
      city: s.city,
      contactName: s.contactName,
      contactEmail: s.contactEmail,
      contactPhone: s.contactPhone,
      peppolId: s.peppolId,
      createdAt: s.createdAt,
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requirePortalAdmin(request);
  const form = await readForm(request);
  const organisationId = String(form.get("organisationId") ?? "");
  const approve = form.get("decision") === "approve";
  const supplier = (await listPendingSuppliers(getRuntime().database.db)).find((s) => s.id === organisationId);
  if (!supplier) return redirectWithFlash("/beheer/leveranciers", { kind: "error", key: "admin.supplier.notPending" });
  const result = await decideSupplier(await identityContext(request, context), actor.personId, organisationId, approve);
  if (!result.ok) return redirectWithFlash("/beheer/leveranciers", { kind: "error", key: result.error as MessageKey });
  return redirectWithFlash("/beheer/leveranciers", {
    kind: "ok",
    key: approve ? "admin.suppliers.approved" : "admin.suppliers.refused",
    vars: { name: supplier.name },
  });
}

export default function AdminSuppliers({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <AdminHeading title={t("admin.suppliers.title")} lead={t("admin.suppliers.lead")} />
      {loaderData.suppliers.length === 0 ? <p className="utrecht-paragraph">{t("admin.suppliers.empty")}</p> : null}
      {loaderData.suppliers.map((supplier) => {
        const headingId = `supplier-${supplier.id}`;
        const kbo = supplier.enterpriseNumber ? formatEnterpriseNumber(supplier.enterpriseNumber) : null;
        return (
          <section key={supplier.id} className="vvg-admin-card-block" aria-labelledby={headingId}>
            <h2 className="utrecht-heading-3" id={headingId}>
              {supplier.name}
            </h2>
            <dl className="vvg-admin-dl">
              <dt>{t("admin.suppliers.enterpriseNumber")}</dt>
              <dd>
                {kbo ?? "—"}
                {kbo ? (
                  <>
                    {" "}
                    <a
                      href={`https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${normaliseEnterpriseNumber(kbo)}`}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="vvg-admin-small"
                    >
                      {t("admin.suppliers.kbo", { number: kbo })}
                    </a>
                  </>
                ) : null}
              </dd>
              <dt>{t("admin.suppliers.vat")}</dt>
              <dd>{supplier.vatNumber ?? "—"}</dd>
              <dt>{t("admin.suppliers.address")}</dt>
              <dd>
                {supplier.street}
                <br />
                {supplier.postalCode} {supplier.city}
              </dd>
              <dt>{t("admin.suppliers.contact")}</dt>
              <dd>
                {supplier.contactName}
                {supplier.contactEmail ? (
                  <>
                    <br />
                    <a href={`mailto:${supplier.contactEmail}`}>{supplier.contactEmail}</a>
                  </>
                ) : null}
                {supplier.contactPhone ? (
                  <>
                    <br />
                    {supplier.contactPhone}
                  </>
                ) : null}
              </dd>
              <dt>{t("admin.suppliers.peppol")}</dt>
              <dd>
                <code>{supplier.peppolId ?? "—"}</code>
              </dd>
              <dt>{t("admin.suppliers.registered")}</dt>
              <dd>{formatDateTime(supplier.createdAt)}</dd>
            </dl>
            <PostForm>
              <input type="hidden" name="organisationId" value={supplier.id} />
              <div className="vvg-actions">
                <SubmitButton name="decision" value="approve">
                  {t("admin.suppliers.approve")}
                  <span className="vvg-visually-hidden">: {supplier.name}</span>
                </SubmitButton>
                <SubmitButton name="decision" value="refuse" appearance="secondary">
                  {t("admin.suppliers.refuse")}
                  <span className="vvg-visually-hidden">: {supplier.name}</span>
                </SubmitButton>
              </div>
            </PostForm>
          </section>
        );
      })}
    </>
  );
}
