import { data, Link } from "react-router";
import type { Route } from "./+types/framework";
import { forbidden, getActor, requireActor } from "../auth.server.ts";
import { FrameworkPeriod, FrameworkUsage } from "../components/framework-usage.tsx";
import { FormProblems, type FormState, PostForm, SelectField, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { membershipIn } from "../modules/identity/index.server.ts";
import {
  accessionOf,
  frameworkFacts,
  getFramework,
  joinFramework,
  mayJoinFor,
  todayInBrussels,
} from "../modules/procurement/index.server.ts";
import { accessionFormSchema, DECISION_BODIES } from "../modules/procurement/shared.ts";
import { getRuntime } from "../runtime.server.ts";
import { requestInfoContext } from "../request-context.ts";

export const handle: RouteHandle = { title: "frameworks.detail.title", breadcrumb: "frameworks.detail.title" };

const notFound = () => data(null, { status: 404 });

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const framework = await getFramework(db, params.id);
  if (!framework) throw notFound();
  const today = todayInBrussels();
  const actor = await getActor(request);
  const organisationId = actor?.activeOrganisationId ?? null;
  // The viewer's own organisation only: never another organisation's decision.
  let own: {
    organisationId: string;
    organisationName: string;
    accession: Awaited<ReturnType<typeof accessionOf>>;
  } | null = null;
  if (actor && organisationId && mayJoinFor(actor, organisationId)) {
    own = {
      organisationId,
      organisationName: membershipIn(actor, organisationId)?.organisationName ?? "",
      accession: await accessionOf(db, organisationId, framework.id),
    };
  }
  return {
    today,
    loggedIn: Boolean(actor),
    framework: {
      ...frameworkFacts(framework),
      lots: framework.lots.map((lot) => ({
        id: lot.id,
        number: lot.number,
        title: lot.title,
        description: lot.description,
        suppliers: lot.suppliers,
      })),
      members: framework.accessions.length,
    },
    own,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const framework = await getFramework(db, params.id);
  if (!framework) throw notFound();
  const form = await readForm(request);
  // The decision is taken for the active organisation; a tampered organisation id is refused.
  const organisationId = String(form.get("organisationId") ?? "");
  if (organisationId !== actor.activeOrganisationId || !mayJoinFor(actor, organisationId)) await forbidden(request);
  const parsed = parseForm(accessionFormSchema, form);
  if (!parsed.ok) return parsed.response;
  const result = await joinFramework(
    db,
    actor,
    { organisationId, frameworkId: framework.id, ...parsed.value },
    context.get(requestInfoContext).ip,
  );
  if (!result.ok) {
    if (result.error === "frameworks.join.forbidden") await forbidden(request);
    return invalid({ [result.field ?? "_form"]: result.error }, form);
  }
  return redirectWithFlash(`/raamovereenkomsten/${framework.id}`, {
    kind: "ok",
    key: "frameworks.join.done",
    vars: { organisation: membershipIn(actor, organisationId)?.organisationName ?? "" },
  });
}

export default function Framework({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatDate, formatEuro } = useI18n();
  const { framework, own, today, loggedIn } = loaderData;
  const state = actionData as FormState;
  const expired = framework.endsOn < today;
  const labels = {
    decisionBody: t("frameworks.join.decisionBody"),
    decisionDate: t("frameworks.join.decisionDate"),
    decisionReference: t("frameworks.join.decisionReference"),
    documentUrl: t("frameworks.join.documentUrl"),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{framework.title}</h1>
      {framework.description ? (
        <p className="utrecht-paragraph vvg-lead vvg-framework-description">{framework.description}</p>
      ) : null}

      <section aria-labelledby="facts-heading">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t("frameworks.detail.facts")}
        </h2>
        <dl className="vvg-framework-dl">
          <dt>{t("frameworks.detail.reference")}</dt>
          <dd>{framework.reference}</dd>
          <dt>{t("frameworks.detail.body")}</dt>
          <dd>{framework.centralPurchasingBody}</dd>
          <dt>{t("frameworks.detail.legalBasis")}</dt>
          <dd>{framework.legalBasis}</dd>
          <dt>{t("frameworks.detail.period")}</dt>
          <dd>
            <FrameworkPeriod startsOn={framework.startsOn} endsOn={framework.endsOn} today={today} />
          </dd>
          <dt>{t("frameworks.detail.maxValue")}</dt>
          <dd>{formatEuro(framework.maxValueCents / 100)}</dd>
          <dt>{t("frameworks.detail.usage")}</dt>
          <dd>
            <FrameworkUsage
              reference={framework.reference}
              usedCents={framework.usedValueCents}
              maxCents={framework.maxValueCents}
            />
          </dd>
          <dt>{t("frameworks.detail.orderMethod")}</dt>
          <dd>{t(`frameworks.orderMethod.${framework.orderMethod}` as MessageKey)}</dd>
          <dt>{t("frameworks.detail.members")}</dt>
          <dd>{tn("frameworks.detail.members", framework.members)}</dd>
        </dl>
      </section>

      {own ? (
        <section aria-labelledby="own-heading" className="vvg-framework-own">
          <h2 className="utrecht-heading-2" id="own-heading">
            {t("frameworks.own.heading", { organisation: own.organisationName })}
          </h2>
          {own.accession ? (
            <>
              <p className="utrecht-paragraph">
                <span className="vvg-badge vvg-badge--ok">{t("frameworks.joinedBadge")}</span>{" "}
                {t("frameworks.own.joined", { date: formatDate(own.accession.decisionDate) })}
              </p>
              <dl className="vvg-framework-dl">
                <dt>{t("frameworks.own.decisionBody")}</dt>
                <dd>{t(`frameworks.body.${own.accession.decisionBody}` as MessageKey)}</dd>
                <dt>{t("frameworks.own.decisionReference")}</dt>
                <dd>{own.accession.decisionReference}</dd>
                {own.accession.documentUrl ? (
                  <>
                    <dt>{t("frameworks.own.document")}</dt>
                    <dd>
                      <a href={own.accession.documentUrl} rel="noopener noreferrer">
                        {t("frameworks.own.documentLink")}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
            </>
          ) : expired ? (
            <p className="utrecht-paragraph">{t("frameworks.own.expired")}</p>
          ) : (
            <>
              <p className="utrecht-paragraph">{t("frameworks.own.notJoined")}</p>
              <FormProblems state={state} labels={labels} />
              <PostForm noValidate>
                <input type="hidden" name="organisationId" value={own.organisationId} />
                <SelectField
                  name="decisionBody"
                  label={labels.decisionBody}
                  required
                  defaultValue={state?.values?.decisionBody ?? ""}
                  error={state?.errors?.decisionBody}
                  options={[
                    { value: "", label: t("frameworks.join.decisionBodyChoose") },
                    ...DECISION_BODIES.map((body) => ({ value: body, label: t(`frameworks.body.${body}` as MessageKey) })),
                  ]}
                />
                <TextField
                  name="decisionDate"
                  type="date"
                  label={labels.decisionDate}
                  required
                  width="short"
                  defaultValue={state?.values?.decisionDate ?? ""}
                  error={state?.errors?.decisionDate}
                />
                <TextField
                  name="decisionReference"
                  label={labels.decisionReference}
                  description={t("frameworks.join.decisionReferenceHint")}
                  required
                  maxLength={120}
                  defaultValue={state?.values?.decisionReference ?? ""}
                  error={state?.errors?.decisionReference}
                />
                <TextField
                  name="documentUrl"
                  type="url"
                  label={labels.documentUrl}
                  description={t("frameworks.join.documentUrlHint")}
                  maxLength={1000}
                  width="full"
                  defaultValue={state?.values?.documentUrl ?? ""}
                  error={state?.errors?.documentUrl}
                />
                <div className="vvg-actions">
                  <SubmitButton>{t("frameworks.join.submit")}</SubmitButton>
                </div>
              </PostForm>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="lots-heading">
        <h2 className="utrecht-heading-2" id="lots-heading">
          {t("frameworks.lots.heading")}
        </h2>
        {framework.lots.length === 0 ? <p className="utrecht-paragraph">{t("frameworks.lots.none")}</p> : null}
        {framework.lots.map((lot) => (
          <section key={lot.id} className="vvg-framework-lot" aria-labelledby={`lot-${lot.number}`}>
            <h3 className="utrecht-heading-3" id={`lot-${lot.number}`}>
              {t("frameworks.lot.title", { number: lot.number, title: lot.title })}
            </h3>
            {lot.description ? <p className="utrecht-paragraph">{lot.description}</p> : null}
            {lot.suppliers.length === 0 ? (
              <p className="utrecht-paragraph">{t("frameworks.lot.noSuppliers")}</p>
            ) : (
              <>
                <p className="utrecht-paragraph vvg-framework-lot__label">{t("frameworks.lot.suppliers")}</p>
                <ul className="utrecht-unordered-list">
                  {lot.suppliers.map((supplier) => (
                    <li key={supplier.id} className="utrecht-unordered-list__item">
                      <Link to={`/organisaties/${supplier.id}`}>{supplier.name}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="order-heading">
        <h2 className="utrecht-heading-2" id="order-heading">
          {t("frameworks.howToOrder.heading")}
        </h2>
        <p className="utrecht-paragraph">
          <strong>{t(`frameworks.orderMethod.${framework.orderMethod}` as MessageKey)}.</strong>{" "}
          {t(`frameworks.howToOrder.${framework.orderMethod}` as MessageKey)}
        </p>
      </section>

      <section aria-labelledby="joining-heading">
        <h2 className="utrecht-heading-2" id="joining-heading">
          {t("frameworks.joining.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("frameworks.joining.p1")}</p>
        <p className="utrecht-paragraph">{t("frameworks.joining.p2")}</p>
        <p className="utrecht-paragraph">{t("frameworks.joining.p3")}</p>
        {!loggedIn && !expired ? (
          <p className="utrecht-paragraph">
            {t("frameworks.own.loginHint")}{" "}
            <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/raamovereenkomsten/${framework.id}`)}`}>
              {t("frameworks.own.loginLink")}
            </Link>
          </p>
        ) : null}
      </section>

      <p className="utrecht-paragraph">
        <Link to="/raamovereenkomsten">{t("frameworks.backToList")}</Link>
      </p>
    </>
  );
}
