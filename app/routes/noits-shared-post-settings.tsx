import type { Route } from "./+types/noits-shared-post-settings";
import { requirePortalAdmin } from "../auth.server.ts";
import { AdminHeading } from "../components/admin-nav.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  detectSharedPosts,
  saveSharingRules,
  sharedPostCounts,
  sharingRules,
  sharingRulesSchema,
} from "../modules/talent/index.server.ts";
import { formatFte } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talentRegion.settings.title", breadcrumb: "talentRegion.settings.title" };

const PATH = "/beheer/noits/gedeelde-posten";

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const db = getRuntime().database.db;
  const [rules, counts] = await Promise.all([sharingRules(db), sharedPostCounts(db)]);
  return { rules, counts };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requirePortalAdmin(request);
  const form = await readForm(request);
  const runtime = getRuntime();
  const db = runtime.database.db;
  if (form.get("intent") === "detect") {
    const result = await detectSharedPosts(db, new Date(), { baseUrl: runtime.config.baseUrl });
    const count = result.proposed.length;
    return redirectWithFlash(PATH, {
      kind: count > 0 ? "ok" : "info",
      key:
        count === 0
          ? "talentRegion.settings.detected.zero"
          : count === 1
            ? "talentRegion.settings.detected.one"
            : "talentRegion.settings.detected.other",
      vars: { count },
    });
  }
  const parsed = parseForm(sharingRulesSchema, form);
  if (!parsed.ok) return parsed.response;
  await saveSharingRules(db, parsed.value, { personId: actor.personId, ip: context.get(requestInfoContext).ip });
  return redirectWithFlash(PATH, { kind: "ok", key: "talentRegion.settings.saved" });
}

export default function NoitsSharedPostSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, formatNumber } = useI18n();
  const { rules, counts } = loaderData;
  const state = actionData as FormState;
  const labels = { maxFte: t("talentRegion.settings.maxFte"), minTotal: t("talentRegion.settings.minTotal") };
  return (
    <>
      <AdminHeading title={t("talentRegion.settings.title")} lead={t("talentRegion.settings.lead")} />
      <FormProblems state={state} labels={labels} />
      <PostForm className="vvg-region-settings">
        <TextField
          name="maxFte"
          label={labels.maxFte}
          description={t("talentRegion.settings.maxFteHint")}
          defaultValue={state?.values?.maxFte ?? formatFte(rules.maxFtePercent, locale)}
          error={state?.errors?.maxFte}
          inputMode="text"
          width="short"
          required
        />
        <TextField
          name="minTotal"
          label={labels.minTotal}
          description={t("talentRegion.settings.minTotalHint")}
          defaultValue={state?.values?.minTotal ?? formatFte(rules.minTotalPercent, locale)}
          error={state?.errors?.minTotal}
          inputMode="text"
          width="short"
          required
        />
        <SubmitButton>{t("talentRegion.settings.submit")}</SubmitButton>
      </PostForm>

      <section aria-labelledby="counts-heading">
        <h2 className="utrecht-heading-2" id="counts-heading">
          {t("talentRegion.settings.countsHeading")}
        </h2>
        <ul className="utrecht-unordered-list">
          {(["proposed", "agreed", "closed"] as const).map((status) => (
            <li key={status} className="utrecht-unordered-list__item">
              {t(`talentRegion.settings.count.${status}`)}: {formatNumber(counts[status])}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="detect-heading">
        <h2 className="utrecht-heading-2" id="detect-heading">
          {t("talentRegion.settings.detectHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("talentRegion.settings.detectLead")}</p>
        <PostForm>
          <input type="hidden" name="intent" value="detect" />
          <SubmitButton appearance="secondary">{t("talentRegion.settings.detect")}</SubmitButton>
        </PostForm>
      </section>
    </>
  );
}
