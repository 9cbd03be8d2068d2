// /leverancier/bestellingen/:orderId — one order sent to this supplier: accept, reject (with a
// reason) or accept part of it (per line), or upload a Peppol UBL OrderResponse; then mark it
// shipped and invoiced. Another supplier's order is a 404.
import { data, Link } from "react-router";
import type { Route } from "./+types/supplier-order";
import { requireSupplier } from "../auth.server.ts";
import { OrderTrail, StatusBadge } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { answerFromUbl, answerOrder, orderDetail, supplierProgress } from "../modules/ordering/index.server.ts";
import { invoiceSchema, supplierAnswerSchema } from "../modules/ordering/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.supplier.order.title", breadcrumb: "ordering.supplier.order.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

/** Largest OrderResponse accepted (a real one is a few kilobytes). */
const MAX_UBL_BYTES = 512 * 1024;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { supplierId } = await requireSupplier(request, "supplier.handle_orders");
  const detail = await orderDetail(getRuntime().database.db, params.orderId, "supplier", supplierId);
  if (!detail) throw data(null, { status: 404 });
  const { order } = detail;
  return {
    order: {
      id: order.id,
      reference: order.reference,
      poNumber: order.poNumber,
      status: order.status,
      route: order.route,
      totalExclCents: order.totalExclCents,
      totalVatCents: order.totalVatCents,
      deliveryAddress: order.deliveryAddress,
      requestedDeliveryDate: order.requestedDeliveryDate,
      note: order.note,
      supplierNote: order.supplierNote,
      invoiceNumber: order.invoiceNumber,
      approvedAt: order.approvedAt?.toISOString() ?? null,
    },
    buyerName: detail.buyerName,
    lines: detail.lines,
    events: detail.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request, "supplier.handle_orders");
  const runtime = getRuntime();
  const db = runtime.database.db;
  const orderActor = { personId: actor.personId, organisationId: supplierId, ip: context.get(requestInfoContext).ip };
  const options = { baseUrl: runtime.config.baseUrl };
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/leverancier/bestellingen/${params.orderId}`;
  const answer = async (result: { ok: true } | { ok: false; error: string; field?: string }, done: MessageKey) => {
    if (!result.ok) {
      if (result.error === "ordering.error.notFound") throw data(null, { status: 404 });
      return invalid({ [result.field ?? "_form"]: result.error }, form, {}, 409);
    }
    return redirectWithFlash(here, { kind: "ok", key: done });
  };
  if (intent === "answer") {
    const parsed = parseForm(supplierAnswerSchema, form);
    if (!parsed.ok) return parsed.response;
    const quantities: Record<number, number> = {};
    for (const [key, value] of form.entries()) {
      const match = /^accepted-(\d{1,4})$/.exec(key);
      if (!match || typeof value !== "string" || value.trim() === "") continue;
      if (!/^\d{1,5}$/.test(value.trim())) return invalid({ [key]: "ordering.validation.acceptedQuantity" }, form);
      quantities[Number(match[1])] = Number(value.trim());
    }
    const result =
      parsed.value.decision === "partial"
        ? await answerOrder(
            db,
            orderActor,
            params.orderId,
            { decision: "partial", reason: parsed.value.reason, quantities },
            options,
          )
        : await answerOrder(
            db,
            orderActor,
            params.orderId,
            { decision: parsed.value.decision, reason: parsed.value.reason },
            options,
          );
    return answer(result, "ordering.supplier.answered");
  }
  if (intent === "ubl") {
    const file = form.get("orderResponse");
    if (!(file instanceof File) || file.size === 0) return invalid({ orderResponse: "ordering.validation.ublFile" }, form);
    if (file.size > MAX_UBL_BYTES) return invalid({ orderResponse: "ordering.validation.ublTooLarge" }, form);
    const result = await answerFromUbl(db, orderActor, params.orderId, await file.text(), options);
    if (!result.ok && result.error !== "ordering.error.notFound") return invalid({ orderResponse: result.error }, form, {}, 400);
    return answer(result, "ordering.supplier.answered");
  }
  if (intent === "ship") {
    return answer(
      await supplierProgress(db, orderActor, params.orderId, "shipped", {}, options),
      "ordering.supplier.shippedDone",
    );
  }
  if (intent === "invoice") {
    const parsed = parseForm(invoiceSchema, form);
    if (!parsed.ok) return parsed.response;
    return answer(
      await supplierProgress(db, orderActor, params.orderId, "invoiced", { invoiceNumber: parsed.value.invoiceNumber }, options),
      "ordering.supplier.invoicedDone",
    );
  }
  return invalid({ _form: "ordering.error.unknownAction" }, form);
}

export default function SupplierOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatEuro, formatDate, formatNumber } = useI18n();
  const { order, lines, events, buyerName } = loaderData;
  const state = actionData as FormState;
  const labels: Record<string, string> = {
    reason: t("ordering.supplier.reason"),
    orderResponse: t("ordering.supplier.ublFile"),
    invoiceNumber: t("ordering.order.invoiceNumber"),
  };
  for (const line of lines) labels[`accepted-${line.lineNumber}`] = t("ordering.supplier.acceptedOf", { line: line.lineNumber });
  return (
    <>
      <h1 className="utrecht-heading-1">
        {t("ordering.supplier.order.heading", { poNumber: order.poNumber ?? "" })} <StatusBadge status={order.status} />
      </h1>
      <FormProblems state={state} labels={labels} />
      <dl className="vvg-framework-dl">
        <dt>{t("ordering.col.buyer")}</dt>
        <dd>{buyerName}</dd>
        <dt>{t("ordering.col.reference")}</dt>
        <dd>{order.reference}</dd>
        <dt>{t("ordering.col.route")}</dt>
        <dd>{t(`ordering.route.${order.route}` as MessageKey)}</dd>
        <dt>{t("ordering.col.totalExcl")}</dt>
        <dd>{formatEuro(order.totalExclCents / 100)}</dd>
        {order.deliveryAddress ? (
          <>
            <dt>{t("ordering.cart.deliveryAddress")}</dt>
            <dd>{order.deliveryAddress}</dd>
          </>
        ) : null}
        {order.requestedDeliveryDate ? (
          <>
            <dt>{t("ordering.cart.requestedDate")}</dt>
            <dd>{formatDate(order.requestedDeliveryDate)}</dd>
          </>
        ) : null}
        {order.note ? (
          <>
            <dt>{t("ordering.cart.note")}</dt>
            <dd>{order.note}</dd>
          </>
        ) : null}
      </dl>

      <PostForm className="vvg-ord-answer">
        <input type="hidden" name="intent" value="answer" />
        <section aria-labelledby="lines-heading">
          <h2 className="utrecht-heading-2" id="lines-heading">
            {t("ordering.order.lines")}
          </h2>
          <DataTable
            labelledBy="lines-heading"
            className="vvg-ord-table"
            columns={[
              "#",
              t("ordering.col.product"),
              { label: t("ordering.col.quantity"), className: "vvg-numeric" },
              { label: t("ordering.col.accepted"), className: "vvg-numeric" },
              { label: t("ordering.col.unitPrice"), className: "vvg-numeric" },
            ]}
          >
            {lines.map((line) => (
              <tr key={line.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{line.lineNumber}</td>
                <th scope="row" className="utrecht-table__cell">
                  {line.description}
                  <span className="vvg-ord-sub">
                    {[line.manufacturer, line.partNumber, line.supplierSku].filter(Boolean).join(" · ")}
                  </span>
                </th>
                <td className="utrecht-table__cell vvg-numeric">{formatNumber(line.quantity)}</td>
                <td className="utrecht-table__cell vvg-numeric">
                  {order.status === "sent" ? (
                    <>
                      <label className="vvg-visually-hidden" htmlFor={`accepted-${line.lineNumber}`}>
                        {t("ordering.supplier.acceptedOf", { line: line.lineNumber })}
                      </label>
                      <input
                        className="utrecht-textbox utrecht-textbox--html-input vvg-ord-qty__input"
                        id={`accepted-${line.lineNumber}`}
                        name={`accepted-${line.lineNumber}`}
                        type="number"
                        min={0}
                        max={line.quantity}
                        defaultValue={state?.values?.[`accepted-${line.lineNumber}`] ?? line.quantity}
                      />
                    </>
                  ) : line.acceptedQuantity === null ? (
                    "—"
                  ) : (
                    formatNumber(line.acceptedQuantity)
                  )}
                </td>
                <td className="utrecht-table__cell vvg-numeric">{formatEuro(line.unitPriceCents / 100)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
        {order.status === "sent" ? (
          <section aria-labelledby="answer-heading" className="vvg-ord-panel">
            <h2 className="utrecht-heading-2" id="answer-heading">
              {t("ordering.supplier.answerHeading")}
            </h2>
            <fieldset className="utrecht-form-fieldset vvg-ord-fieldset">
              <legend className="utrecht-form-fieldset__legend">{t("ordering.supplier.decision")}</legend>
              {(["accept", "partial", "reject"] as const).map((choice) => (
                <div className="vvg-ord-radio" key={choice}>
                  <input
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    type="radio"
                    id={`decision-${choice}`}
                    name="decision"
                    value={choice}
                    defaultChecked={(state?.values?.decision ?? "accept") === choice}
                  />
                  <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`decision-${choice}`}>
                    {t(`ordering.supplier.decision.${choice}` as MessageKey)}
                  </label>
                </div>
              ))}
            </fieldset>
            <TextField
              name="reason"
              label={labels.reason!}
              description={t("ordering.supplier.reasonHint")}
              defaultValue={state?.values?.reason}
              error={state?.errors?.reason}
              maxLength={2000}
              width="full"
            />
            <SubmitButton>{t("ordering.supplier.send")}</SubmitButton>
          </section>
        ) : null}
      </PostForm>

      {order.status === "sent" ? (
        <section aria-labelledby="ubl-heading" className="vvg-ord-panel">
          <h2 className="utrecht-heading-2" id="ubl-heading">
            {t("ordering.supplier.ublHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("ordering.supplier.ublIntro")}</p>
          <PostForm encType="multipart/form-data">
            <input type="hidden" name="intent" value="ubl" />
            <div className={`utrecht-form-field vvg-field${state?.errors?.orderResponse ? " utrecht-form-field--invalid" : ""}`}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor="orderResponse">
                  {labels.orderResponse}
                </label>
              </div>
              {state?.errors?.orderResponse ? (
                <div className="utrecht-form-field-error-message" id="orderResponse-error">
                  {t(state.errors.orderResponse as MessageKey)}
                </div>
              ) : null}
              <input
                id="orderResponse"
                name="orderResponse"
                type="file"
                accept=".xml,application/xml,text/xml"
                required
                aria-describedby={state?.errors?.orderResponse ? "orderResponse-error" : undefined}
              />
            </div>
            <SubmitButton appearance="secondary">{t("ordering.supplier.ublUpload")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}

      {order.status === "accepted" || order.status === "partially_accepted" ? (
        <section aria-labelledby="ship-heading" className="vvg-ord-panel">
          <h2 className="utrecht-heading-2" id="ship-heading">
            {t("ordering.supplier.shipHeading")}
          </h2>
          <PostForm>
            <input type="hidden" name="intent" value="ship" />
            <SubmitButton>{t("ordering.supplier.ship")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}

      {order.status === "delivered" ? (
        <section aria-labelledby="invoice-heading" className="vvg-ord-panel">
          <h2 className="utrecht-heading-2" id="invoice-heading">
            {t("ordering.supplier.invoiceHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("ordering.supplier.invoiceHint", { poNumber: order.poNumber ?? "" })}</p>
          <PostForm>
            <input type="hidden" name="intent" value="invoice" />
            <TextField
              name="invoiceNumber"
              label={labels.invoiceNumber!}
              required
              maxLength={60}
              defaultValue={state?.values?.invoiceNumber}
              error={state?.errors?.invoiceNumber}
            />
            <SubmitButton>{t("ordering.supplier.invoice")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}

      <section aria-labelledby="documents-heading">
        <h2 className="utrecht-heading-2" id="documents-heading">
          {t("ordering.documents.heading")}
        </h2>
        <ul className="utrecht-unordered-list">
          <li>
            <a href={`/leverancier/bestellingen/${order.id}/bestelbon.pdf`} download>
              {t("ordering.documents.po")}
            </a>
          </li>
          <li>
            <a href={`/leverancier/bestellingen/${order.id}/bestelling.xml`} download>
              {t("ordering.documents.ubl")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="trail-heading">
        <h2 className="utrecht-heading-2" id="trail-heading">
          {t("ordering.order.trail")}
        </h2>
        <OrderTrail events={events} headingId="trail-heading" />
      </section>
      <p className="utrecht-paragraph">
        <Link to="/leverancier/bestellingen">{t("ordering.supplier.back")}</Link>
      </p>
    </>
  );
}
