import { SelectField, TextField } from "../ui/form.tsx";
import { useI18n } from "../../i18n/use-i18n.ts";
import { VAT_RATES } from "../../modules/procurement/shared.ts";

/** The offer fields (price, VAT, stock, lead time, validity, SKU, lot) of the add and edit offer forms. */
export function OfferFields({
  values,
  err,
  labels,
  lots,
  defaultVatRate,
}: {
  values: Record<string, string>;
  err: (field: string) => string | undefined;
  labels: Record<string, string>;
  lots: { id: string; label: string }[];
  /** Preselected VAT rate when the values hold none (the add form). */
  defaultVatRate?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name="price"
        label={labels.price!}
        description={t("supplier.field.priceHint")}
        required
        width="short"
        defaultValue={values.price}
        error={err("price")}
      />
      <SelectField
        name="vatRate"
        label={labels.vatRate!}
        defaultValue={values.vatRate ?? defaultVatRate}
        options={VAT_RATES.map((rate) => ({ value: String(rate), label: `${rate}%` }))}
        error={err("vatRate")}
      />
      <TextField
        name="stock"
        label={labels.stock!}
        inputMode="numeric"
        width="short"
        defaultValue={values.stock}
        error={err("stock")}
      />
      <TextField
        name="leadTimeDays"
        label={labels.leadTimeDays!}
        description={t("supplier.field.leadTimeHint")}
        inputMode="numeric"
        required
        width="short"
        defaultValue={values.leadTimeDays}
        error={err("leadTimeDays")}
      />
      <TextField
        name="minQuantity"
        label={labels.minQuantity!}
        inputMode="numeric"
        width="short"
        defaultValue={values.minQuantity}
        error={err("minQuantity")}
      />
      <TextField
        name="validFrom"
        label={labels.validFrom!}
        type="date"
        width="short"
        defaultValue={values.validFrom}
        error={err("validFrom")}
      />
      <TextField
        name="validTo"
        label={labels.validTo!}
        type="date"
        width="short"
        defaultValue={values.validTo}
        error={err("validTo")}
      />
      <TextField
        name="supplierSku"
        label={labels.supplierSku!}
        width="short"
        defaultValue={values.supplierSku}
        error={err("supplierSku")}
      />
      <SelectField
        name="lot"
        label={labels.lot!}
        optional
        defaultValue={values.lot ?? ""}
        options={[{ value: "", label: t("supplier.lot.none") }, ...lots.map((l) => ({ value: l.id, label: l.label }))]}
        error={err("lot")}
      />
    </>
  );
}
