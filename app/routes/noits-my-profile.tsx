// /noits/profiel — the IT professional's own profile: anonymous by default, hidden from chosen
// organisations (we suggest the employer and its neighbours), kept alive, exported or erased.
import { data, Link } from "react-router";
import type { Route } from "./+types/noits-my-profile";
import { requireActor } from "../auth.server.ts";
import { CheckboxGroup } from "../components/talent/checkbox-group.tsx";
import { CompetenceRows, rowLabels, rowValues } from "../components/talent/competences.tsx";
import {
  CheckboxField,
  FormProblems,
  type FormState,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { formObject, invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { fieldErrors } from "../modules/identity/shared.ts";
import {
  competenceChoices,
  competenceSpans,
  confirmProfile,
  eraseProfile,
  getOwnProfile,
  hideableChoices,
  placeChoices,
  saveProfile,
  suggestedHiding,
} from "../modules/talent/index.server.ts";
import {
  CONTRACTS,
  formatFte,
  LANGUAGES,
  PROFILE_ARRAY_FIELDS,
  PROFILE_ROWS_MAX,
  PROFILE_ROWS_MIN,
  profileFormSchema,
} from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.profile.title", breadcrumb: "talent.profile.title" };

const PATH = "/noits/profiel";

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const profile = await getOwnProfile(db, actor.personId);
  const suggestions = await suggestedHiding(db, actor.personId);
  return {
    profile: profile
      ? { ...profile, lastActiveAt: profile.lastActiveAt.toISOString(), expiresAt: profile.expiresAt.toISOString() }
      : null,
    suggestions,
    choices: {
      catalogue: competenceChoices(),
      places: await placeChoices(db),
      hideable: await hideableChoices(db),
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const who = { personId: actor.personId, ip: context.get(requestInfoContext).ip };
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "save") {
    const raw = formObject(form, PROFILE_ARRAY_FIELDS);
    const lists = Object.fromEntries(PROFILE_ARRAY_FIELDS.map((key) => [key, raw[key]]));
    const parsed = profileFormSchema(competenceSpans()).safeParse(raw);
    if (!parsed.success) return invalid(fieldErrors(parsed.error), form, { lists });
    const result = await saveProfile(db, actor.personId, parsed.data, who);
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form, { lists });
    return redirectWithFlash(PATH, { kind: "ok", key: result.created ? "talent.profile.created" : "talent.profile.saved" });
  }
  if (intent === "confirm") {
    await confirmProfile(db, actor.personId);
    return redirectWithFlash(PATH, { kind: "ok", key: "talent.profile.confirmed" });
  }
  if (intent === "erase") {
    if (form.get("confirmErase") !== "on") return invalid({ confirmErase: "talent.profile.eraseConfirmRequired" }, form);
    await eraseProfile(db, actor.personId, who);
    return redirectWithFlash(PATH, { kind: "ok", key: "talent.profile.erased" });
  }
  throw data(null, { status: 400 });
}

type ProfileState = FormState & { lists?: Record<string, string[]> };

export default function MyProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, formatDate } = useI18n();
  const { profile, suggestions, choices } = loaderData;
  const state = actionData as ProfileState;
  const saveState = state?.values?.intent === "save" ? state : undefined;
  const eraseState = state?.values?.intent === "erase" ? state : undefined;
  const stored: Record<string, string | undefined> = profile
    ? {
        headline: profile.headline,
        yearsExperience: String(profile.yearsExperience),
        availableFte: formatFte(profile.availableFtePercent, locale),
        availableFrom: profile.availableFrom ?? "",
        home: profile.homeNisCode ?? "",
        maxTravelKm: String(profile.maxTravelKm),
        salaryExpectation: profile.salaryExpectation == null ? "" : String(profile.salaryExpectation),
        ...rowValues("comp", profile.competences),
      }
    : { maxTravelKm: "30", yearsExperience: "0", availableFte: "1" };
  const values = saveState?.values ?? stored;
  const lists = saveState?.lists;
  const contracts = lists?.contracts ?? profile?.contracts ?? [];
  const languages = lists?.languages ?? profile?.languages ?? ["nl"];
  // Hidden now, plus the suggestions (pre-ticked for a new profile).
  const hiddenOptions = [
    ...(profile?.hiddenFrom ?? []).map((h) => ({ value: h.id, label: h.name })),
    ...suggestions
      .filter((s) => !profile?.hiddenFrom.some((h) => h.id === s.id))
      .map((s) => ({ value: s.id, label: `${s.name} (${t(`talent.profile.suggestion.${s.reason}` as MessageKey)})` })),
  ];
  const hidden = lists?.hiddenFrom ?? (profile ? profile.hiddenFrom.map((h) => h.id) : suggestions.map((s) => s.id));
  const rows = Math.min(PROFILE_ROWS_MAX, Math.max(PROFILE_ROWS_MIN, (profile?.competences.length ?? 0) + 3));
  const labels: Record<string, string> = {
    headline: t("talent.field.headline"),
    yearsExperience: t("talent.field.years"),
    availableFte: t("talent.field.availableFte"),
    availableFrom: t("talent.field.availableFrom"),
    contracts: t("talent.field.contracts"),
    home: t("talent.field.home"),
    maxTravelKm: t("talent.field.maxTravel"),
    salaryExpectation: t("talent.field.salaryExpectation"),
    languages: t("talent.field.languages"),
    hideAdd: t("talent.field.hideAdd"),
    ...rowLabels(t, "comp", rows),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.profile.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.profile.lead")}</p>
      {profile ? (
        <section aria-labelledby="status-heading" className="vvg-talent-card">
          <h2 className="utrecht-heading-2" id="status-heading">
            {t("talent.profile.statusHeading")}
          </h2>
          <p className="utrecht-paragraph">
            {t("talent.profile.expires", { date: formatDate(profile.expiresAt), updated: formatDate(profile.lastActiveAt) })}
          </p>
          <div className="vvg-actions">
            <PostForm>
              <input type="hidden" name="intent" value="confirm" />
              <SubmitButton appearance="secondary">{t("talent.profile.confirm")}</SubmitButton>
            </PostForm>
            <Link to="/noits/profiel/vacatures">{t("talent.profile.matchesLink")}</Link>
            <a href="/noits/profiel/export" download>
              {t("talent.profile.export")}
            </a>
          </div>
        </section>
      ) : (
        <p className="utrecht-paragraph">{t("talent.profile.none")}</p>
      )}

      <FormProblems state={saveState} labels={labels} />
      <PostForm noValidate className="vvg-talent-form">
        <input type="hidden" name="intent" value="save" />
        <h2 className="utrecht-heading-2">{t("talent.profile.aboutHeading")}</h2>
        <TextField
          name="headline"
          label={labels.headline!}
          description={t("talent.field.headlineHint")}
          required
          maxLength={140}
          width="full"
          defaultValue={values.headline}
          error={saveState?.errors?.headline}
        />
        <TextField
          name="yearsExperience"
          label={labels.yearsExperience!}
          required
          inputMode="numeric"
          maxLength={2}
          width="short"
          defaultValue={values.yearsExperience}
          error={saveState?.errors?.yearsExperience}
        />
        <CompetenceRows
          prefix="comp"
          rows={rows}
          legend={t("talent.profile.competencesLegend")}
          hint={t("talent.profile.competencesHint")}
          catalogue={choices.catalogue}
          values={values}
          errors={saveState?.errors}
          evidence
        />
        <h2 className="utrecht-heading-2">{t("talent.profile.workHeading")}</h2>
        <TextField
          name="availableFte"
          label={labels.availableFte!}
          description={t("talent.field.fteHint")}
          required
          maxLength={5}
          width="short"
          defaultValue={values.availableFte}
          error={saveState?.errors?.availableFte}
        />
        <TextField
          name="availableFrom"
          type="date"
          label={labels.availableFrom!}
          width="short"
          defaultValue={values.availableFrom}
          error={saveState?.errors?.availableFrom}
        />
        <CheckboxGroup
          name="contracts"
          legend={labels.contracts!}
          options={CONTRACTS.map((c) => ({ value: c, label: t(`talent.contract.${c}` as MessageKey) }))}
          checked={contracts}
          error={saveState?.errors?.contracts}
        />
        <SelectField
          name="home"
          label={labels.home!}
          required
          defaultValue={values.home ?? ""}
          error={saveState?.errors?.home}
          options={[
            { value: "", label: t("talent.field.choose") },
            ...choices.places.map((p) => ({ value: p.nisCode, label: p.name })),
          ]}
        />
        <TextField
          name="maxTravelKm"
          label={labels.maxTravelKm!}
          description={t("talent.field.maxTravelHint")}
          required
          inputMode="numeric"
          maxLength={3}
          width="short"
          defaultValue={values.maxTravelKm}
          error={saveState?.errors?.maxTravelKm}
        />
        <TextField
          name="salaryExpectation"
          label={labels.salaryExpectation!}
          description={t("talent.field.salaryExpectationHint")}
          inputMode="numeric"
          maxLength={6}
          width="short"
          defaultValue={values.salaryExpectation}
          error={saveState?.errors?.salaryExpectation}
        />
        <CheckboxGroup
          name="languages"
          legend={labels.languages!}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`talent.language.${l}` as MessageKey) }))}
          checked={languages}
          error={saveState?.errors?.languages}
        />
        <h2 className="utrecht-heading-2">{t("talent.profile.privacyHeading")}</h2>
        <p className="utrecht-paragraph">{t("talent.profile.privacyText")}</p>
        {hiddenOptions.length ? (
          <CheckboxGroup
            name="hiddenFrom"
            legend={t("talent.field.hiddenFrom")}
            hint={profile ? undefined : t("talent.field.hiddenFromSuggested")}
            options={hiddenOptions}
            checked={hidden}
          />
        ) : null}
        <SelectField
          name="hideAdd"
          label={labels.hideAdd!}
          optional
          defaultValue=""
          error={saveState?.errors?.hideAdd}
          options={[
            { value: "", label: t("talent.field.hideAddNone") },
            ...choices.hideable.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <div className="vvg-actions">
          <SubmitButton>{profile ? t("talent.profile.save") : t("talent.profile.create")}</SubmitButton>
        </div>
      </PostForm>

      {profile ? (
        <section aria-labelledby="erase-heading" className="vvg-talent-card">
          <h2 className="utrecht-heading-2" id="erase-heading">
            {t("talent.profile.eraseHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("talent.profile.eraseText")}</p>
          <FormProblems state={eraseState} labels={{ confirmErase: t("talent.profile.eraseConfirm") }} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="erase" />
            <CheckboxField
              name="confirmErase"
              label={t("talent.profile.eraseConfirm")}
              error={eraseState?.errors?.confirmErase}
            />
            <div className="vvg-actions">
              <SubmitButton appearance="secondary">{t("talent.profile.erase")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
