// /noits/beheer/vacatures/nieuw — HR writes a new vacancy (saved as a concept).
import type { Route } from "./+types/noits-manage-vacancy-new";
import { VacancyFields } from "../components/talent/vacancy-form.tsx";
import { useVacancyLabels } from "../components/talent/vacancy-form.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  competenceChoices,
  competenceSpans,
  createVacancy,
  listRoleProfiles,
  placeChoices,
  todayInBrussels,
} from "../modules/talent/index.server.ts";
import { vacancyFormSchema } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";
import { requireTalentHr } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.new.title", breadcrumb: "talent.new.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationName } = await requireTalentHr(request, "talent.manage_vacancies");
  const { db } = getRuntime().database;
  return {
    organisationName,
    choices: {
      catalogue: competenceChoices(),
      roleProfiles: (await listRoleProfiles(db)).map((p) => ({ id: p.id, nameNl: p.nameNl, nameEn: p.nameEn })),
      places: await placeChoices(db),
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireTalentHr(request, "talent.manage_vacancies");
  const form = await readForm(request);
  const parsed = parseForm(vacancyFormSchema(competenceSpans(), todayInBrussels()), form);
  if (!parsed.ok) return parsed.response;
  const result = await createVacancy(getRuntime().database.db, organisationId, parsed.value, {
    personId: actor.personId,
    ip: context.get(requestInfoContext).ip,
  });
  if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
  return redirectWithFlash(`/noits/beheer/vacatures/${result.id}`, {
    kind: "ok",
    key: "talent.new.saved",
    vars: { title: parsed.value.title },
  });
}

export default function NewVacancy({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as FormState;
  const labels = useVacancyLabels();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.new.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.new.lead", { organisation: loaderData.organisationName })}</p>
      <FormProblems state={state} labels={labels} />
      <PostForm noValidate className="vvg-talent-form">
        <VacancyFields values={state?.values ?? {}} errors={state?.errors} choices={loaderData.choices} />
        <div className="vvg-actions">
          <SubmitButton>{t("talent.new.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
