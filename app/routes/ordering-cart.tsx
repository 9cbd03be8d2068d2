// /aankopen/winkelwagen — the organisation's shared cart, split per supplier with the legal check
// of each group, and the submission (one idempotency key per rendered form).
import { Link } from "react-router";
import type { Route } from "./+types/ordering-cart";
import { LegalCheckPanel, OrderingNav } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import {
  ActionForm,
  ErrorAlert,
  FormProblems,
  type FormState,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { redirectWithFlash, safeRedirectPath } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  acceptCurrentPrices,
  addToCart,
  buildCart,
  listBudgetCodes,
  newIdempotencyKey,
  removeCartLine,
  setCartQuantity,
  submitCart,
} from "../modules/ordering/index.server.ts";
import { addToCartSchema, cartQuantitySchema, submitCartSchema } from "../modules/ordering/shared.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.cart.title", breadcrumb: "ordering.cart.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName, rights } = await requireOrdering(request, "procurement.buy");
  const db = getRuntime().database.db;
  const cart = await buildCart(db, organisationId);
  const codes = await listBudgetCodes(db, organisationId, true);
  return {
    organisationName,
    rights,
    cart,
    budgetCodes: codes.map((code) => ({ id: code.id, code: code.code, label: code.label })),
    idempotencyKey: newIdempotencyKey(),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { orderActor } = await requireOrdering(request, "procurement.buy", context);
  const runtime = getRuntime();
  const db = runtime.database.db;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "add") {
    const back = safeRedirectPath(form.get("returnTo"), "/aankopen/winkelwagen");
    const parsed = addToCartSchema.safeParse({ offerId: form.get("offerId"), quantity: String(form.get("quantity") ?? "1") });
    if (!parsed.success) {
      return redirectWithFlash(back, {
        kind: "error",
        key: (parsed.error.issues[0]?.message ?? "ordering.validation.quantity") as MessageKey,
      });
    }
    const result = await addToCart(db, orderActor, parsed.data);
    if (!result.ok) return redirectWithFlash(back, { kind: "error", key: result.error as MessageKey });
    return redirectWithFlash(back, {
      kind: "ok",
      key: "ordering.cart.added",
      vars: { product: result.productName, quantity: result.quantity },
    });
  }
  if (intent === "quantity") {
    const parsed = parseForm(cartQuantitySchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await setCartQuantity(db, orderActor, parsed.value.lineId, parsed.value.quantity);
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    return redirectWithFlash("/aankopen/winkelwagen", { kind: "ok", key: "ordering.cart.updated" });
  }
  if (intent === "remove") {
    const result = await removeCartLine(db, orderActor, String(form.get("lineId") ?? ""));
    if (!result.ok) return invalid({ _form: result.error }, form);
    return redirectWithFlash("/aankopen/winkelwagen", { kind: "ok", key: "ordering.cart.removed" });
  }
  if (intent === "prices") {
    const changed = await acceptCurrentPrices(db, orderActor);
    return redirectWithFlash("/aankopen/winkelwagen", {
      kind: "ok",
      key: "ordering.cart.pricesUpdated",
      vars: { count: changed },
    });
  }
  if (intent === "submit") {
    const parsed = parseForm(submitCartSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await submitCart(db, orderActor, parsed.value, { baseUrl: runtime.config.baseUrl });
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    const target = result.orderIds.length === 1 ? `/aankopen/bestellingen/${result.orderIds[0]}` : "/aankopen/bestellingen";
    return redirectWithFlash(target, {
      kind: "ok",
      key: result.orderIds.length === 1 ? "ordering.cart.submittedOne" : "ordering.cart.submittedMany",
      vars: { count: result.orderIds.length },
    });
  }
  return invalid({ _form: "ordering.error.unknownAction" }, form, {}, 400);
}

export default function Cart({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatEuro, formatNumber, locale } = useI18n();
  const { cart, budgetCodes, idempotencyKey, organisationName } = loaderData;
  const state = actionData as FormState;
  const submittable = cart.groups.filter((group) => group.check.submittable);
  const attention = cart.groups.some((group) => group.needsAttention);
  const priceChanged = cart.groups.some((group) => group.lines.some((line) => line.problem === "priceChanged"));
  const labels = {
    budgetCodeId: t("ordering.cart.budgetCode"),
    deliveryAddress: t("ordering.cart.deliveryAddress"),
    requestedDeliveryDate: t("ordering.cart.requestedDate"),
    note: t("ordering.cart.note"),
    quantity: t("ordering.cart.quantity"),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.cart.title")}</h1>
      <OrderingNav rights={loaderData.rights} />
      <p className="utrecht-paragraph vvg-lead">{t("ordering.cart.intro", { organisation: organisationName })}</p>
      <FormProblems state={state} labels={labels} />

      {cart.lineCount === 0 ? (
        <p className="utrecht-paragraph">
          {t("ordering.cart.empty")} <Link to="/aankopen">{t("ordering.cart.toCatalogue")}</Link>
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">{tn("ordering.cart.summary", cart.groups.length)}</p>
          {priceChanged ? (
            <div className="utrecht-alert utrecht-alert--warning">
              <p className="utrecht-paragraph">{t("ordering.cart.pricesChanged")}</p>
              <ActionForm fields={{ intent: "prices" }} label={t("ordering.cart.acceptPrices")} />
            </div>
          ) : null}
          {cart.groups.map((group, index) => {
            const headingId = `group-${index}`;
            return (
              <section key={group.key} className="vvg-ord-group" aria-labelledby={headingId}>
                <h2 className="utrecht-heading-2" id={headingId}>
                  {group.key === "withdrawn"
                    ? t("ordering.cart.withdrawnGroup")
                    : t("ordering.cart.group", { supplier: group.supplierName, number: index + 1 })}
                </h2>
                {group.framework ? (
                  <p className="utrecht-paragraph">
                    {t("ordering.cart.underFramework")}{" "}
                    <Link to={`/raamovereenkomsten/${group.framework.id}`}>
                      {group.framework.reference} — {group.framework.title}
                    </Link>
                  </p>
                ) : null}
                <DataTable
                  labelledBy={headingId}
                  className="vvg-ord-table"
                  columns={[
                    t("ordering.col.product"),
                    { label: t("ordering.col.unitPrice"), className: "vvg-numeric" },
                    t("ordering.col.quantity"),
                    { label: t("ordering.col.lineTotal"), className: "vvg-numeric" },
                    t("ordering.col.remarks"),
                    { label: t("ordering.col.actions"), visuallyHidden: true },
                  ]}
                >
                  {group.lines.map((line) => {
                    const name = line.productName || t("ordering.cart.unknownProduct");
                    return (
                      <tr key={line.id} className="utrecht-table__row">
                        <th scope="row" className="utrecht-table__cell">
                          {line.productId ? <Link to={`/aankopen/producten/${line.productId}`}>{name}</Link> : name}
                          <span className="vvg-ord-sub">
                            {[line.manufacturer, line.partNumber, locale === "nl" ? line.categoryNameNl : line.categoryNameEn]
                              .filter(Boolean)
                              .join(" · ")}
                          </span>
                        </th>
                        <td className="utrecht-table__cell vvg-numeric">
                          {formatEuro(line.unitPriceCents / 100)}
                          <span className="vvg-ord-sub">{t("ordering.exclVat", { rate: line.vatRate })}</span>
                        </td>
                        <td className="utrecht-table__cell">
                          <PostForm className="vvg-ord-qty">
                            <input type="hidden" name="intent" value="quantity" />
                            <input type="hidden" name="lineId" value={line.id} />
                            <label className="vvg-visually-hidden" htmlFor={`qty-${line.id}`}>
                              {t("ordering.cart.quantityOf", { product: name })}
                            </label>
                            <input
                              className="utrecht-textbox utrecht-textbox--html-input vvg-ord-qty__input"
                              id={`qty-${line.id}`}
                              name="quantity"
                              type="number"
                              inputMode="numeric"
                              min={1}
                              max={10000}
                              defaultValue={line.quantity}
                              required
                            />
                            <button
                              type="submit"
                              className="utrecht-button utrecht-button--secondary-action"
                              aria-label={t("ordering.cart.updateQuantityOf", { product: name })}
                            >
                              {t("ordering.cart.updateQuantity")}
                            </button>
                          </PostForm>
                        </td>
                        <td className="utrecht-table__cell vvg-numeric">{formatEuro(line.lineExclCents / 100)}</td>
                        <td className="utrecht-table__cell">
                          {line.problem ? (
                            <strong className="vvg-ord-problem">
                              {t(`ordering.cart.problem.${line.problem}` as MessageKey, {
                                price: formatEuro((line.currentPriceCents ?? 0) / 100),
                                min: formatNumber(line.minQuantity),
                              })}
                            </strong>
                          ) : line.leadTimeDays !== null ? (
                            tn("catalogue.workingDays", line.leadTimeDays)
                          ) : null}
                        </td>
                        <td className="utrecht-table__cell">
                          <ActionForm
                            fields={{ intent: "remove", lineId: line.id }}
                            label={t("ordering.cart.remove")}
                            accessibleLabel={t("ordering.cart.removeProduct", { product: name })}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </DataTable>
                {group.key !== "withdrawn" ? (
                  <>
                    <p className="utrecht-paragraph vvg-ord-total">
                      {t("ordering.cart.groupTotal", {
                        excl: formatEuro(group.totalExclCents / 100),
                        incl: formatEuro((group.totalExclCents + group.totalVatCents) / 100),
                      })}
                    </p>
                    <LegalCheckPanel check={group.check} headingId={`${headingId}-check`} />
                  </>
                ) : null}
              </section>
            );
          })}

          <section aria-labelledby="submit-heading" className="vvg-ord-submit">
            <h2 className="utrecht-heading-2" id="submit-heading">
              {t("ordering.cart.submitHeading")}
            </h2>
            {submittable.length === 0 ? (
              <ErrorAlert>{t("ordering.error.nothingToSubmit")}</ErrorAlert>
            ) : (
              <>
                <p className="utrecht-paragraph">
                  {tn("ordering.cart.submitExplain", submittable.length, {
                    suppliers: submittable.map((group) => group.supplierName).join(", "),
                  })}
                </p>
                {attention ? <p className="utrecht-paragraph">{t("ordering.cart.attentionFirst")}</p> : null}
                <PostForm>
                  <input type="hidden" name="intent" value="submit" />
                  <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
                  {budgetCodes.length > 0 ? (
                    <SelectField
                      name="budgetCodeId"
                      label={labels.budgetCodeId}
                      optional
                      defaultValue={state?.values?.budgetCodeId}
                      error={state?.errors?.budgetCodeId}
                      options={[
                        { value: "", label: t("ordering.cart.noBudgetCode") },
                        ...budgetCodes.map((code) => ({ value: code.id, label: `${code.code} — ${code.label}` })),
                      ]}
                    />
                  ) : null}
                  <TextField
                    name="deliveryAddress"
                    label={labels.deliveryAddress}
                    defaultValue={state?.values?.deliveryAddress}
                    error={state?.errors?.deliveryAddress}
                    maxLength={500}
                    width="full"
                  />
                  <TextField
                    name="requestedDeliveryDate"
                    type="date"
                    label={labels.requestedDeliveryDate}
                    defaultValue={state?.values?.requestedDeliveryDate}
                    error={state?.errors?.requestedDeliveryDate}
                    width="short"
                  />
                  <TextField
                    name="note"
                    label={labels.note}
                    defaultValue={state?.values?.note}
                    error={state?.errors?.note}
                    maxLength={2000}
                    width="full"
                  />
                  <SubmitButton>{t("ordering.cart.submit")}</SubmitButton>
                </PostForm>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
