// /organisaties/:id/goedkeuring — the organisation's beheerder sets who approves orders: amount
// bands → approving body (Decreet Lokaal Bestuur), budget codes, delegations with dates, the
// purchase-order number format and the approval reminder delay.
import { data } from "react-router";
import type { Route } from "./+types/organisation-approval";
import { requireActor, requirePermission } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
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
import { getOrganisation } from "../modules/identity/index.server.ts";
import {
  addApprovalRule,
  addBudgetCode,
  addDelegation,
  delegateCandidates,
  listApprovalRules,
  listBudgetCodes,
  listDelegations,
  orderingSettingsOf,
  removeApprovalRule,
  revokeDelegation,
  saveOrderingSettings,
  setBudgetCodeActive,
} from "../modules/ordering/index.server.ts";
import {
  APPROVING_BODIES,
  approvalRuleFormSchema,
  budgetCodeFormSchema,
  delegationFormSchema,
  formatPoNumber,
  settingsFormSchema,
} from "../modules/ordering/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.rules.title", breadcrumb: "ordering.rules.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

async function guard(request: Request, id: string) {
  const actor = await requireActor(request);
  const organisation = await getOrganisation(getRuntime().database.db, id);
  if (!organisation || organisation.type === "leverancier") throw data(null, { status: 404 });
  await requirePermission(request, organisation.id, "organisation.manage_members");
  return { actor, organisation };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { organisation } = await guard(request, params.id);
  const db = getRuntime().database.db;
  const [rules, codes, delegations, settings, people] = await Promise.all([
    listApprovalRules(db, organisation.id),
    listBudgetCodes(db, organisation.id),
    listDelegations(db, organisation.id),
    orderingSettingsOf(db, organisation.id),
    delegateCandidates(db, organisation.id),
  ]);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    rules: rules.map((r) => ({ id: r.id, minCents: r.minCents, maxCents: r.maxCents, body: r.body, note: r.note })),
    codes: codes.map((c) => ({ id: c.id, code: c.code, label: c.label, active: c.active })),
    delegations: delegations.map((d) => ({
      id: d.id,
      personName: d.personName,
      body: d.body,
      validFrom: d.validFrom,
      validTo: d.validTo,
      decisionReference: d.decisionReference,
    })),
    settings,
    people,
    example: formatPoNumber(settings.poNumberFormat, new Date().getFullYear(), 123),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, organisation } = await guard(request, params.id);
  const db = getRuntime().database.db;
  const orderActor = { personId: actor.personId, organisationId: organisation.id, ip: context.get(requestInfoContext).ip };
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/organisaties/${organisation.id}/goedkeuring`;
  const done = async (result: { ok: true } | { ok: false; error: string; field?: string }) => {
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form, { intent });
    return redirectWithFlash(here, { kind: "ok", key: "ordering.rules.saved" });
  };
  switch (intent) {
    case "addRule": {
      const parsed = parseForm(approvalRuleFormSchema, form);
      if (!parsed.ok) return parsed.response;
      return done(await addApprovalRule(db, orderActor, parsed.value));
    }
    case "removeRule":
      return done(await removeApprovalRule(db, orderActor, String(form.get("ruleId") ?? "")));
    case "addCode": {
      const parsed = parseForm(budgetCodeFormSchema, form);
      if (!parsed.ok) return parsed.response;
      return done(await addBudgetCode(db, orderActor, parsed.value));
    }
    case "toggleCode":
      return done(await setBudgetCodeActive(db, orderActor, String(form.get("codeId") ?? ""), form.get("active") === "true"));
    case "addDelegation": {
      const parsed = parseForm(delegationFormSchema, form);
      if (!parsed.ok) return parsed.response;
      return done(await addDelegation(db, orderActor, parsed.value));
    }
    case "revokeDelegation":
      return done(await revokeDelegation(db, orderActor, String(form.get("delegationId") ?? "")));
    case "settings": {
      const parsed = parseForm(settingsFormSchema, form);
      if (!parsed.ok) return parsed.response;
      return done(await saveOrderingSettings(db, orderActor, parsed.value));
    }
    default:
      return invalid({ _form: "ordering.error.unknownAction" }, form);
  }
}

export default function OrganisationApproval({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatEuro, formatDate } = useI18n();
  const { organisation, rules, codes, delegations, settings, people, example } = loaderData;
  const state = actionData as (FormState & { intent?: string }) | undefined;
  const errorsFor = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const bodies = APPROVING_BODIES.map((body) => ({ value: body, label: t(`ordering.body.${body}` as MessageKey) }));
  const ruleState = errorsFor("addRule");
  const codeState = errorsFor("addCode");
  const delegationState = errorsFor("addDelegation");
  const settingsState = errorsFor("settings");
  const otherState =
    state && !["addRule", "addCode", "addDelegation", "settings"].includes(state.values?.intent ?? "") ? state : undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.rules.heading", { organisation: organisation.name })}</h1>
      <FormProblems state={otherState} labels={{}} />
      <section aria-labelledby="law-heading" className="vvg-ord-law">
        <h2 className="utrecht-heading-2" id="law-heading">
          {t("ordering.rules.lawHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("ordering.rules.law1")}</p>
        <p className="utrecht-paragraph">{t("ordering.rules.law2")}</p>
        <p className="utrecht-paragraph">{t("ordering.rules.law3")}</p>
        <ul className="utrecht-unordered-list">
          {APPROVING_BODIES.map((body) => (
            <li key={body}>
              <strong>{t(`ordering.body.${body}` as MessageKey)}</strong>: {t(`ordering.body.${body}.help` as MessageKey)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bands-heading">
        <h2 className="utrecht-heading-2" id="bands-heading">
          {t("ordering.rules.bands")}
        </h2>
        <p className="utrecht-paragraph">{t("ordering.rules.bandsHelp")}</p>
        {rules.length === 0 ? (
          <p className="utrecht-paragraph">{t("ordering.rules.noBands")}</p>
        ) : (
          <DataTable
            labelledBy="bands-heading"
            className="vvg-ord-table"
            columns={[
              t("ordering.rules.band"),
              t("ordering.rules.body"),
              t("ordering.thresholds.note"),
              { label: t("ordering.col.actions"), visuallyHidden: true },
            ]}
          >
            {rules.map((rule) => {
              const band =
                rule.maxCents === null
                  ? t("ordering.rules.fromAmount", { min: formatEuro(rule.minCents / 100) })
                  : t("ordering.rules.range", { min: formatEuro(rule.minCents / 100), max: formatEuro(rule.maxCents / 100) });
              return (
                <tr key={rule.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {band}
                  </th>
                  <td className="utrecht-table__cell">{t(`ordering.body.${rule.body}` as MessageKey)}</td>
                  <td className="utrecht-table__cell">{rule.note}</td>
                  <td className="utrecht-table__cell">
                    <ActionForm
                      fields={{ intent: "removeRule", ruleId: rule.id }}
                      label={t("ordering.rules.remove")}
                      accessibleLabel={t("ordering.rules.removeBand", { band })}
                    />
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <h3 className="utrecht-heading-3" id="add-band-heading">
          {t("ordering.rules.addBand")}
        </h3>
        <FormProblems
          state={ruleState}
          labels={{ min: t("ordering.rules.min"), max: t("ordering.rules.max"), body: t("ordering.rules.body") }}
        />
        <PostForm aria-labelledby="add-band-heading">
          <input type="hidden" name="intent" value="addRule" />
          <TextField
            name="min"
            label={t("ordering.rules.min")}
            required
            width="short"
            inputMode="numeric"
            defaultValue={ruleState?.values?.min}
            error={ruleState?.errors?.min}
          />
          <TextField
            name="max"
            label={t("ordering.rules.max")}
            description={t("ordering.rules.maxHint")}
            width="short"
            inputMode="numeric"
            defaultValue={ruleState?.values?.max}
            error={ruleState?.errors?.max}
          />
          <SelectField
            name="body"
            label={t("ordering.rules.body")}
            options={bodies}
            defaultValue={ruleState?.values?.body}
            error={ruleState?.errors?.body}
          />
          <TextField
            name="note"
            id="rule-note"
            label={t("ordering.thresholds.note")}
            width="full"
            maxLength={500}
            defaultValue={ruleState?.values?.note}
          />
          <SubmitButton>{t("ordering.rules.addBand")}</SubmitButton>
        </PostForm>
      </section>

      <section aria-labelledby="codes-heading">
        <h2 className="utrecht-heading-2" id="codes-heading">
          {t("ordering.rules.codes")}
        </h2>
        {codes.length === 0 ? (
          <p className="utrecht-paragraph">{t("ordering.rules.noCodes")}</p>
        ) : (
          <DataTable
            labelledBy="codes-heading"
            className="vvg-ord-table"
            columns={[
              t("ordering.rules.code"),
              t("ordering.rules.label"),
              t("ordering.col.status"),
              { label: t("ordering.col.actions"), visuallyHidden: true },
            ]}
          >
            {codes.map((code) => (
              <tr key={code.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {code.code}
                </th>
                <td className="utrecht-table__cell">{code.label}</td>
                <td className="utrecht-table__cell">{t(code.active ? "ordering.rules.active" : "ordering.rules.inactive")}</td>
                <td className="utrecht-table__cell">
                  <ActionForm
                    fields={{ intent: "toggleCode", codeId: code.id, active: code.active ? "false" : "true" }}
                    label={t(code.active ? "ordering.rules.deactivate" : "ordering.rules.activate")}
                    accessibleLabel={t(code.active ? "ordering.rules.deactivateCode" : "ordering.rules.activateCode", {
                      code: code.code,
                    })}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <h3 className="utrecht-heading-3" id="add-code-heading">
          {t("ordering.rules.addCode")}
        </h3>
        <FormProblems state={codeState} labels={{ code: t("ordering.rules.code"), label: t("ordering.rules.label") }} />
        <PostForm aria-labelledby="add-code-heading">
          <input type="hidden" name="intent" value="addCode" />
          <TextField
            name="code"
            label={t("ordering.rules.code")}
            required
            width="short"
            maxLength={40}
            defaultValue={codeState?.values?.code}
            error={codeState?.errors?.code}
          />
          <TextField
            name="label"
            label={t("ordering.rules.label")}
            required
            maxLength={200}
            defaultValue={codeState?.values?.label}
            error={codeState?.errors?.label}
          />
          <SubmitButton>{t("ordering.rules.addCode")}</SubmitButton>
        </PostForm>
      </section>

      <section aria-labelledby="delegations-heading">
        <h2 className="utrecht-heading-2" id="delegations-heading">
          {t("ordering.rules.delegations")}
        </h2>
        <p className="utrecht-paragraph">{t("ordering.rules.delegationsHelp")}</p>
        {delegations.length === 0 ? (
          <p className="utrecht-paragraph">{t("ordering.rules.noDelegations")}</p>
        ) : (
          <DataTable
            labelledBy="delegations-heading"
            className="vvg-ord-table"
            columns={[
              t("ordering.rules.person"),
              t("ordering.rules.body"),
              t("ordering.thresholds.period"),
              t("ordering.rules.decisionReference"),
              { label: t("ordering.col.actions"), visuallyHidden: true },
            ]}
          >
            {delegations.map((d) => (
              <tr key={d.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {d.personName}
                </th>
                <td className="utrecht-table__cell">{t(`ordering.body.${d.body}` as MessageKey)}</td>
                <td className="utrecht-table__cell">
                  {t("ordering.thresholds.fromTo", { from: formatDate(d.validFrom), to: formatDate(d.validTo) })}
                </td>
                <td className="utrecht-table__cell">{d.decisionReference}</td>
                <td className="utrecht-table__cell">
                  <ActionForm
                    fields={{ intent: "revokeDelegation", delegationId: d.id }}
                    label={t("ordering.rules.revoke")}
                    accessibleLabel={t("ordering.rules.revokeOf", { person: d.personName })}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <h3 className="utrecht-heading-3" id="add-delegation-heading">
          {t("ordering.rules.addDelegation")}
        </h3>
        <FormProblems
          state={delegationState}
          labels={{
            personId: t("ordering.rules.person"),
            validFrom: t("ordering.thresholds.validFrom"),
            validTo: t("ordering.thresholds.validTo"),
            decisionReference: t("ordering.rules.decisionReference"),
          }}
        />
        <PostForm aria-labelledby="add-delegation-heading">
          <input type="hidden" name="intent" value="addDelegation" />
          <SelectField
            name="personId"
            label={t("ordering.rules.person")}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={delegationState?.values?.personId}
            error={delegationState?.errors?.personId}
          />
          <SelectField
            name="body"
            id="delegation-body"
            label={t("ordering.rules.body")}
            options={bodies}
            defaultValue={delegationState?.values?.body}
          />
          <TextField
            name="validFrom"
            type="date"
            label={t("ordering.thresholds.validFrom")}
            required
            width="short"
            defaultValue={delegationState?.values?.validFrom}
            error={delegationState?.errors?.validFrom}
          />
          <TextField
            name="validTo"
            type="date"
            label={t("ordering.thresholds.validTo")}
            required
            width="short"
            defaultValue={delegationState?.values?.validTo}
            error={delegationState?.errors?.validTo}
          />
          <TextField
            name="decisionReference"
            label={t("ordering.rules.decisionReference")}
            description={t("ordering.rules.decisionReferenceHint")}
            required
            width="full"
            maxLength={200}
            defaultValue={delegationState?.values?.decisionReference}
            error={delegationState?.errors?.decisionReference}
          />
          <SubmitButton>{t("ordering.rules.addDelegation")}</SubmitButton>
        </PostForm>
      </section>

      <section aria-labelledby="settings-heading">
        <h2 className="utrecht-heading-2" id="settings-heading">
          {t("ordering.rules.settings")}
        </h2>
        <FormProblems
          state={settingsState}
          labels={{ poNumberFormat: t("ordering.rules.poFormat"), reminderDays: t("ordering.rules.reminderDays") }}
        />
        <PostForm aria-labelledby="settings-heading">
          <input type="hidden" name="intent" value="settings" />
          <TextField
            name="poNumberFormat"
            label={t("ordering.rules.poFormat")}
            description={t("ordering.rules.poFormatHint", { example })}
            required
            maxLength={40}
            defaultValue={settingsState?.values?.poNumberFormat ?? settings.poNumberFormat}
            error={settingsState?.errors?.poNumberFormat}
          />
          <TextField
            name="reminderDays"
            label={t("ordering.rules.reminderDays")}
            required
            width="short"
            inputMode="numeric"
            defaultValue={settingsState?.values?.reminderDays ?? String(settings.reminderDays)}
            error={settingsState?.errors?.reminderDays}
          />
          <SubmitButton>{t("ordering.rules.saveSettings")}</SubmitButton>
        </PostForm>
      </section>
    </>
  );
}
