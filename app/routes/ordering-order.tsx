// /aankopen/bestellingen/:orderId — one order of the organisation: its legal route, lines,
// approval (for approvers), cancelling and confirming receipt (for buyers), documents and trail.
import { data, Link } from "react-router";
import type { Route } from "./+types/ordering-order";
import { forbidden } from "../auth.server.ts";
import { OrderTrail, StatusBadge } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { cancelOrder, changeOrderQuantity, confirmDelivery, decideOrder, orderDetail } from "../modules/ordering/index.server.ts";
import { approvalDecisionSchema, CANCELLABLE_STATUSES, quantitySchema } from "../modules/ordering/shared.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.order.title", breadcrumb: "ordering.order.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { organisationId, actor, can } = await requireOrdering(request, "procurement.view_orders");
  const detail = await orderDetail(getRuntime().database.db, params.orderId, "buyer", organisationId);
  if (!detail) throw data(null, { status: 404 });
  const { order } = detail;
  return {
    order: {
      ...order,
      submittedAt: order.submittedAt.toISOString(),
      approvedAt: order.approvedAt?.toISOString() ?? null,
      updatedAt: order.updatedAt.toISOString(),
      lastReminderAt: null,
    },
    lines: detail.lines,
    events: detail.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    approval: detail.approval ? { ...detail.approval, at: detail.approval.at.toISOString() } : null,
    buyerName: detail.buyerName,
    supplierName: detail.supplierName,
    submittedByName: detail.submittedByName,
    budgetCode: detail.budgetCode,
    canBuy: can("procurement.buy"),
    canApprove: can("procurement.approve"),
    isOwn: order.submittedBy === actor.personId,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { orderActor, can } = await requireOrdering(request, "procurement.view_orders", context);
  const runtime = getRuntime();
  const db = runtime.database.db;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/aankopen/bestellingen/${params.orderId}`;
  const options = { baseUrl: runtime.config.baseUrl };
  const answer = async (result: { ok: true } | { ok: false; error: string; field?: string }, done: MessageKey) => {
    if (!result.ok) {
      if (result.error === "ordering.error.notFound") throw data(null, { status: 404 });
      return invalid({ [result.field ?? "_form"]: result.error }, form, {}, 409);
    }
    return redirectWithFlash(here, { kind: "ok", key: done });
  };
  if (intent === "decide") {
    if (!can("procurement.approve")) return forbidden(request);
    const parsed = parseForm(approvalDecisionSchema, form);
    if (!parsed.ok) return parsed.response;
    if (parsed.value.orderId !== params.orderId) throw data(null, { status: 404 });
    const result = await decideOrder(db, { ...orderActor, canApprove: true }, parsed.value, options);
    return answer(
      result,
      parsed.value.decision === "approved" ? "ordering.approve.approvedDone" : "ordering.approve.rejectedDone",
    );
  }
  if (!can("procurement.buy")) return forbidden(request);
  if (intent === "cancel") {
    const reason = String(form.get("reason") ?? "")
      .trim()
      .slice(0, 2000);
    return answer(
      await cancelOrder(db, orderActor, { orderId: params.orderId, reason }, options),
      "ordering.order.cancelledDone",
    );
  }
  if (intent === "deliver") {
    const comment = String(form.get("comment") ?? "")
      .trim()
      .slice(0, 2000);
    return answer(
      await confirmDelivery(db, orderActor, { orderId: params.orderId, comment }, options),
      "ordering.order.deliveredDone",
    );
  }
  if (intent === "quantity") {
    const parsed = quantitySchema.safeParse(String(form.get("quantity") ?? ""));
    if (!parsed.success) return invalid({ quantity: parsed.error.issues[0]?.message ?? "ordering.validation.quantity" }, form);
    const lineNumber = Number(form.get("lineNumber"));
    return answer(
      await changeOrderQuantity(db, orderActor, { orderId: params.orderId, lineNumber, quantity: parsed.data }),
      "ordering.order.changedDone",
    );
  }
  return invalid({ _form: "ordering.error.unknownAction" }, form);
}

export default function Order({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatEuro, formatDateTime, formatDate, formatNumber } = useI18n();
  const { order, lines, events, approval, canBuy, canApprove, isOwn, budgetCode } = loaderData;
  const state = actionData as FormState;
  const files = order.poNumber
    ? [
        ["bestelbon.pdf", "ordering.documents.po"],
        ["aankoopdossier.pdf", "ordering.documents.file"],
        ["bestelling.xml", "ordering.documents.ubl"],
      ]
    : [["aankoopdossier.pdf", "ordering.documents.file"]];
  return (
    <>
      <h1 className="utrecht-heading-1">
        {t("ordering.order.heading", { reference: order.reference })} <StatusBadge status={order.status} />
      </h1>
      <FormProblems state={state} labels={{ comment: t("ordering.approve.comment"), quantity: t("ordering.col.quantity") }} />
      <dl className="vvg-framework-dl">
        <dt>{t("ordering.col.poNumber")}</dt>
        <dd>{order.poNumber ?? t("ordering.order.poPending")}</dd>
        <dt>{t("ordering.col.supplier")}</dt>
        <dd>{loaderData.supplierName}</dd>
        <dt>{t("ordering.col.totalExcl")}</dt>
        <dd>
          {formatEuro(order.totalExclCents / 100)} (
          {t("ordering.order.incl", { amount: formatEuro((order.totalExclCents + order.totalVatCents) / 100) })})
        </dd>
        <dt>{t("ordering.order.submittedBy")}</dt>
        <dd>
          {loaderData.submittedByName} — {formatDateTime(order.submittedAt)}
        </dd>
        <dt>{t("ordering.order.approvingBody")}</dt>
        <dd>
          {t(`ordering.body.${order.approvingBody}` as MessageKey)}
          <span className="vvg-ord-sub">{t(`ordering.body.${order.approvingBody}.help` as MessageKey)}</span>
        </dd>
        {budgetCode ? (
          <>
            <dt>{t("ordering.cart.budgetCode")}</dt>
            <dd>
              {budgetCode.code} — {budgetCode.label}
            </dd>
          </>
        ) : null}
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
        {order.supplierNote ? (
          <>
            <dt>{t("ordering.order.supplierNote")}</dt>
            <dd>{order.supplierNote}</dd>
          </>
        ) : null}
        {order.invoiceNumber ? (
          <>
            <dt>{t("ordering.order.invoiceNumber")}</dt>
            <dd>{order.invoiceNumber}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="route-heading">
        <h2 className="utrecht-heading-2" id="route-heading">
          {t("ordering.order.routeHeading")}: {t(`ordering.route.${order.route}` as MessageKey)}
        </h2>
        <p className="utrecht-paragraph">
          <strong>{t("ordering.check.legalBasis")}:</strong> <span lang="nl">{order.routeDetails.legalBasis}</span>
        </p>
        <ul className="utrecht-unordered-list" lang="nl">
          {order.routeDetails.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {order.routeDetails.warnings.length > 0 ? (
          <div className="utrecht-alert utrecht-alert--warning">
            <ul className="utrecht-unordered-list" lang="nl">
              {order.routeDetails.warnings.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

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
            { label: t("ordering.col.lineTotal"), className: "vvg-numeric" },
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
              <td className="utrecht-table__cell vvg-numeric">
                {order.status === "submitted" && canBuy ? (
                  <PostForm className="vvg-ord-qty">
                    <input type="hidden" name="intent" value="quantity" />
                    <input type="hidden" name="lineNumber" value={line.lineNumber} />
                    <label className="vvg-visually-hidden" htmlFor={`qty-${line.lineNumber}`}>
                      {t("ordering.cart.quantityOf", { product: line.description })}
                    </label>
                    <input
                      className="utrecht-textbox utrecht-textbox--html-input vvg-ord-qty__input"
                      id={`qty-${line.lineNumber}`}
                      name="quantity"
                      type="number"
                      min={1}
                      max={10000}
                      defaultValue={line.quantity}
                      required
                    />
                    <button
                      type="submit"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-label={t("ordering.cart.updateQuantityOf", { product: line.description })}
                    >
                      {t("ordering.cart.updateQuantity")}
                    </button>
                  </PostForm>
                ) : (
                  formatNumber(line.quantity)
                )}
              </td>
              <td className="utrecht-table__cell vvg-numeric">
                {line.acceptedQuantity === null ? "—" : formatNumber(line.acceptedQuantity)}
              </td>
              <td className="utrecht-table__cell vvg-numeric">{formatEuro(line.unitPriceCents / 100)}</td>
              <td className="utrecht-table__cell vvg-numeric">{formatEuro((line.unitPriceCents * line.quantity) / 100)}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      {order.status === "submitted" && canApprove ? (
        <section aria-labelledby="decide-heading" className="vvg-ord-panel">
          <h2 className="utrecht-heading-2" id="decide-heading">
            {t("ordering.approve.decideHeading")}
          </h2>
          {isOwn ? (
            <p className="utrecht-paragraph">{t("ordering.error.ownOrder")}</p>
          ) : (
            <PostForm>
              <input type="hidden" name="intent" value="decide" />
              <input type="hidden" name="orderId" value={order.id} />
              <input type="hidden" name="version" value={order.version} />
              <p className="utrecht-paragraph">
                {t("ordering.approve.asBody", { body: t(`ordering.body.${order.approvingBody}` as MessageKey) })}
              </p>
              <TextField
                name="comment"
                label={t("ordering.approve.comment")}
                description={t("ordering.approve.commentHint")}
                defaultValue={state?.values?.comment}
                error={state?.errors?.comment}
                maxLength={2000}
                width="full"
              />
              <div className="vvg-ord-buttons">
                <SubmitButton name="decision" value="approved">
                  {t("ordering.approve.approve")}
                </SubmitButton>
                <SubmitButton name="decision" value="rejected" appearance="secondary">
                  {t("ordering.approve.reject")}
                </SubmitButton>
              </div>
            </PostForm>
          )}
        </section>
      ) : null}

      {approval ? (
        <p className="utrecht-paragraph">
          {t(approval.decision === "approved" ? "ordering.order.approvedBy" : "ordering.order.rejectedBy", {
            person: approval.approverName,
            body: t(`ordering.body.${approval.body}` as MessageKey),
            date: formatDateTime(approval.at),
          })}
          {approval.comment ? ` — “${approval.comment}”` : ""}
        </p>
      ) : null}

      {canBuy && ["accepted", "partially_accepted", "shipped"].includes(order.status) ? (
        <section aria-labelledby="deliver-heading" className="vvg-ord-panel">
          <h2 className="utrecht-heading-2" id="deliver-heading">
            {t("ordering.order.deliverHeading")}
          </h2>
          <PostForm>
            <input type="hidden" name="intent" value="deliver" />
            <TextField
              name="comment"
              id="deliver-comment"
              label={t("ordering.order.deliverComment")}
              maxLength={2000}
              width="full"
            />
            <SubmitButton>{t("ordering.order.deliver")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}

      {canBuy && (CANCELLABLE_STATUSES as readonly string[]).includes(order.status) ? (
        <section aria-labelledby="cancel-heading" className="vvg-ord-panel">
          <h2 className="utrecht-heading-2" id="cancel-heading">
            {t("ordering.order.cancelHeading")}
          </h2>
          <PostForm>
            <input type="hidden" name="intent" value="cancel" />
            <TextField name="reason" id="cancel-reason" label={t("ordering.order.cancelReason")} maxLength={2000} width="full" />
            <SubmitButton appearance="secondary">{t("ordering.order.cancel")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}

      <section aria-labelledby="documents-heading">
        <h2 className="utrecht-heading-2" id="documents-heading">
          {t("ordering.documents.heading")}
        </h2>
        <ul className="utrecht-unordered-list">
          {files.map(([file, key]) => (
            <li key={file}>
              <a href={`/aankopen/bestellingen/${order.id}/${file}`} download>
                {t(key as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="trail-heading">
        <h2 className="utrecht-heading-2" id="trail-heading">
          {t("ordering.order.trail")}
        </h2>
        <OrderTrail events={events} headingId="trail-heading" />
      </section>
      <p className="utrecht-paragraph">
        <Link to="/aankopen/bestellingen">{t("ordering.order.back")}</Link>
      </p>
    </>
  );
}
