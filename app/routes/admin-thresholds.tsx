// /beheer/drempels — the legal thresholds the legal check uses, as dated configuration: current,
// past and scheduled, each with its source; portal admins add a (future-dated) change.
import type { Route } from "./+types/admin-thresholds";
import { requirePortalAdmin } from "../auth.server.ts";
import { AdminHeading } from "../components/admin-nav.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { FormProblems, type FormState, PostForm, SelectField, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { addThreshold, listThresholds } from "../modules/ordering/index.server.ts";
import { THRESHOLD_KINDS, thresholdFormSchema } from "../modules/ordering/shared.ts";
import { todayInBrussels } from "../modules/procurement/index.server.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.thresholds.title", breadcrumb: "ordering.thresholds.nav" };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const today = todayInBrussels();
  const rows = await listThresholds(getRuntime().database.db, today);
  return { today, rows: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const admin = await requirePortalAdmin(request);
  const form = await readForm(request);
  const parsed = parseForm(thresholdFormSchema, form);
  if (!parsed.ok) return parsed.response;
  const result = await addThreshold(getRuntime().database.db, parsed.value, {
    personId: admin.personId,
    ip: context.get(requestInfoContext).ip,
  });
  if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
  return redirectWithFlash("/beheer/drempels", { kind: "ok", key: "ordering.thresholds.added" });
}

export default function AdminThresholds({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatEuro, formatDate } = useI18n();
  const { rows } = loaderData;
  const state = actionData as FormState;
  const labels = {
    kind: t("ordering.thresholds.kind"),
    amount: t("ordering.thresholds.amount"),
    validFrom: t("ordering.thresholds.validFrom"),
    validTo: t("ordering.thresholds.validTo"),
    sourceText: t("ordering.thresholds.source"),
    sourceUrl: t("ordering.thresholds.sourceUrl"),
    note: t("ordering.thresholds.note"),
  };
  return (
    <>
      <AdminHeading title={t("ordering.thresholds.title")} lead={t("ordering.thresholds.lead")} />
      {(["current", "scheduled", "past"] as const).map((state) => {
        const list = rows.filter((row) => row.state === state);
        const id = `thresholds-${state}`;
        return (
          <section key={state} aria-labelledby={id}>
            <h2 className="utrecht-heading-2" id={id}>
              {t(`ordering.thresholds.state.${state}` as MessageKey)}
            </h2>
            {list.length === 0 ? (
              <p className="utrecht-paragraph">{t("ordering.thresholds.none")}</p>
            ) : (
              <DataTable
                labelledBy={id}
                className="vvg-ord-table"
                columns={[
                  labels.kind,
                  { label: labels.amount, className: "vvg-numeric" },
                  t("ordering.thresholds.period"),
                  labels.sourceText,
                ]}
              >
                {list.map((row) => (
                  <tr key={row.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {t(`ordering.thresholdKind.${row.kind}` as MessageKey)}
                    </th>
                    <td className="utrecht-table__cell vvg-numeric">{formatEuro(row.amountCents / 100)}</td>
                    <td className="utrecht-table__cell">
                      {row.validTo
                        ? t("ordering.thresholds.fromTo", { from: formatDate(row.validFrom), to: formatDate(row.validTo) })
                        : t("ordering.thresholds.fromOpen", { from: formatDate(row.validFrom) })}
                    </td>
                    <td className="utrecht-table__cell">
                      {row.sourceUrl ? (
                        <a href={row.sourceUrl} rel="noreferrer">
                          {row.sourceText}
                        </a>
                      ) : (
                        row.sourceText
                      )}
                      {row.note ? <span className="vvg-ord-sub">{row.note}</span> : null}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        );
      })}
      <section aria-labelledby="add-heading" className="vvg-ord-panel">
        <h2 className="utrecht-heading-2" id="add-heading">
          {t("ordering.thresholds.addHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("ordering.thresholds.addHelp")}</p>
        <FormProblems state={state} labels={labels} />
        <PostForm>
          <SelectField
            name="kind"
            label={labels.kind}
            defaultValue={state?.values?.kind}
            error={state?.errors?.kind}
            options={THRESHOLD_KINDS.map((kind) => ({ value: kind, label: t(`ordering.thresholdKind.${kind}` as MessageKey) }))}
          />
          <TextField
            name="amount"
            label={labels.amount}
            description={t("ordering.thresholds.amountHint")}
            inputMode="numeric"
            required
            width="short"
            defaultValue={state?.values?.amount}
            error={state?.errors?.amount}
          />
          <TextField
            name="validFrom"
            type="date"
            label={labels.validFrom}
            required
            width="short"
            defaultValue={state?.values?.validFrom}
            error={state?.errors?.validFrom}
          />
          <TextField
            name="validTo"
            type="date"
            label={labels.validTo}
            width="short"
            defaultValue={state?.values?.validTo}
            error={state?.errors?.validTo}
          />
          <TextField
            name="sourceText"
            label={labels.sourceText}
            required
            width="full"
            maxLength={500}
            defaultValue={state?.values?.sourceText}
            error={state?.errors?.sourceText}
          />
          <TextField
            name="sourceUrl"
            type="url"
            label={labels.sourceUrl}
            width="full"
            defaultValue={state?.values?.sourceUrl}
            error={state?.errors?.sourceUrl}
          />
          <TextField
            name="note"
            label={labels.note}
            width="full"
            maxLength={1000}
            defaultValue={state?.values?.note}
            error={state?.errors?.note}
          />
          <SubmitButton>{t("ordering.thresholds.add")}</SubmitButton>
        </PostForm>
      </section>
    </>
  );
}
