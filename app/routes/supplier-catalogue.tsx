import { Form, Link } from "react-router";
import type { Route } from "./+types/supplier-catalogue";
import { requireSupplier } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { OfferFields } from "../components/supplier/offer-fields.tsx";
import { type FormState, FormProblems, PostForm, SelectField, SubmitButton, TextField } from "../components/ui/form.tsx";
import { Pagination } from "../components/ui/pagination.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  type AttributeDefinition,
  CATEGORY_DEFINITIONS,
  IMPORT_FIELDS,
  listSupplierLots,
  listSupplierOffers,
  saveSupplierOffer,
} from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "supplier.catalogue.title", breadcrumb: "supplier.catalogue.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { supplierId, supplierName } = await requireSupplier(request);
  const db = getRuntime().database.db;
  const url = new URL(request.url);
  const page = Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get("pagina") ?? "1", 10) || 1));
  const slug = url.searchParams.get("categorie") ?? "";
  const category = CATEGORY_DEFINITIONS.find((c) => c.slug === slug);
  return {
    supplierName,
    offers: await listSupplierOffers(db, supplierId, page),
    categories: CATEGORY_DEFINITIONS.map((c) => ({ slug: c.slug, nameNl: c.nameNl, nameEn: c.nameEn })),
    category: category
      ? { slug: category.slug, nameNl: category.nameNl, nameEn: category.nameEn, attributes: category.attributes }
      : null,
    lots: await listSupplierLots(db, supplierId),
    fields: IMPORT_FIELDS,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { actor, supplierId } = await requireSupplier(request);
  const form = await readForm(request);
  const record: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key === "_csrf") continue;
    if ((IMPORT_FIELDS as readonly string[]).includes(key) || /^spec\.[a-z][a-z0-9_]{0,39}$/.test(key)) record[key] = value;
  }
  const result = await saveSupplierOffer(getRuntime().database.db, supplierId, record, actor);
  if (!result.ok) return invalid(result.errors, form);
  return redirectWithFlash("/leverancier/catalogus", { kind: "ok", key: "supplier.catalogue.added" });
}

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

function SpecField({
  attribute,
  label,
  value,
  error,
  yes,
  no,
  none,
}: {
  attribute: AttributeDefinition;
  label: string;
  value?: string;
  error?: string;
  yes: string;
  no: string;
  none: string;
}) {
  const name = `spec.${attribute.key}`;
  const fullLabel = attribute.unit ? `${label} (${attribute.unit})` : label;
  if (attribute.type === "enum" || attribute.type === "boolean") {
    const options =
      attribute.type === "boolean"
        ? [
            { value: "", label: none },
            { value: "ja", label: yes },
            { value: "nee", label: no },
          ]
        : [{ value: "", label: none }, ...(attribute.options ?? []).map((o) => ({ value: o, label: o }))];
    return <SelectField name={name} label={fullLabel} options={options} defaultValue={value ?? ""} error={error} optional />;
  }
  return (
    <TextField
      name={name}
      label={fullLabel}
      defaultValue={value}
      error={error}
      inputMode={attribute.type === "number" ? "text" : undefined}
      width="short"
    />
  );
}

export default function SupplierCatalogue({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, formatEuro, formatDate } = useI18n();
  const { offers, categories, category, lots, supplierName, fields } = loaderData;
  const state = actionData as FormState;
  const errors = state?.errors ?? {};
  const values = state?.values ?? {};
  const err = (field: string) => (errors[field] ? t(errors[field] as MessageKey) : undefined);
  const fieldLabel = (field: string) => t(`supplier.field.${field}` as MessageKey);
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f, fieldLabel(f)]));
  for (const attribute of category?.attributes ?? [])
    labels[`spec.${attribute.key}`] = locale === "nl" ? attribute.labelNl : attribute.labelEn;

  return (
    <>
      <h1 className="utrecht-heading-1">{t("supplier.catalogue.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("supplier.catalogue.lead", { name: supplierName })}</p>
      <ul className="utrecht-unordered-list vvg-supplier-links">
        <li>
          <Link to="/leverancier/import">{t("supplier.import.title")}</Link>
        </li>
        <li>
          <Link to="/leverancier/api-sleutel">{t("supplier.apiKey.title")}</Link>
        </li>
        <li>
          <Link to="/leverancier/bestellingen">{t("ordering.supplier.title")}</Link>
        </li>
        <li>
          <Link to="/leverancier/offerteaanvragen">{t("competitions.supplier.listTitle")}</Link>
        </li>
      </ul>

      <h2 className="utrecht-heading-2" id="offers-heading">
        {t("supplier.catalogue.offers", { count: offers.total })}
      </h2>
      {offers.items.length === 0 ? (
        <p className="utrecht-paragraph">{t("supplier.catalogue.empty")}</p>
      ) : (
        <DataTable
          labelledBy="offers-heading"
          className="vvg-supplier-table"
          columns={[
            t("supplier.field.product"),
            t("supplier.field.partNumber"),
            { label: t("supplier.field.price"), className: "vvg-num" },
            { label: t("supplier.field.vatRate"), className: "vvg-num" },
            { label: t("supplier.field.stock"), className: "vvg-num" },
            { label: t("supplier.field.leadTimeDays"), className: "vvg-num" },
            t("supplier.field.validity"),
            t("supplier.field.lot"),
            { label: t("supplier.catalogue.actions"), visuallyHidden: true },
          ]}
        >
          {offers.items.map((offer) => (
            <tr key={offer.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <Link to={`/aankopen/producten/${offer.productId}`}>{offer.name}</Link>
                <br />
                <span className="vvg-muted">{offer.manufacturer}</span>
              </td>
              <td className="utrecht-table__cell">{offer.partNumber}</td>
              <td className="utrecht-table__cell vvg-num">{formatEuro(offer.priceCents / 100)}</td>
              <td className="utrecht-table__cell vvg-num">{offer.vatRate}%</td>
              <td className="utrecht-table__cell vvg-num">{offer.stock}</td>
              <td className="utrecht-table__cell vvg-num">{t("supplier.days", { count: offer.leadTimeDays })}</td>
              <td className="utrecht-table__cell">
                {offer.validTo
                  ? t("supplier.validity.range", { from: formatDate(offer.validFrom), to: formatDate(offer.validTo) })
                  : t("supplier.validity.from", { from: formatDate(offer.validFrom) })}
              </td>
              <td className="utrecht-table__cell">
                {offer.frameworkReference ? `${offer.frameworkReference} #${offer.lotNumber}` : t("supplier.lot.none")}
              </td>
              <td className="utrecht-table__cell">
                <Link
                  to={`/leverancier/catalogus/aanbod/${offer.id}`}
                  aria-label={t("supplier.catalogue.editOffer", { name: offer.name })}
                >
                  {t("supplier.catalogue.edit")}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        className="vvg-pagination"
        label={t("supplier.catalogue.pages")}
        page={offers.page}
        pages={offers.pages}
        href={(n) => `/leverancier/catalogus?pagina=${n}`}
        status={t("supplier.page", { page: offers.page, pages: offers.pages })}
        previous={t("supplier.previous")}
        next={t("supplier.next")}
      />

      <h2 className="utrecht-heading-2" id="add-heading">
        {t("supplier.catalogue.add")}
      </h2>
      <p className="utrecht-paragraph">{t("supplier.catalogue.addLead")}</p>
      <Form method="get" className="vvg-supplier-category">
        <SelectField
          name="categorie"
          label={t("supplier.field.category")}
          defaultValue={category?.slug ?? ""}
          options={[
            { value: "", label: t("supplier.catalogue.chooseCategory") },
            ...categories.map((c) => ({ value: c.slug, label: locale === "nl" ? c.nameNl : c.nameEn })),
          ]}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("supplier.catalogue.showFields")}
        </button>
      </Form>

      {category ? (
        <PostForm className="vvg-supplier-form" aria-labelledby="add-heading">
          <FormProblems state={state} labels={labels} />
          <input type="hidden" name="category" value={category.slug} />
          <fieldset className="vvg-fieldset">
            <legend className="utrecht-heading-3">
              {t("supplier.catalogue.product", { category: locale === "nl" ? category.nameNl : category.nameEn })}
            </legend>
            <TextField
              name="manufacturer"
              label={labels.manufacturer!}
              required
              defaultValue={values.manufacturer}
              error={err("manufacturer")}
            />
            <TextField
              name="partNumber"
              label={labels.partNumber!}
              required
              defaultValue={values.partNumber}
              error={err("partNumber")}
            />
            <TextField
              name="gtin"
              label={labels.gtin!}
              description={t("supplier.field.gtinHint")}
              inputMode="numeric"
              defaultValue={values.gtin}
              error={err("gtin")}
            />
            <TextField name="name" label={labels.name!} required width="full" defaultValue={values.name} error={err("name")} />
            <div className={`utrecht-form-field vvg-field${errors.description ? " utrecht-form-field--invalid" : ""}`}>
              <label className="utrecht-form-label" htmlFor="description">
                {labels.description} <span className="vvg-optional">({t("form.optional")})</span>
              </label>
              <div className="utrecht-form-field__input">
                <textarea
                  id="description"
                  name="description"
                  rows={4}
                  className="utrecht-textarea vvg-textarea"
                  defaultValue={values.description}
                />
              </div>
            </div>
            <TextField
              name="unspsc"
              label={labels.unspsc!}
              inputMode="numeric"
              width="short"
              defaultValue={values.unspsc}
              error={err("unspsc")}
            />
          </fieldset>
          <fieldset className="vvg-fieldset">
            <legend className="utrecht-heading-3">{t("supplier.catalogue.specs")}</legend>
            {category.attributes.map((attribute) => (
              <SpecField
                key={attribute.key}
                attribute={attribute}
                label={labels[`spec.${attribute.key}`]!}
                value={values[`spec.${attribute.key}`]}
                error={err(`spec.${attribute.key}`)}
                yes={t("supplier.yes")}
                no={t("supplier.no")}
                none={t("supplier.notGiven")}
              />
            ))}
          </fieldset>
          <fieldset className="vvg-fieldset">
            <legend className="utrecht-heading-3">{t("supplier.catalogue.offer")}</legend>
            <OfferFields values={values} err={err} labels={labels} lots={lots} defaultVatRate="21" />
          </fieldset>
          <SubmitButton>{t("supplier.catalogue.save")}</SubmitButton>
        </PostForm>
      ) : null}
    </>
  );
}
