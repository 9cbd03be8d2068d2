import { Link } from "react-router";
import type { Route } from "./+types/supplier-competition";
import { identityContext, notFound, requireSupplier } from "../auth.server.ts";
import { CriteriaList, LinesTable, TextAreaField } from "../components/competitions/competition-ui.tsx";
import { type FormState, FormProblems, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { getCompetitionForSupplier, readAnswerForm, submitAnswer } from "../modules/ordering/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

/** Cents as the amount a Dutch form shows ("899,50"); the form reads both comma and point. */
const euroText = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export const handle: RouteHandle = { title: "competitions.supplier.title", breadcrumb: "competitions.supplier.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { supplierId, supplierName } = await requireSupplier(request, "supplier.handle_orders");
  const competition = await getCompetitionForSupplier(getRuntime().database.db, supplierId, params.competitionId);
  if (!competition) return notFound(request);
  return { competition, supplierName };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request, "supplier.handle_orders");
  const competition = await getCompetitionForSupplier(getRuntime().database.db, supplierId, params.competitionId);
  // Not invited (someone else's request, a tampered id): as if it does not exist.
  if (!competition) return notFound(request);
  const form = await readForm(request);
  const parsed = readAnswerForm(
    form,
    competition.lines.map((line) => line.id),
  );
  if (!parsed.ok) return invalid(parsed.errors, form);
  const result = await submitAnswer(await identityContext(request, context), actor, supplierId, competition.id, parsed.value);
  if (!result.ok) {
    if (result.error === "competitions.error.notFound") return notFound(request);
    return invalid({ _form: result.error }, form, {}, 409);
  }
  return redirectWithFlash(`/leverancier/offerteaanvragen/${competition.id}`, {
    kind: "ok",
    key: competition.answer ? "competitions.answer.changed" : "competitions.answer.done",
  });
}

export default function SupplierCompetition({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime, formatEuro } = useI18n();
  const { competition } = loaderData;
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  const answer = competition.answer;
  const value = (field: string, fallback: string) => state?.values?.[field] ?? fallback;
  const labels = Object.fromEntries(Object.keys(errors).map((key) => [key, key]));
  const total = answer
    ? competition.lines.reduce((sum, line) => sum + line.quantity * (answer.lines[line.id]?.unitPriceCents ?? 0), 0)
    : 0;
  return (
    <>
      <h1 className="utrecht-heading-1">{competition.title}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {t(competition.kind === "quote" ? "competitions.kind.quote" : "competitions.kind.mini")} {competition.reference} —{" "}
        {t("competitions.supplier.from", { buyer: competition.buyer })}
      </p>

      <section aria-labelledby="facts-heading">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t("competitions.detail.facts")}
        </h2>
        <dl className="vvg-framework-dl">
          <dt>{t("competitions.field.deadline")}</dt>
          <dd>{formatDateTime(competition.deadline)}</dd>
          {competition.framework ? (
            <>
              <dt>{t("competitions.field.framework")}</dt>
              <dd>
                {competition.framework.reference} — {competition.framework.title}
              </dd>
              <dt>{t("competitions.field.lot")}</dt>
              <dd>
                {t("competitions.detail.lot", { number: competition.framework.lotNumber, title: competition.framework.lotTitle })}
              </dd>
            </>
          ) : null}
          {competition.deliveryWishes ? (
            <>
              <dt>{t("competitions.field.deliveryWishes")}</dt>
              <dd className="vvg-comp-pre">{competition.deliveryWishes}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="utrecht-heading-3">{t("competitions.field.criteria")}</h3>
        <CriteriaList criteria={competition.criteria} />
        <p className="utrecht-paragraph">{t("competitions.supplier.confidential")}</p>
      </section>

      {competition.cancelled ? (
        <section aria-labelledby="outcome-heading" className="vvg-comp-box">
          <h2 className="utrecht-heading-2" id="outcome-heading">
            {t("competitions.supplier.outcome")}
          </h2>
          <p className="utrecht-paragraph">
            {t("competitions.supplier.cancelled", { at: formatDateTime(competition.cancelled.at) })}
          </p>
          <p className="utrecht-paragraph vvg-comp-pre">
            {t("competitions.cancel.reasonShown", { reason: competition.cancelled.reason })}
          </p>
        </section>
      ) : null}

      {competition.outcome ? (
        <section aria-labelledby="outcome-heading" className="vvg-comp-box">
          <h2 className="utrecht-heading-2" id="outcome-heading">
            {t("competitions.supplier.outcome")}
          </h2>
          <p className="utrecht-paragraph">
            {competition.outcome.won
              ? t("competitions.supplier.won")
              : t("competitions.supplier.lost", { winner: competition.outcome.winner })}
          </p>
          <p className="utrecht-paragraph">{t("competitions.supplier.reason", { reason: competition.outcome.reason })}</p>
          {competition.outcome.rank !== undefined ? (
            <p className="utrecht-paragraph">
              {t("competitions.supplier.place", {
                rank: competition.outcome.rank,
                offers: competition.outcome.offers,
                score: competition.outcome.score ?? 0,
              })}
            </p>
          ) : null}
        </section>
      ) : null}

      {competition.open ? (
        <PostForm aria-labelledby="answer-heading" className="vvg-comp-form" noValidate>
          <h2 className="utrecht-heading-2" id="answer-heading">
            {answer ? t("competitions.answer.changeHeading") : t("competitions.answer.heading")}
          </h2>
          <p className="utrecht-paragraph">
            {t("competitions.answer.explain", { deadline: formatDateTime(competition.deadline) })}
          </p>
          {answer ? (
            <p className="utrecht-paragraph">
              {t("competitions.answer.sentAt", { at: formatDateTime(answer.updatedAt), total: formatEuro(total / 100) })}
            </p>
          ) : null}
          <FormProblems state={state} labels={labels} />
          {competition.lines.map((line) => {
            const own = answer?.lines[line.id];
            return (
              <fieldset key={line.id} className="vvg-comp-line">
                <legend>
                  {t("competitions.answer.line", {
                    number: line.lineNumber,
                    description: line.description,
                    quantity: line.quantity,
                    unit: line.unit,
                  })}
                </legend>
                <div className="vvg-comp-line__numbers">
                  <TextField
                    name={`price_${line.id}`}
                    label={t("competitions.answer.unitPrice")}
                    description={t("competitions.answer.unitPriceHint")}
                    defaultValue={value(`price_${line.id}`, own ? euroText(own.unitPriceCents) : "")}
                    error={errors[`price_${line.id}`]}
                    inputMode="text"
                    required
                    width="short"
                  />
                  <TextField
                    name={`leadTime_${line.id}`}
                    label={t("competitions.answer.leadTimeDays")}
                    defaultValue={value(`leadTime_${line.id}`, own ? String(own.leadTimeDays) : "")}
                    error={errors[`leadTime_${line.id}`]}
                    inputMode="numeric"
                    required
                    width="short"
                  />
                </div>
                <TextField
                  name={`note_${line.id}`}
                  label={t("competitions.answer.note")}
                  defaultValue={value(`note_${line.id}`, own?.note ?? "")}
                  error={errors[`note_${line.id}`]}
                  maxLength={1000}
                  width="full"
                />
              </fieldset>
            );
          })}
          <TextAreaField
            name="note"
            label={t("competitions.answer.generalNote")}
            defaultValue={value("note", answer?.note ?? "")}
            error={errors.note}
          />
          <SubmitButton>{answer ? t("competitions.answer.change") : t("competitions.answer.submit")}</SubmitButton>
        </PostForm>
      ) : (
        <section aria-labelledby="answer-heading">
          <h2 className="utrecht-heading-2" id="answer-heading">
            {t("competitions.answer.yours")}
          </h2>
          {state?.errors?._form ? <FormProblems state={state} labels={{}} /> : null}
          <p className="utrecht-paragraph">{t("competitions.answer.closed")}</p>
          {answer ? (
            <LinesTable
              id="answer-heading"
              caption={t("competitions.answer.yours")}
              lines={competition.lines}
              extra={{
                headers: [t("competitions.answer.unitPrice"), t("competitions.answer.leadTime"), t("competitions.answer.note")],
                cells: (line) => {
                  const own = answer.lines[line.id];
                  return own
                    ? [formatEuro(own.unitPriceCents / 100), t("competitions.days", { count: own.leadTimeDays }), own.note]
                    : ["", "", ""];
                },
              }}
            />
          ) : (
            <p className="utrecht-paragraph">{t("competitions.answer.none")}</p>
          )}
        </section>
      )}

      {competition.open || answer ? null : (
        <section aria-labelledby="lines-heading">
          <h2 className="utrecht-heading-2" id="lines-heading">
            {t("competitions.field.lines")}
          </h2>
          <LinesTable id="lines-heading" caption={t("competitions.field.lines")} lines={competition.lines} />
        </section>
      )}
      <p className="utrecht-paragraph">
        <Link to="/leverancier/offerteaanvragen">{t("competitions.supplier.back")}</Link>
      </p>
    </>
  );
}
