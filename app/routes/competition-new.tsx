import { Link } from "react-router";
import type { Route } from "./+types/competition-new";
import { identityContext } from "../auth.server.ts";
import { CriteriaFields, RequestButtons, RequestFields } from "../components/competitions/competition-ui.tsx";
import { type FormState, FormProblems, PostForm } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  cartLinesForLot,
  competitionBuyerPath,
  competitionFormDefaults,
  createCompetition,
  lineRowCount,
  listCompetitionLots,
  readRequestForm,
  requestCategories,
} from "../modules/ordering/index.server.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "competitions.new.title", breadcrumb: "competitions.new.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

/** The lot asked for: `lot`, or the only one of the cart's `lots` (comma-separated). */
function wantedLot(url: URL): { lotId?: string; among: string[] } {
  const among = (url.searchParams.get("lots") ?? "").split(",").filter(Boolean);
  const lotId = url.searchParams.get("lot") ?? (among.length === 1 ? among[0] : undefined);
  return { lotId, among };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { organisationId, organisationName } = await requireOrdering(request, "procurement.buy");
  const { db } = getRuntime().database;
  const url = new URL(request.url);
  const lots = await listCompetitionLots(db, organisationId);
  const { lotId, among } = wantedLot(url);
  const lot = lots.find((candidate) => candidate.lotId === lotId);
  const ctx = await identityContext(request, context);
  if (!lot) {
    // Choose a lot first (from the cart's lots when it sent the buyer here).
    const offered = among.length > 0 ? lots.filter((candidate) => among.includes(candidate.lotId)) : lots;
    return { organisationName, lots: offered.length > 0 ? offered : lots, lot: null, unknownLot: Boolean(lotId), form: null };
  }
  const cart = await cartLinesForLot(db, organisationId, lot.lotId);
  return {
    organisationName,
    lots,
    lot,
    unknownLot: false,
    form: { ...competitionFormDefaults(cart), fromCart: cart.length, categories: await requestCategories(db, ctx.locale) },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireOrdering(request, "procurement.buy");
  const form = await readForm(request);
  if (form.get("intent") === "addLine") {
    return invalid({}, form, { rows: lineRowCount(form) + 1 }, 200);
  }
  const parsed = readRequestForm(form, "mini_competition");
  if (!parsed.ok) return invalid(parsed.errors, form, { rows: lineRowCount(form) });
  const ctx = await identityContext(request, context);
  const result = await createCompetition(ctx, actor, organisationId, "mini_competition", parsed.value);
  if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form, { rows: lineRowCount(form) });
  return redirectWithFlash(competitionBuyerPath({ id: result.id, kind: "mini_competition" }), {
    kind: "ok",
    key: "competitions.new.done",
    vars: { reference: result.reference },
  });
}

export default function CompetitionNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { lot, lots, form, organisationName, unknownLot } = loaderData;
  const state = actionData as (FormState & { rows?: number }) | undefined;
  const errors = state?.errors ?? {};
  const labels = {
    title: t("competitions.field.title"),
    categoryId: t("competitions.field.category"),
    deadlineDate: t("competitions.field.deadlineDate"),
    weightPrice: t("competitions.field.weightPrice"),
    lotId: t("competitions.field.lot"),
    ...Object.fromEntries(Object.keys(errors).map((key) => [key, key])),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("competitions.new.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("competitions.new.lead", { organisation: organisationName })}</p>
      <p className="utrecht-paragraph">{t("competitions.new.law")}</p>

      {!lot || !form ? (
        <section aria-labelledby="lot-heading">
          <h2 className="utrecht-heading-2" id="lot-heading">
            {t("competitions.new.chooseLot")}
          </h2>
          {unknownLot ? <p className="utrecht-paragraph">{t("competitions.new.unknownLot")}</p> : null}
          {lots.length === 0 ? (
            <>
              <p className="utrecht-paragraph">{t("competitions.new.noLots")}</p>
              <p className="utrecht-paragraph">
                <Link to="/raamovereenkomsten">{t("competitions.new.toFrameworks")}</Link>
              </p>
            </>
          ) : (
            <ul className="utrecht-unordered-list vvg-comp-lots">
              {lots.map((candidate) => (
                <li key={candidate.lotId}>
                  <Link to={`/aankopen/minicompetities/nieuw?lot=${candidate.lotId}`}>
                    {t("competitions.new.lotLink", {
                      framework: candidate.frameworkReference,
                      number: candidate.lotNumber,
                      title: candidate.lotTitle,
                    })}
                  </Link>{" "}
                  — {tn("competitions.new.suppliers", candidate.suppliers.length)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="lot-heading" className="vvg-comp-box">
            <h2 className="utrecht-heading-2" id="lot-heading">
              {t("competitions.new.lotHeading", { number: lot.lotNumber, title: lot.lotTitle })}
            </h2>
            <p className="utrecht-paragraph">
              {t("competitions.new.lotFramework", { reference: lot.frameworkReference, title: lot.frameworkTitle })}
            </p>
            <p className="utrecht-paragraph">{t("competitions.new.invitesAll")}</p>
            <ul className="utrecht-unordered-list">
              {lot.suppliers.map((supplier) => (
                <li key={supplier.id}>{supplier.name}</li>
              ))}
            </ul>
            {form.fromCart > 0 ? <p className="utrecht-paragraph">{tn("competitions.new.fromCart", form.fromCart)}</p> : null}
          </section>
          <PostForm className="vvg-comp-form" aria-labelledby="request-heading" noValidate>
            <h2 className="utrecht-heading-2" id="request-heading">
              {t("competitions.new.requestHeading")}
            </h2>
            <FormProblems state={state} labels={labels} />
            <input type="hidden" name="lotId" value={lot.lotId} />
            <RequestFields
              values={state?.values ?? form.values}
              errors={errors}
              rows={state?.rows ?? form.rows}
              categories={form.categories}
            />
            <CriteriaFields values={state?.values ?? form.values} errors={errors} />
            <RequestButtons submit={t("competitions.new.submit")} />
          </PostForm>
        </>
      )}
    </>
  );
}
