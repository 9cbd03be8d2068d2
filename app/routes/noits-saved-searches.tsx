// /noits/zoekopdrachten — saved searches with a daily e-mail digest: new vacancies for anyone,
// new profiles for HR (on behalf of the organisation they act for).
import { data, Link } from "react-router";
import type { Route } from "./+types/noits-saved-searches";
import { requireActor } from "../auth.server.ts";
import { CompetenceRows, rowLabels, useCompetenceName } from "../components/talent/competences.tsx";
import {
  ActionForm,
  FormProblems,
  type FormState,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import {
  competenceChoices,
  competenceSpans,
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  placeChoices,
  runSavedSearch,
} from "../modules/talent/index.server.ts";
import { levelLabel, savedSearchSchema } from "../modules/talent/shared.ts";
import { getRuntime } from "../runtime.server.ts";
import { memberOrganisationsOf } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.searches.title", breadcrumb: "talent.searches.title" };

const PATH = "/noits/zoekopdrachten";

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const organisationId = actor.activeOrganisationId;
  const searches = await listSavedSearches(db, actor.personId);
  const results = [];
  for (const search of searches) {
    // A profile search counts only while the person is still HR of its organisation.
    const allowed =
      search.kind === "vacancies" || (search.organisationId && can(actor, search.organisationId, "talent.search_profiles"));
    const hits = allowed ? await runSavedSearch(db, search, undefined, new Date(), memberOrganisationsOf(actor)) : [];
    results.push({
      id: search.id,
      name: search.name,
      kind: search.kind,
      criteria: search.criteria,
      hits: hits.slice(0, 5),
      total: hits.length,
    });
  }
  const places = await placeChoices(db);
  return {
    searches: results,
    hr: Boolean(organisationId && can(actor, organisationId, "talent.search_profiles")),
    catalogue: competenceChoices(),
    places,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "delete") {
    if (!(await deleteSavedSearch(db, actor.personId, String(form.get("searchId") ?? "")))) throw data(null, { status: 404 });
    return redirectWithFlash(PATH, { kind: "ok", key: "talent.searches.deleted" });
  }
  if (intent === "create") {
    const parsed = parseForm(savedSearchSchema(competenceSpans()), form);
    if (!parsed.ok) return parsed.response;
    const organisationId = actor.activeOrganisationId;
    const hrFor = organisationId && can(actor, organisationId, "talent.search_profiles") ? organisationId : null;
    const result = await createSavedSearch(db, actor.personId, hrFor, parsed.value);
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    return redirectWithFlash(PATH, { kind: "ok", key: "talent.searches.saved", vars: { name: parsed.value.name } });
  }
  throw data(null, { status: 400 });
}

export default function SavedSearches({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { searches, hr, catalogue, places } = loaderData;
  const state = actionData as FormState;
  const name = useCompetenceName(catalogue);
  const labels = {
    name: t("talent.searches.field.name"),
    kind: t("talent.searches.field.kind"),
    near: t("talent.searches.field.near"),
    radiusKm: t("talent.searches.field.radius"),
    ...rowLabels(t, "s", 3),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.searches.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.searches.lead")}</p>
      <section aria-labelledby="list-heading">
        <h2 className="utrecht-heading-2" id="list-heading">
          {t("talent.searches.listHeading")}
        </h2>
        {searches.length === 0 ? <p className="utrecht-paragraph">{t("talent.searches.none")}</p> : null}
        {searches.map((s) => (
          <section key={s.id} className="vvg-talent-card" aria-labelledby={`search-${s.id}`}>
            <h3 className="utrecht-heading-3" id={`search-${s.id}`}>
              {s.name}
            </h3>
            <p className="utrecht-paragraph">
              {t(`talent.searches.kind.${s.kind}` as MessageKey)}:{" "}
              {s.criteria.competences.map((c) => `${name(c.code)} ≥ ${levelLabel(c.level)}`).join(", ")}
              {s.criteria.near
                ? ` — ${t("talent.searches.near", {
                    place: places.find((p) => p.nisCode === s.criteria.near)?.name ?? s.criteria.near,
                    km: s.criteria.radiusKm ?? "—",
                  })}`
                : ""}
            </p>
            <p className="utrecht-paragraph">{tn("talent.searches.results", s.total)}</p>
            {s.hits.length ? (
              <ul className="utrecht-unordered-list">
                {s.hits.map((hit) => (
                  <li key={hit.id}>
                    <Link to={hit.href}>{hit.title}</Link>
                    {hit.subtitle ? ` — ${hit.subtitle}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            <ActionForm
              fields={{ intent: "delete", searchId: s.id }}
              label={t("talent.searches.delete")}
              accessibleLabel={t("talent.searches.deleteLabel", { name: s.name })}
            />
          </section>
        ))}
      </section>
      <section aria-labelledby="new-heading">
        <h2 className="utrecht-heading-2" id="new-heading">
          {t("talent.searches.newHeading")}
        </h2>
        <FormProblems state={state} labels={labels} />
        <PostForm noValidate className="vvg-talent-form">
          <input type="hidden" name="intent" value="create" />
          <TextField
            name="name"
            label={labels.name}
            required
            maxLength={100}
            defaultValue={state?.values?.name}
            error={state?.errors?.name}
          />
          <SelectField
            name="kind"
            label={labels.kind}
            required
            defaultValue={state?.values?.kind ?? "vacancies"}
            error={state?.errors?.kind}
            options={[
              { value: "vacancies", label: t("talent.searches.kind.vacancies") },
              ...(hr ? [{ value: "profiles", label: t("talent.searches.kind.profiles") }] : []),
            ]}
          />
          <CompetenceRows
            prefix="s"
            rows={3}
            legend={t("talent.searches.field.competences")}
            hint={t("talent.searches.field.competencesHint")}
            catalogue={catalogue}
            values={state?.values ?? {}}
            errors={state?.errors}
          />
          <SelectField
            name="near"
            label={labels.near}
            optional
            defaultValue={state?.values?.near ?? ""}
            error={state?.errors?.near}
            options={[
              { value: "", label: t("talent.searches.anywhere") },
              ...places.map((p) => ({ value: p.nisCode, label: p.name })),
            ]}
          />
          <TextField
            name="radiusKm"
            label={labels.radiusKm}
            inputMode="numeric"
            maxLength={3}
            width="short"
            defaultValue={state?.values?.radiusKm}
            error={state?.errors?.radiusKm}
          />
          <div className="vvg-actions">
            <SubmitButton>{t("talent.searches.save")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
