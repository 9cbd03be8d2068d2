import { data, Link } from "react-router";
import type { Route } from "./+types/organisation";
import { getActor, identityContext, requireActor } from "../auth.server.ts";
import { ErrorAlert, FormProblems, type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  can,
  getOrganisation,
  membershipIn,
  membershipsOf,
  organisationFacts,
  requestMembership,
} from "../modules/identity/index.server.ts";
import { FLEMISH_PROVINCES, formatEnterpriseNumber, JoinRequestSchema } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "organisation.title", breadcrumb: "organisation.title" };

const notFound = () => data(null, { status: 404 });

export async function loader({ request, params }: Route.LoaderArgs) {
  const actor = await getActor(request);
  const { db } = getRuntime().database;
  const member = membershipIn(actor, params.id);
  const facts = await organisationFacts(db, params.id, {
    memberOf: Boolean(member),
    isPortalAdmin: Boolean(actor?.isPortalAdmin),
  });
  if (!facts) throw notFound();
  const o = facts.organisation;
  const isGovernment = o.type !== "leverancier";
  // Only public facts go to the page (and into its HTML): no contact details.
  const organisation = {
    id: o.id,
    name: o.name,
    type: o.type,
    status: o.status,
    nisCode: o.nisCode,
    province: o.province,
    arrondissement: o.arrondissement || null,
    population: o.population,
    enterpriseNumber: o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : null,
    vatNumber: o.vatNumber,
    address: o.street ? `${o.street}, ${o.postalCode ?? ""} ${o.city ?? ""}`.trim() : null,
    peppolId: o.peppolId,
  };
  let request_: { requestedAt: string } | null = null;
  if (actor && !member && isGovernment) {
    const own = (await membershipsOf(db, actor.personId)).find((m) => m.organisationId === o.id && m.status === "requested");
    if (own) request_ = { requestedAt: own.requestedAt.toISOString() };
  }
  return {
    organisation,
    neighbours: facts.neighbours.map((n) => ({ id: n.id, name: n.name })),
    formerCodes: facts.formerCodes,
    viewer: {
      loggedIn: Boolean(actor),
      roles: member?.roles ?? null,
      canManage: can(actor, o.id, "organisation.manage_members"),
      canJoin: Boolean(actor) && !member && isGovernment && o.status === "active" && !request_,
      request: request_,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const organisation = await getOrganisation(getRuntime().database.db, params.id);
  if (!organisation) throw notFound();
  const form = await readForm(request);
  const parsed = parseForm(JoinRequestSchema, withOrganisation(form, organisation.id));
  if (!parsed.ok) return parsed.response;
  const result = await requestMembership(
    await identityContext(request, context),
    actor.personId,
    organisation.id,
    parsed.value.message,
  );
  if (!result.ok) {
    const field = result.field === "message" ? "message" : "_form";
    return invalid({ [field]: result.error }, form);
  }
  return redirectWithFlash(`/organisaties/${organisation.id}`, {
    kind: "ok",
    key: "organisation.join.sent",
    vars: { name: organisation.name },
  });
}

/** The organisation always comes from the address, never from the form. */
function withOrganisation(form: FormData, organisationId: string): FormData {
  const copy = new FormData();
  const message = form.get("message");
  if (typeof message === "string") copy.set("message", message);
  copy.set("organisationId", organisationId);
  return copy;
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div className="vvg-facts__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export default function OrganisationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatNumber, formatDate } = useI18n();
  const { organisation: o, neighbours, formerCodes, viewer } = loaderData;
  const state = actionData as FormState | undefined;
  const province =
    o.province && (FLEMISH_PROVINCES as readonly string[]).includes(o.province)
      ? t(`province.${o.province}` as MessageKey)
      : o.province;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/organisaties">{t("organisation.back")}</Link>
      </p>
      <h1 className="utrecht-heading-1">{o.name}</h1>
      {o.status === "pending" || o.status === "refused" ? (
        <div className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">{t(`organisation.status.${o.status}`)}</p>
        </div>
      ) : null}
      {viewer.roles ? (
        <p className="utrecht-paragraph">
          {t("organisation.yourRoles", {
            name: o.name,
            roles: viewer.roles.map((role) => t(`role.${role}` as MessageKey)).join(", "),
          })}
        </p>
      ) : null}
      {viewer.canManage ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-button utrecht-button--secondary-action vvg-button-link" to={`/organisaties/${o.id}/leden`}>
            {t("organisation.manageMembers")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="facts-heading">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t("organisation.facts")}
        </h2>
        <dl className="vvg-facts">
          <Fact label={t("organisation.type")} value={t(`orgType.${o.type}` as MessageKey)} />
          <Fact label={t("organisation.nisCode")} value={o.nisCode} />
          <Fact label={t("organisation.province")} value={province} />
          <Fact label={t("organisation.arrondissement")} value={o.arrondissement} />
          <Fact label={t("organisation.population")} value={o.population != null ? formatNumber(o.population) : null} />
          <Fact label={t("organisation.enterpriseNumber")} value={o.enterpriseNumber} />
          <Fact label={t("organisation.vatNumber")} value={o.vatNumber} />
          <Fact label={t("organisation.address")} value={o.address} />
          <Fact label={t("organisation.peppolId")} value={o.peppolId} />
        </dl>
      </section>

      {neighbours.length > 0 ? (
        <section aria-labelledby="neighbours-heading">
          <h2 className="utrecht-heading-2" id="neighbours-heading">
            {t("organisation.neighbours")}
          </h2>
          <p className="utrecht-paragraph">{tn("organisation.neighboursLead", neighbours.length, { name: o.name })}</p>
          <ul className="utrecht-unordered-list vvg-columns">
            {neighbours.map((n) => (
              <li key={n.id}>
                <Link to={`/organisaties/${n.id}`}>{n.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {formerCodes.length > 0 ? (
        <section aria-labelledby="former-heading">
          <h2 className="utrecht-heading-2" id="former-heading">
            {t("organisation.formerCodes")}
          </h2>
          <p className="utrecht-paragraph">{t("organisation.formerCodesLead", { name: o.name })}</p>
          <ul className="utrecht-unordered-list">
            {formerCodes.map((code) => (
              <li key={code.nisCode}>{t("organisation.formerCode", { name: code.name, nisCode: code.nisCode })}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {!viewer.canJoin && state?.errors?._form ? <ErrorAlert>{t(state.errors._form as MessageKey)}</ErrorAlert> : null}
      {viewer.request ? (
        <div className="utrecht-alert utrecht-alert--info">
          <p className="utrecht-paragraph">
            {t("organisation.join.pending", { date: formatDate(viewer.request.requestedAt), name: o.name })}
          </p>
        </div>
      ) : null}
      {viewer.canJoin ? (
        <section aria-labelledby="join-heading" className="vvg-join">
          <h2 className="utrecht-heading-2" id="join-heading">
            {t("organisation.join.heading")}
          </h2>
          <p className="utrecht-paragraph">{t("organisation.join.lead", { name: o.name })}</p>
          <FormProblems state={state} labels={{ message: t("organisation.join.message") }} />
          <PostForm className="vvg-form" noValidate>
            <div
              className={`utrecht-form-field utrecht-form-field--text vvg-field${state?.errors?.message ? " utrecht-form-field--invalid" : ""}`}
            >
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor="message">
                  {t("organisation.join.message")}
                  <span className="vvg-optional"> ({t("form.optional")})</span>
                </label>
              </div>
              <div className="utrecht-form-field-description" id="message-description">
                {t("organisation.join.messageHint")}
              </div>
              {state?.errors?.message ? (
                <div className="utrecht-form-field-error-message" id="message-error">
                  <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
                  {t(state.errors.message as MessageKey)}
                </div>
              ) : null}
              <div className="utrecht-form-field__input">
                <textarea
                  className="utrecht-textbox utrecht-textbox--html-input vvg-textarea"
                  id="message"
                  name="message"
                  rows={3}
                  maxLength={500}
                  defaultValue={state?.values?.message}
                  aria-invalid={state?.errors?.message ? true : undefined}
                  aria-describedby={state?.errors?.message ? "message-description message-error" : "message-description"}
                />
              </div>
            </div>
            <div className="vvg-actions">
              <SubmitButton>{t("organisation.join.submit")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}
      {!viewer.loggedIn && o.type !== "leverancier" ? (
        <p className="utrecht-paragraph">
          {t("organisation.join.login", { name: o.name })}{" "}
          <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/organisaties/${o.id}`)}`}>
            {t("organisation.join.loginLink")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
