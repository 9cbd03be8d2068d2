import type { Route } from "./+types/admin-memberships";
import { identityContext, requirePortalAdmin } from "../auth.server.ts";
import { AdminHeading } from "../components/admin-nav.tsx";
import { type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { decideMembership, requestsWithoutAdmin } from "../modules/identity/index.server.ts";
import { GOVERNMENT_ROLES } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.memberships.title", breadcrumb: "admin.memberships.title" };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  return { requests: await requestsWithoutAdmin(getRuntime().database.db) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requirePortalAdmin(request);
  const form = await readForm(request);
  const membershipId = String(form.get("membershipId") ?? "");
  const organisationId = String(form.get("organisationId") ?? "");
  const approve = form.get("decision") === "approve";
  // Names for the message come from the list itself, so a tampered id finds nothing to name.
  const request_ = (await requestsWithoutAdmin(getRuntime().database.db)).find(
    (r) => r.id === membershipId && r.organisationId === organisationId,
  );
  if (!request_) return redirectWithFlash("/beheer/lidmaatschappen", { kind: "error", key: "admin.memberships.notFound" });
  const roles = form.getAll("roles").filter((value): value is string => typeof value === "string");
  const ctx = await identityContext(request, context);
  const result = await decideMembership(
    ctx,
    actor.personId,
    organisationId,
    membershipId,
    approve ? { approve: true, roles } : { approve: false },
  );
  if (!result.ok) {
    if (result.field === "roles") return invalid({ roles: result.error }, form, { membershipId });
    return redirectWithFlash("/beheer/lidmaatschappen", { kind: "error", key: "admin.memberships.notFound" });
  }
  return redirectWithFlash("/beheer/lidmaatschappen", {
    kind: "ok",
    key: approve ? "admin.memberships.approved" : "admin.memberships.refused",
    vars: { name: request_.name, organisation: request_.organisationName },
  });
}

export default function AdminMemberships({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const state = actionData as (FormState & { membershipId?: string }) | undefined;
  return (
    <>
      <AdminHeading title={t("admin.memberships.title")} lead={t("admin.memberships.lead")} />
      {loaderData.requests.length === 0 ? <p className="utrecht-paragraph">{t("admin.memberships.empty")}</p> : null}
      {loaderData.requests.map((request) => {
        const headingId = `request-${request.id}`;
        const mine = state?.membershipId === request.id;
        const error = mine ? state?.errors?.roles : undefined;
        const chosen = mine ? (state?.values?.roles ?? "") : "medewerker";
        return (
          <section key={request.id} className="vvg-admin-card-block" aria-labelledby={headingId}>
            <h2 className="utrecht-heading-3" id={headingId}>
              {t("admin.memberships.heading", { name: request.name, organisation: request.organisationName })}
            </h2>
            <dl className="vvg-admin-dl">
              <dt>{t("admin.memberships.email")}</dt>
              <dd>{request.email ?? "—"}</dd>
              <dt>{t("admin.memberships.requested")}</dt>
              <dd>{formatDateTime(request.requestedAt)}</dd>
              {request.message ? (
                <>
                  <dt>{t("admin.memberships.message")}</dt>
                  <dd className="vvg-admin-message">{request.message}</dd>
                </>
              ) : null}
            </dl>
            <PostForm noValidate>
              <input type="hidden" name="membershipId" value={request.id} />
              <input type="hidden" name="organisationId" value={request.organisationId} />
              <fieldset
                className={`vvg-admin-fieldset${error ? " utrecht-form-field--invalid" : ""}`}
                aria-describedby={error ? `${headingId}-error` : undefined}
              >
                <legend className="utrecht-form-label">{t("admin.memberships.roles")}</legend>
                {error ? (
                  <div className="utrecht-form-field-error-message" id={`${headingId}-error`} role="alert">
                    <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
                    {t(error as MessageKey)}
                  </div>
                ) : null}
                <div className="vvg-admin-roles">
                  {GOVERNMENT_ROLES.map((role) => {
                    const id = `${headingId}-${role}`;
                    return (
                      <div className="vvg-checkbox" key={role}>
                        <input
                          className="utrecht-checkbox utrecht-checkbox--html-input"
                          type="checkbox"
                          id={id}
                          name="roles"
                          value={role}
                          defaultChecked={chosen === role}
                        />
                        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                          {t(`role.${role}`)}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              <div className="vvg-actions">
                <SubmitButton name="decision" value="approve">
                  {t("admin.memberships.approve")}
                </SubmitButton>
                <SubmitButton name="decision" value="refuse" appearance="secondary">
                  {t("admin.memberships.refuse")}
                </SubmitButton>
              </div>
            </PostForm>
          </section>
        );
      })}
    </>
  );
}
