import { Link } from "react-router";
import type { Route } from "./+types/noits-shared-post";
import { forbidden, notFound, requireActor } from "../auth.server.ts";
import { type ChoroplethLabels, ChoroplethMap } from "../components/map/choropleth-map.tsx";
import { choroplethModel } from "../components/map/choropleth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { ErrorSummary, type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { type Actor, can } from "../modules/identity/index.server.ts";
import {
  answerSharedPost,
  getSharedPostFor,
  SHARED_POST_ANSWERS,
  SHARED_POST_ROUTES,
  sharedPostAnswerSchema,
} from "../modules/talent/index.server.ts";
import { formatFte } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talentRegion.sharedPost.title", breadcrumb: "talentRegion.sharedPost.title" };

/** HR of the active organisation (publishing vacancies or looking for profiles); else 403. */
async function requireHr(request: Request): Promise<{ actor: Actor; organisationId: string }> {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (
    !organisationId ||
    !(can(actor, organisationId, "talent.manage_vacancies") || can(actor, organisationId, "talent.search_profiles"))
  ) {
    return forbidden(request);
  }
  return { actor, organisationId };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { organisationId } = await requireHr(request);
  // Unknown, malformed, or a proposal the organisation is not part of: all "not found".
  const proposal = await getSharedPostFor(getRuntime().database.db, organisationId, params.proposalId);
  if (!proposal) return notFound(request);
  const places = proposal.members.filter((m) => m.nis && m.answer !== "withdrawn");
  const values: Record<string, number> = {};
  for (const m of places) values[m.nis!] = (values[m.nis!] ?? 0) + m.ftePercent / 100;
  const map = choroplethModel({ values, region: new Set(places.map((m) => m.nis!)), highlight: proposal.own.nis, zoom: true });
  return {
    proposal: {
      ...proposal,
      createdAt: proposal.createdAt.toISOString(),
      decidedAt: proposal.decidedAt?.toISOString() ?? null,
    },
    map,
    routes: SHARED_POST_ROUTES,
    answers: SHARED_POST_ANSWERS,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireHr(request);
  const form = await readForm(request);
  const parsed = parseForm(sharedPostAnswerSchema, form);
  if (!parsed.ok) return parsed.response;
  const runtime = getRuntime();
  const result = await answerSharedPost(
    runtime.database.db,
    organisationId,
    params.proposalId,
    parsed.value,
    { personId: actor.personId, ip: context.get(requestInfoContext).ip },
    { baseUrl: runtime.config.baseUrl },
  );
  if (!result.ok) {
    if (result.error === "talentRegion.sharedPost.notFound") return notFound(request);
    return invalid({ _form: result.error }, form, {}, 409);
  }
  return redirectWithFlash(`/noits/gedeelde-posten/${params.proposalId}`, {
    kind: "ok",
    key: `talentRegion.sharedPost.saved.${result.status}`,
  });
}

export default function NoitsSharedPost({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, formatDate } = useI18n();
  const { proposal, map, routes, answers } = loaderData;
  const state = actionData as FormState;
  const fte = (percent: number) => formatFte(percent, locale);
  const role = locale === "en" ? proposal.roleProfile.nameEn : proposal.roleProfile.nameNl;
  const inProposal = proposal.members.filter((m) => m.answer !== "withdrawn");
  const byNis = new Map(inProposal.map((m) => [m.nis, m]));
  const canAnswer = proposal.status === "proposed" && proposal.own.answer !== "withdrawn";
  const labels: ChoroplethLabels = {
    summary: t("talentRegion.sharedPost.mapSummary", { count: inProposal.length }),
    legend: t("talentRegion.sharedPost.mapLegend"),
    area: (area) => {
      const member = byNis.get(area.nis);
      return member
        ? `${area.name}: ${member.organisationName}, ${fte(member.ftePercent)} ${locale === "en" ? "FTE" : "VTE"}`
        : `${area.name}: ${t("talentRegion.sharedPost.mapOutside")}`;
    },
    band: (band) =>
      band.from === band.to
        ? t("talentRegion.map.bandSingle", { fte: fte(Math.round(band.to * 100)) })
        : t("talentRegion.map.band", { from: fte(Math.round(band.from * 100)), to: fte(Math.round(band.to * 100)) }),
    none: t("talentRegion.map.none"),
    outside: t("talentRegion.sharedPost.mapOutside"),
    highlight: (name) => t("talentRegion.map.own", { name }),
  };
  const formError = state?.errors?._form;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talentRegion.sharedPost.heading", { role })}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {t("talentRegion.sharedPost.intro", { count: inProposal.length, role, fte: fte(proposal.totalFtePercent) })}
      </p>
      <p className="utrecht-paragraph">
        <span
          className={`vvg-badge vvg-badge--${proposal.status === "agreed" ? "ok" : proposal.status === "closed" ? "neutral" : "warning"}`}
        >
          {t(`talentRegion.status.${proposal.status}` as MessageKey)}
        </span>
      </p>
      {proposal.status === "agreed" ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            {t("talentRegion.sharedPost.agreed", { date: formatDate(proposal.decidedAt ?? proposal.createdAt) })}{" "}
            {proposal.sharedVacancyId ? (
              <Link to={`/noits/vacatures/${proposal.sharedVacancyId}`}>{t("talentRegion.sharedPost.agreedLink")}</Link>
            ) : null}
          </p>
        </div>
      ) : null}
      {proposal.status === "closed" ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">
            {t(
              proposal.closedReason === "declined"
                ? "talentRegion.sharedPost.closed.declined"
                : "talentRegion.sharedPost.closed.withdrawn",
            )}
          </p>
        </div>
      ) : null}
      {proposal.status === "proposed" && proposal.own.answer === "withdrawn" ? (
        <p className="utrecht-paragraph">{t("talentRegion.sharedPost.ownWithdrawn")}</p>
      ) : null}

      <section aria-labelledby="members-heading">
        <h2 className="utrecht-heading-2" id="members-heading">
          {t("talentRegion.sharedPost.membersHeading")}
        </h2>
        <DataTable
          labelledBy="members-heading"
          className="vvg-region-table"
          columns={[
            t("talentRegion.sharedPost.col.organisation"),
            t("talentRegion.sharedPost.col.vacancy"),
            t("talentRegion.sharedPost.col.place"),
            { label: t("talentRegion.sharedPost.col.share"), className: "vvg-numeric" },
            t("talentRegion.sharedPost.col.answer"),
            t("talentRegion.sharedPost.col.route"),
          ]}
        >
          {proposal.members.map((m) => (
            <tr className="utrecht-table__row" key={m.vacancyId}>
              <th scope="row" className="utrecht-table__cell vvg-region-table__name">
                {m.organisationName}
                {m.organisationId === proposal.own.organisationId ? ` ${t("talentRegion.sharedPost.you")}` : ""}
              </th>
              <td className="utrecht-table__cell">
                {m.answer === "withdrawn" || proposal.status === "agreed" ? (
                  m.vacancyTitle
                ) : (
                  <Link to={`/noits/vacatures/${m.vacancyId}`}>{m.vacancyTitle}</Link>
                )}
              </td>
              <td className="utrecht-table__cell">{m.placeName}</td>
              <td className="utrecht-table__cell vvg-numeric">
                {fte(m.ftePercent)} {locale === "en" ? "FTE" : "VTE"}
              </td>
              <td className="utrecht-table__cell">{t(`talentRegion.answer.${m.answer}` as MessageKey)}</td>
              <td className="utrecht-table__cell">
                {m.preferredRoute
                  ? t(`talentRegion.route.${m.preferredRoute}` as MessageKey)
                  : t("talentRegion.sharedPost.noRoute")}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="where-heading">
        <h2 className="utrecht-heading-2" id="where-heading">
          {t("talentRegion.sharedPost.mapHeading")}
        </h2>
        <ChoroplethMap model={map} labels={labels} idPrefix="proposal-map" />
      </section>

      <section aria-labelledby="routes-heading">
        <h2 className="utrecht-heading-2" id="routes-heading">
          {t("talentRegion.sharedPost.routesHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("talentRegion.sharedPost.routesLead")}</p>
        <ul className="utrecht-unordered-list vvg-region-routes">
          {routes.map((route) => (
            <li key={route} className="utrecht-unordered-list__item">
              <strong>{t(`talentRegion.route.${route}` as MessageKey)}</strong>:{" "}
              {t(`talentRegion.route.${route}.explain` as MessageKey)}
            </li>
          ))}
        </ul>
      </section>

      {canAnswer ? (
        <section aria-labelledby="answer-heading">
          <h2 className="utrecht-heading-2" id="answer-heading">
            {t("talentRegion.sharedPost.answerHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("talentRegion.sharedPost.answerLead")}</p>
          {formError ? (
            <div className="utrecht-alert utrecht-alert--error" role="alert">
              <p className="utrecht-paragraph">{t(formError as MessageKey)}</p>
            </div>
          ) : (
            <ErrorSummary
              errors={state?.errors}
              labels={{ answer: t("talentRegion.sharedPost.answer"), route: t("talentRegion.sharedPost.route") }}
            />
          )}
          <PostForm className="vvg-region-answer">
            <fieldset
              className={`utrecht-form-fieldset vvg-fieldset${state?.errors?.answer ? " utrecht-form-field--invalid" : ""}`}
              aria-describedby={state?.errors?.answer ? "answer-error" : undefined}
            >
              <legend className="utrecht-form-fieldset__legend">{t("talentRegion.sharedPost.answer")}</legend>
              {state?.errors?.answer ? (
                <div className="utrecht-form-field-error-message" id="answer-error">
                  {t(state.errors.answer as MessageKey)}
                </div>
              ) : null}
              {answers.map((answer, index) => (
                <div className="vvg-region-radio" key={answer}>
                  <input
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    type="radio"
                    id={index === 0 ? "answer" : `answer-${answer}`}
                    name="answer"
                    value={answer}
                    defaultChecked={(state?.values?.answer ?? proposal.own.answer) === answer}
                  />
                  <label
                    className="utrecht-form-label utrecht-form-label--radio"
                    htmlFor={index === 0 ? "answer" : `answer-${answer}`}
                  >
                    {t(`talentRegion.sharedPost.answer.${answer}` as MessageKey)}
                  </label>
                </div>
              ))}
            </fieldset>
            <fieldset className="utrecht-form-fieldset vvg-fieldset">
              <legend className="utrecht-form-fieldset__legend">{t("talentRegion.sharedPost.route")}</legend>
              {["", ...routes].map((route, index) => (
                <div className="vvg-region-radio" key={route || "none"}>
                  <input
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    type="radio"
                    id={index === 0 ? "route" : `route-${route}`}
                    name="route"
                    value={route}
                    defaultChecked={(state?.values?.route ?? proposal.own.preferredRoute ?? "") === route}
                  />
                  <label
                    className="utrecht-form-label utrecht-form-label--radio"
                    htmlFor={index === 0 ? "route" : `route-${route}`}
                  >
                    {route ? t(`talentRegion.route.${route}` as MessageKey) : t("talentRegion.sharedPost.route.none")}
                  </label>
                </div>
              ))}
            </fieldset>
            <SubmitButton>{t("talentRegion.sharedPost.submit")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}

      <p className="utrecht-paragraph vvg-region-back">
        <Link to="/noits/gedeelde-posten">{t("talentRegion.sharedPost.backToList")}</Link>
      </p>
    </>
  );
}
