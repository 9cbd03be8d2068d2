// Pieces of the quote request and mini-competition pages: the request form's fields (shared by
// quotes and mini-competitions), a text area, and the request's facts, lines and criteria.
import type { ReactNode } from "react";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { SelectField, SubmitButton, TextAreaField as SharedTextAreaField, TextField } from "../ui/form.tsx";
import { TableRegion } from "../ui/table-region.tsx";

type Values = Record<string, string>;
type Errors = Record<string, string>;

/** A multi-line text field of the request forms (the form kit's, at this page's width). */
export function TextAreaField(props: Omit<Parameters<typeof SharedTextAreaField>[0], "full" | "textareaClassName">) {
  return <SharedTextAreaField rows={4} {...props} full textareaClassName="vvg-comp-textarea" />;
}

/** The fields every request has: title, category, lines, delivery wishes and deadline. */
export function RequestFields({
  values,
  errors,
  rows,
  categories,
}: {
  values: Values;
  errors: Errors;
  rows: number;
  categories: { id: number; name: string }[];
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name="title"
        label={t("competitions.field.title")}
        description={t("competitions.field.titleHint")}
        defaultValue={values.title}
        error={errors.title}
        required
        maxLength={200}
        width="full"
      />
      <SelectField
        name="categoryId"
        label={t("competitions.field.category")}
        options={[
          { value: "", label: t("competitions.field.categoryChoose") },
          ...categories.map((c) => ({ value: String(c.id), label: c.name })),
        ]}
        defaultValue={values.categoryId}
        error={errors.categoryId}
        required
      />
      <fieldset className="vvg-comp-fieldset" aria-describedby="lines-hint">
        <legend className="utrecht-heading-3">{t("competitions.field.lines")}</legend>
        <p className="utrecht-paragraph" id="lines-hint">
          {t("competitions.field.linesHint")}
        </p>
        <input type="hidden" name="rows" value={rows} />
        {Array.from({ length: rows }, (_, index) => index + 1).map((row) => (
          <fieldset key={row} className="vvg-comp-line">
            <legend>{t("competitions.field.line", { number: row })}</legend>
            {values[`product_${row}`] ? <input type="hidden" name={`product_${row}`} value={values[`product_${row}`]} /> : null}
            <TextField
              name={`description_${row}`}
              label={t("competitions.field.description")}
              defaultValue={values[`description_${row}`]}
              error={errors[`description_${row}`]}
              maxLength={500}
              width="full"
              markOptional={false}
            />
            <div className="vvg-comp-line__numbers">
              <TextField
                name={`quantity_${row}`}
                label={t("competitions.field.quantity")}
                defaultValue={values[`quantity_${row}`]}
                error={errors[`quantity_${row}`]}
                inputMode="numeric"
                width="short"
                markOptional={false}
              />
              <TextField
                name={`unit_${row}`}
                label={t("competitions.field.unit")}
                defaultValue={values[`unit_${row}`] ?? "stuk"}
                error={errors[`unit_${row}`]}
                maxLength={20}
                width="short"
                markOptional={false}
              />
            </div>
          </fieldset>
        ))}
        <p className="utrecht-paragraph">{t("competitions.field.addLineHint")}</p>
      </fieldset>
      <TextAreaField
        name="deliveryWishes"
        label={t("competitions.field.deliveryWishes")}
        description={t("competitions.field.deliveryWishesHint")}
        defaultValue={values.deliveryWishes}
        error={errors.deliveryWishes}
      />
      <fieldset className="vvg-comp-fieldset" aria-describedby="deadline-hint">
        <legend className="utrecht-heading-3">{t("competitions.field.deadline")}</legend>
        <p className="utrecht-paragraph" id="deadline-hint">
          {t("competitions.field.deadlineHint")}
        </p>
        <div className="vvg-comp-line__numbers">
          <TextField
            name="deadlineDate"
            type="date"
            label={t("competitions.field.deadlineDate")}
            defaultValue={values.deadlineDate}
            error={errors.deadlineDate}
            required
            width="short"
          />
          <TextField
            name="deadlineTime"
            label={t("competitions.field.deadlineTime")}
            description={t("competitions.field.deadlineTimeHint")}
            defaultValue={values.deadlineTime ?? "12:00"}
            error={errors.deadlineTime}
            required
            width="short"
            maxLength={5}
          />
        </div>
      </fieldset>
    </>
  );
}

/**
 * The form's buttons: the main one first (Enter in a field sends it), then "add a line", which
 * sends the form back with one more line row and keeps what was typed (no JavaScript needed).
 */
export function RequestButtons({ submit }: { submit: string }) {
  const { t } = useI18n();
  return (
    <div className="vvg-comp-buttons">
      <SubmitButton name="intent" value="create">
        {submit}
      </SubmitButton>
      <SubmitButton name="intent" value="addLine" appearance="secondary">
        {t("competitions.field.addLine")}
      </SubmitButton>
    </div>
  );
}

/** The award criteria of a mini-competition: price, lead time and up to three others, weights adding up to 100. */
export function CriteriaFields({ values, errors }: { values: Values; errors: Errors }) {
  const { t } = useI18n();
  return (
    <fieldset className="vvg-comp-fieldset" aria-describedby="criteria-hint">
      <legend className="utrecht-heading-3">{t("competitions.field.criteria")}</legend>
      <p className="utrecht-paragraph" id="criteria-hint">
        {t("competitions.field.criteriaHint")}
      </p>
      <div className="vvg-comp-line__numbers">
        <TextField
          name="weightPrice"
          label={t("competitions.field.weightPrice")}
          defaultValue={values.weightPrice ?? "70"}
          error={errors.weightPrice}
          inputMode="numeric"
          width="short"
          required
        />
        <TextField
          name="weightLeadTime"
          label={t("competitions.field.weightLeadTime")}
          defaultValue={values.weightLeadTime ?? "30"}
          error={errors.weightLeadTime}
          inputMode="numeric"
          width="short"
        />
      </div>
      {[1, 2, 3].map((i) => (
        <div key={i} className="vvg-comp-line__numbers">
          <TextField
            name={`otherName_${i}`}
            label={t("competitions.field.otherName", { number: i })}
            defaultValue={values[`otherName_${i}`]}
            error={errors[`otherName_${i}`]}
            maxLength={120}
          />
          <TextField
            name={`otherWeight_${i}`}
            label={t("competitions.field.otherWeight", { number: i })}
            defaultValue={values[`otherWeight_${i}`]}
            error={errors[`otherWeight_${i}`]}
            inputMode="numeric"
            width="short"
          />
        </div>
      ))}
    </fieldset>
  );
}

export type LineRow = { id: string; lineNumber: number; description: string; quantity: number; unit: string };

/** The lines asked, as a table (with extra columns when given). */
export function LinesTable({
  id,
  caption,
  lines,
  extra,
}: {
  id: string;
  caption: string;
  lines: LineRow[];
  extra?: { headers: string[]; cells: (line: LineRow) => ReactNode[] };
}) {
  const { t, formatNumber } = useI18n();
  return (
    <TableRegion labelledBy={id}>
      <table className="utrecht-table vvg-comp-table">
        <caption className="vvg-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t("competitions.line.number")}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t("competitions.field.description")}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {t("competitions.field.quantity")}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t("competitions.field.unit")}
            </th>
            {extra?.headers.map((header) => (
              <th key={header} scope="col" className="utrecht-table__header-cell">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {lines.map((line) => (
            <tr key={line.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{line.lineNumber}</td>
              <td className="utrecht-table__cell">{line.description}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(line.quantity)}</td>
              <td className="utrecht-table__cell">{line.unit}</td>
              {extra?.cells(line).map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={index} className="utrecht-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The criteria and their weights. */
export function CriteriaList({ criteria }: { criteria: { id: string; kind: string; name: string; weight: number }[] }) {
  const { t } = useI18n();
  return (
    <ul className="utrecht-unordered-list">
      {criteria.map((criterion) => (
        <li key={criterion.id}>
          {t("competitions.criterion.item", { name: criterionName(t, criterion), weight: criterion.weight })}
          {criterion.kind === "other" ? ` — ${t("competitions.criterion.scoredByBuyer")}` : null}
        </li>
      ))}
    </ul>
  );
}

/** A criterion's name in the page's language (price and lead time are named by the portal). */
export function criterionName(t: (key: MessageKey) => string, criterion: { kind: string; name: string }): string {
  if (criterion.kind === "price") return t("competitions.criterion.price");
  if (criterion.kind === "lead_time") return t("competitions.criterion.leadTime");
  return criterion.name;
}

/** The status of a request in words, with whether the deadline passed. */
export function statusKey(item: { status: string; closed: boolean }): MessageKey {
  if (item.status === "open") return item.closed ? "competitions.status.closed" : "competitions.status.open";
  return `competitions.status.${item.status}` as MessageKey;
}
