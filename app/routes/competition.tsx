import { Link } from "react-router";
import type { Route } from "./+types/competition";
import { identityContext, notFound } from "../auth.server.ts";
import { CriteriaList, criterionName, LinesTable, statusKey, TextAreaField } from "../components/competitions/competition-ui.tsx";
import { type FormState, FormProblems, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { TableRegion } from "../components/ui/table-region.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  awardCompetition,
  cancelCompetition,
  competitionBuyerPath,
  getCompetitionForBuyer,
  orderFromCompetition,
  readScoresForm,
  scoreAnswers,
} from "../modules/ordering/index.server.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "competitions.detail.title", breadcrumb: "competitions.detail.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

/** The kind the URL names: quote requests and mini-competitions live under their own path. */
const kindOf = (request: Request) =>
  new URL(request.url).pathname.startsWith("/aankopen/offerteaanvragen/") ? ("quote" as const) : ("mini_competition" as const);

export async function loader({ request, params }: Route.LoaderArgs) {
  const { organisationId } = await requireOrdering(request, "procurement.buy");
  const competition = await getCompetitionForBuyer(
    getRuntime().database.db,
    organisationId,
    params.competitionId,
    kindOf(request),
  );
  if (!competition) return notFound(request);
  return { competition };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireOrdering(request, "procurement.buy");
  const { db } = getRuntime().database;
  const competition = await getCompetitionForBuyer(db, organisationId, params.competitionId, kindOf(request));
  if (!competition) return notFound(request);
  const ctx = await identityContext(request, context);
  const form = await readForm(request);
  const intent = form.get("intent");
  const here = competitionBuyerPath(competition);
  if (intent === "score") {
    if (!competition.results) return invalid({ _form: "competitions.award.beforeDeadline" }, form);
    const parsed = readScoresForm(
      form,
      competition.criteria.filter((c) => c.kind === "other").map((c) => c.id),
      competition.results.ranking.map((r) => r.supplierId),
    );
    if (!parsed.ok) return invalid(parsed.errors, form, { intent });
    const result = await scoreAnswers(ctx, actor, organisationId, competition.id, parsed.value);
    if (!result.ok) return invalid({ _form: result.error }, form, { intent });
    return redirectWithFlash(here, { kind: "ok", key: "competitions.score.done" });
  }
  if (intent === "award") {
    const result = await awardCompetition(ctx, actor, organisationId, competition.id, {
      supplierId: String(form.get("supplierId") ?? ""),
      reason: String(form.get("reason") ?? ""),
    });
    if (!result.ok) return invalid({ [result.field === "reason" ? "reason" : "_form"]: result.error }, form, { intent });
    return redirectWithFlash(here, {
      kind: "ok",
      key: "competitions.award.done",
      vars: { supplier: result.report.awardedSupplier },
    });
  }
  if (intent === "cancel") {
    const result = await cancelCompetition(ctx, actor, organisationId, competition.id, {
      reason: String(form.get("cancelReason") ?? ""),
    });
    if (!result.ok)
      return invalid({ [result.field === "cancelReason" ? "cancelReason" : "_form"]: result.error }, form, { intent });
    return redirectWithFlash(here, { kind: "ok", key: "competitions.cancel.done" });
  }
  if (intent === "order") {
    const result = await orderFromCompetition(ctx, actor, organisationId, competition.id);
    if (!result.ok) return invalid({ _form: result.error }, form, { intent });
    return redirectWithFlash(`/aankopen/bestellingen/${result.orderId}`, { kind: "ok", key: "competitions.order.done" });
  }
  return invalid({ _form: "competitions.error.unknownAction" }, form);
}

export default function Competition({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime, formatEuro, formatNumber } = useI18n();
  const { competition } = loaderData;
  const state = actionData as (FormState & { intent?: string }) | undefined;
  const errors = state?.errors ?? {};
  const others = competition.criteria.filter((c) => c.kind === "other");
  const results = competition.results;
  const best = results?.ranking.filter((offer) => offer.rank === 1) ?? [];
  const answerOf = (supplierId: string) => results?.answers.find((a) => a.supplierId === supplierId);
  const euro = (cents: number) => formatEuro(cents / 100);
  const problems = (intent: string) =>
    state?.intent === intent ? (
      <FormProblems
        state={state}
        labels={{ reason: t("competitions.award.reason"), cancelReason: t("competitions.cancel.reason") }}
      />
    ) : null;
  return (
    <>
      <h1 className="utrecht-heading-1">{competition.title}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {t(competition.kind === "quote" ? "competitions.kind.quote" : "competitions.kind.mini")} {competition.reference}
      </p>

      <section aria-labelledby="facts-heading">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t("competitions.detail.facts")}
        </h2>
        <dl className="vvg-framework-dl">
          <dt>{t("competitions.field.status")}</dt>
          <dd>{t(statusKey(competition))}</dd>
          <dt>{t("competitions.field.deadline")}</dt>
          <dd>{formatDateTime(competition.deadline)}</dd>
          {competition.framework ? (
            <>
              <dt>{t("competitions.field.framework")}</dt>
              <dd>
                <Link to={`/raamovereenkomsten/${competition.framework.id}`}>{competition.framework.reference}</Link> —{" "}
                {competition.framework.title}
              </dd>
              <dt>{t("competitions.field.lot")}</dt>
              <dd>
                {t("competitions.detail.lot", { number: competition.framework.lotNumber, title: competition.framework.lotTitle })}
              </dd>
            </>
          ) : null}
          <dt>{t("competitions.field.invited")}</dt>
          <dd>{competition.invited.map((s) => s.name).join(", ")}</dd>
          {competition.deliveryWishes ? (
            <>
              <dt>{t("competitions.field.deliveryWishes")}</dt>
              <dd className="vvg-comp-pre">{competition.deliveryWishes}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="lines-heading">
        <h2 className="utrecht-heading-2" id="lines-heading">
          {t("competitions.field.lines")}
        </h2>
        <LinesTable id="lines-heading" caption={t("competitions.field.lines")} lines={competition.lines} />
        <h3 className="utrecht-heading-3">{t("competitions.field.criteria")}</h3>
        <CriteriaList criteria={competition.criteria} />
      </section>

      {!results ? (
        <section aria-labelledby="sealed-heading" className="vvg-comp-box">
          <h2 className="utrecht-heading-2" id="sealed-heading">
            {t("competitions.sealed.heading")}
          </h2>
          <p className="utrecht-paragraph">
            {t("competitions.sealed.buyer", { deadline: formatDateTime(competition.deadline) })}
          </p>
        </section>
      ) : (
        <section aria-labelledby="ranking-heading">
          <h2 className="utrecht-heading-2" id="ranking-heading">
            {t("competitions.ranking.heading")}
          </h2>
          <p className="utrecht-paragraph">{t("competitions.ranking.explain")}</p>
          {results.ranking.length === 0 ? (
            <p className="utrecht-paragraph">{t("competitions.ranking.none")}</p>
          ) : (
            <TableRegion labelledBy="ranking-heading">
              <table className="utrecht-table vvg-comp-table">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t("competitions.ranking.rank")}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t("competitions.ranking.supplier")}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                      {t("competitions.ranking.total")}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                      {t("competitions.ranking.leadTime")}
                    </th>
                    {competition.criteria.map((criterion) => (
                      <th
                        key={criterion.id}
                        scope="col"
                        className="utrecht-table__header-cell utrecht-table__header-cell--numeric"
                      >
                        {t("competitions.ranking.points", { name: criterionName(t, criterion), weight: criterion.weight })}
                      </th>
                    ))}
                    <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                      {t("competitions.ranking.score")}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {results.ranking.map((offer) => (
                    <tr key={offer.supplierId} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{offer.rank}</td>
                      <th scope="row" className="utrecht-table__cell">
                        {offer.supplierName}
                      </th>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">{euro(offer.totalCents)}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {t("competitions.days", { count: offer.leadTimeDays })}
                      </td>
                      {competition.criteria.map((criterion) => (
                        <td key={criterion.id} className="utrecht-table__cell utrecht-table__cell--numeric">
                          {criterion.kind === "other" && offer.scores[criterion.id] === undefined
                            ? t("competitions.ranking.notScored")
                            : formatNumber(offer.points[criterion.id] ?? 0, { maximumFractionDigits: 2 })}
                        </td>
                      ))}
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        <strong>{formatNumber(offer.score, { maximumFractionDigits: 2 })}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          {results.noAnswer.length > 0 ? (
            <p className="utrecht-paragraph">
              {t("competitions.ranking.noAnswer", { suppliers: results.noAnswer.map((s) => s.name).join(", ") })}
            </p>
          ) : null}

          {results.ranking.map((offer) => {
            const answer = answerOf(offer.supplierId);
            if (!answer) return null;
            const headingId = `offer-${offer.supplierId}`;
            return (
              <section key={offer.supplierId} aria-labelledby={headingId} className="vvg-comp-offer">
                <h3 className="utrecht-heading-3" id={headingId}>
                  {t("competitions.ranking.offerOf", { supplier: offer.supplierName })}
                </h3>
                <LinesTable
                  id={headingId}
                  caption={t("competitions.ranking.offerOf", { supplier: offer.supplierName })}
                  lines={answer.lines}
                  extra={{
                    headers: [
                      t("competitions.answer.unitPrice"),
                      t("competitions.answer.leadTime"),
                      t("competitions.answer.note"),
                    ],
                    cells: (line) => {
                      const priced = answer.lines.find((l) => l.id === line.id)!;
                      return [euro(priced.unitPriceCents), t("competitions.days", { count: priced.leadTimeDays }), priced.note];
                    },
                  }}
                />
                {answer.note ? <p className="utrecht-paragraph vvg-comp-pre">{answer.note}</p> : null}
              </section>
            );
          })}

          {competition.status === "open" && others.length > 0 && results.ranking.length > 0 ? (
            <PostForm aria-labelledby="score-heading" className="vvg-comp-form" noValidate>
              <h3 className="utrecht-heading-3" id="score-heading">
                {t("competitions.score.heading")}
              </h3>
              <p className="utrecht-paragraph">{t("competitions.score.explain")}</p>
              {problems("score")}
              <input type="hidden" name="intent" value="score" />
              {results.ranking.map((offer) => (
                <fieldset key={offer.supplierId} className="vvg-comp-line">
                  <legend>{offer.supplierName}</legend>
                  <div className="vvg-comp-line__numbers">
                    {others.map((criterion) => {
                      const field = `score_${criterion.id}_${offer.supplierId}`;
                      const error = errors[field];
                      return (
                        <div
                          key={field}
                          className={`utrecht-form-field vvg-field vvg-field--short${error ? " utrecht-form-field--invalid" : ""}`}
                        >
                          <div className="utrecht-form-field__label">
                            <label className="utrecht-form-label" htmlFor={field}>
                              {t("competitions.score.label", { name: criterion.name })}
                            </label>
                          </div>
                          {error ? (
                            <div className="utrecht-form-field-error-message" id={`${field}-error`}>
                              {t(error as MessageKey)}
                            </div>
                          ) : null}
                          <div className="utrecht-form-field__input">
                            <input
                              className="utrecht-textbox utrecht-textbox--html-input"
                              id={field}
                              name={field}
                              inputMode="numeric"
                              required
                              defaultValue={state?.values?.[field] ?? String(offer.scores[criterion.id] ?? "")}
                              aria-invalid={error ? true : undefined}
                              aria-describedby={error ? `${field}-error` : undefined}
                            />
                          </div>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
              <SubmitButton>{t("competitions.score.submit")}</SubmitButton>
            </PostForm>
          ) : null}

          {competition.status === "open" && best.length > 0 ? (
            <PostForm aria-labelledby="award-heading" className="vvg-comp-form" noValidate>
              <h3 className="utrecht-heading-3" id="award-heading">
                {t("competitions.award.heading")}
              </h3>
              {results.scoresMissing ? (
                <p className="utrecht-paragraph">{t("competitions.award.scoreFirst")}</p>
              ) : (
                <>
                  <p className="utrecht-paragraph">{t("competitions.award.explain")}</p>
                  {problems("award")}
                  <input type="hidden" name="intent" value="award" />
                  <fieldset className="vvg-comp-fieldset">
                    <legend>{t("competitions.award.supplier")}</legend>
                    {best.map((offer, index) => (
                      <div key={offer.supplierId} className="vvg-checkbox">
                        <input
                          className="utrecht-radio-button utrecht-radio-button--html-input"
                          type="radio"
                          id={`award-${offer.supplierId}`}
                          name="supplierId"
                          value={offer.supplierId}
                          defaultChecked={index === 0}
                        />
                        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`award-${offer.supplierId}`}>
                          {t("competitions.award.option", {
                            supplier: offer.supplierName,
                            score: formatNumber(offer.score, { maximumFractionDigits: 2 }),
                            total: euro(offer.totalCents),
                          })}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                  <TextAreaField
                    name="reason"
                    label={t("competitions.award.reason")}
                    description={t("competitions.award.reasonHint")}
                    defaultValue={state?.intent === "award" ? state.values?.reason : undefined}
                    error={state?.intent === "award" ? errors.reason : undefined}
                    required
                  />
                  <SubmitButton>{t("competitions.award.submit")}</SubmitButton>
                </>
              )}
            </PostForm>
          ) : null}
        </section>
      )}

      {competition.award ? (
        <section aria-labelledby="award-result-heading" className="vvg-comp-box">
          <h2 className="utrecht-heading-2" id="award-result-heading">
            {t("competitions.award.resultHeading")}
          </h2>
          <dl className="vvg-framework-dl">
            <dt>{t("competitions.award.winner")}</dt>
            <dd>{competition.award.supplierName}</dd>
            <dt>{t("competitions.award.reason")}</dt>
            <dd className="vvg-comp-pre">{competition.award.reason}</dd>
            <dt>{t("competitions.award.when")}</dt>
            <dd>{t("competitions.award.whenBy", { at: formatDateTime(competition.award.at), person: competition.award.by })}</dd>
          </dl>
          <p className="utrecht-paragraph">{t("competitions.award.told")}</p>
          <p className="utrecht-paragraph">{t("competitions.award.reportKept")}</p>
          {competition.orderId ? (
            <p className="utrecht-paragraph">
              <Link to={`/aankopen/bestellingen/${competition.orderId}`}>{t("competitions.order.view")}</Link>
            </p>
          ) : competition.kind === "mini_competition" ? (
            <PostForm aria-labelledby="order-heading" className="vvg-comp-form">
              <h3 className="utrecht-heading-3" id="order-heading">
                {t("competitions.order.heading")}
              </h3>
              <p className="utrecht-paragraph">{t("competitions.order.explain", { supplier: competition.award.supplierName })}</p>
              {problems("order")}
              <input type="hidden" name="intent" value="order" />
              <SubmitButton>{t("competitions.order.submit")}</SubmitButton>
            </PostForm>
          ) : (
            <p className="utrecht-paragraph">{t("competitions.order.quoteNext")}</p>
          )}
        </section>
      ) : null}

      {competition.cancelled ? (
        <section aria-labelledby="cancelled-heading" className="vvg-comp-box">
          <h2 className="utrecht-heading-2" id="cancelled-heading">
            {t("competitions.cancel.resultHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("competitions.cancel.at", { at: formatDateTime(competition.cancelled.at) })}</p>
          <p className="utrecht-paragraph vvg-comp-pre">
            {t("competitions.cancel.reasonShown", { reason: competition.cancelled.reason })}
          </p>
        </section>
      ) : null}

      {competition.status === "open" ? (
        <PostForm aria-labelledby="cancel-heading" className="vvg-comp-form" noValidate>
          <h2 className="utrecht-heading-2" id="cancel-heading">
            {t("competitions.cancel.heading")}
          </h2>
          <p className="utrecht-paragraph">{t("competitions.cancel.explain")}</p>
          {problems("cancel")}
          <input type="hidden" name="intent" value="cancel" />
          <TextAreaField
            name="cancelReason"
            label={t("competitions.cancel.reason")}
            description={t("competitions.cancel.reasonHint")}
            defaultValue={state?.intent === "cancel" ? state.values?.cancelReason : undefined}
            error={state?.intent === "cancel" ? errors.cancelReason : undefined}
            required
            rows={3}
          />
          <SubmitButton appearance="secondary">{t("competitions.cancel.submit")}</SubmitButton>
        </PostForm>
      ) : null}

      <p className="utrecht-paragraph">
        <Link to="/aankopen/offerteaanvragen">{t("competitions.backToList")}</Link>
      </p>
    </>
  );
}
