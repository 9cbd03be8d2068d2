import { Link } from "react-router";
import type { Route } from "./+types/supplier-offer";
import { notFound, requireSupplier } from "../auth.server.ts";
import { OfferFields } from "../components/supplier/offer-fields.tsx";
import { type FormState, FormProblems, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  getSupplierOffer,
  listSupplierLots,
  updateSupplierOffer,
  withdrawSupplierOffer,
} from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "supplier.offer.title", breadcrumb: "supplier.offer.title" };

const OFFER_FIELDS = [
  "price",
  "vatRate",
  "stock",
  "leadTimeDays",
  "minQuantity",
  "validFrom",
  "validTo",
  "supplierSku",
  "lot",
] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { supplierId } = await requireSupplier(request);
  const db = getRuntime().database.db;
  const offer = await getSupplierOffer(db, supplierId, params.id);
  if (!offer) return notFound(request);
  return { offer, lots: await listSupplierLots(db, supplierId) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request);
  const db = getRuntime().database.db;
  const form = await readForm(request);
  if (form.get("intent") === "withdraw") {
    const done = await withdrawSupplierOffer(db, supplierId, params.id, actor);
    if (!done) return notFound(request);
    return redirectWithFlash("/leverancier/catalogus", { kind: "ok", key: "supplier.offer.withdrawn" });
  }
  const record: Record<string, string> = {};
  for (const field of OFFER_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") record[field] = value;
  }
  const result = await updateSupplierOffer(db, supplierId, params.id, record, actor);
  if (!result.ok) {
    if ("error" in result) return notFound(request);
    return invalid(result.errors, form);
  }
  return redirectWithFlash("/leverancier/catalogus", { kind: "ok", key: "supplier.offer.saved" });
}

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export default function SupplierOffer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { offer, lots } = loaderData;
  const state = actionData as FormState;
  const errors = state?.errors ?? {};
  const euro = (offer.priceCents / 100).toFixed(2).replace(".", ",");
  const values: Record<string, string> = state?.values ?? {
    price: euro,
    vatRate: String(offer.vatRate),
    stock: String(offer.stock),
    leadTimeDays: String(offer.leadTimeDays),
    minQuantity: String(offer.minQuantity),
    validFrom: offer.validFrom,
    validTo: offer.validTo ?? "",
    supplierSku: offer.supplierSku ?? "",
    lot: offer.frameworkLotId ?? "",
  };
  const err = (field: string) => (errors[field] ? t(errors[field] as MessageKey) : undefined);
  const labels = Object.fromEntries(OFFER_FIELDS.map((f) => [f, t(`supplier.field.${f}` as MessageKey)]));
  return (
    <>
      <h1 className="utrecht-heading-1">{t("supplier.offer.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {offer.name} — {offer.manufacturer} {offer.partNumber}
      </p>
      <PostForm className="vvg-supplier-form" aria-label={t("supplier.offer.title")}>
        <FormProblems state={state} labels={labels} />
        <input type="hidden" name="intent" value="save" />
        <OfferFields values={values} err={err} labels={labels} lots={lots} />
        <SubmitButton>{t("supplier.offer.save")}</SubmitButton>
      </PostForm>

      <h2 className="utrecht-heading-2" id="withdraw-heading">
        {t("supplier.offer.withdraw")}
      </h2>
      <p className="utrecht-paragraph">{t("supplier.offer.withdrawLead")}</p>
      <PostForm aria-labelledby="withdraw-heading">
        <input type="hidden" name="intent" value="withdraw" />
        <SubmitButton appearance="secondary">{t("supplier.offer.withdraw")}</SubmitButton>
      </PostForm>
      <p className="utrecht-paragraph">
        <Link to="/leverancier/catalogus">{t("supplier.backToCatalogue")}</Link>
      </p>
    </>
  );
}
