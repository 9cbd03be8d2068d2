// Formatting shared by the PDF renderers and the UBL builders. Amounts are integer euro cents.
import { LANGUAGE_TAGS, type MessageKey, translator, type Translator, type Vars } from "../../../i18n/index.ts";
import { formatEnterpriseNumber } from "../../identity/shared.ts";
import type { DocumentParty } from "./types.ts";

export type DocumentLocale = "nl" | "en";

export type Texts = {
  tr: Translator;
  t: (key: MessageKey, vars?: Vars) => string;
  /** Euro amount from cents, e.g. "€ 1.234,56" (nl-BE). */
  money: (cents: number) => string;
  /** A date (YYYY-MM-DD or ISO date-time), e.g. "30 november 2026". */
  date: (value: string) => string;
  /** A date-time (ISO), e.g. "30 november 2026 om 14:05". */
  dateTime: (value: string) => string;
  percent: (value: number) => string;
  number: (value: number) => string;
  kbo: (enterpriseNumber: string) => string;
  /** "a, b en c" (nl) or "a, b and c" (en). */
  list: (items: string[]) => string;
};

export function texts(locale: DocumentLocale): Texts {
  const tr = translator(locale);
  const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    tr,
    t: tr.t,
    money: (cents) => tr.formatEuro(cents / 100),
    // A bare date is a calendar day: format it in UTC so no time zone can shift it.
    date: (value) => (isDateOnly(value) ? tr.formatDate(`${value}T00:00:00Z`, { timeZone: "UTC" }) : tr.formatDate(value)),
    dateTime: (value) =>
      isDateOnly(value) ? tr.formatDate(`${value}T00:00:00Z`, { timeZone: "UTC" }) : tr.formatDateTime(value),
    percent: (value) => tr.t("documents.percent", { value: tr.formatNumber(value, { maximumFractionDigits: 2 }) }),
    number: (value) => tr.formatNumber(value, { maximumFractionDigits: 3 }),
    kbo: (enterpriseNumber) => formatEnterpriseNumber(enterpriseNumber),
    list: (items) => new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: "conjunction" }).format(items),
  };
}

/** Cents as a UBL amount with exactly two decimals: 123456 → "1234.56", -5 → "-0.05". */
export function ublAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount in cents must be an integer, got ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A quantity as a UBL decimal without exponent: 12 → "12", 1.5 → "1.5". */
export function ublQuantity(quantity: number): string {
  if (!Number.isFinite(quantity) || quantity < 0) throw new Error(`Invalid quantity ${quantity}`);
  return Number.isInteger(quantity) ? String(quantity) : quantity.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
}

/** ISO 3166-1 alpha-2 country of a party; Belgium when absent. */
export function countryOf(party: DocumentParty): string {
  return (party.countryCode ?? "BE").toUpperCase();
}

/** "Kunstlaan 1, 1000 Brussel" (with the country when not Belgium). */
export function addressLine(party: DocumentParty): string {
  const city = [party.postalCode, party.city].filter(Boolean).join(" ");
  const parts = [party.street, city].filter((part): part is string => Boolean(part?.trim()));
  if (countryOf(party) !== "BE") parts.push(countryOf(party));
  return parts.join(", ");
}

/** Sum of line totals per VAT rate, in the order the rates first appear. */
export function vatBreakdown(
  lines: { vatRate: number; lineTotalCents: number }[],
): { rate: number; baseCents: number; vatCents: number }[] {
  const byRate = new Map<number, number>();
  for (const line of lines) byRate.set(line.vatRate, (byRate.get(line.vatRate) ?? 0) + line.lineTotalCents);
  return [...byRate].map(([rate, baseCents]) => ({ rate, baseCents, vatCents: Math.round((baseCents * rate) / 100) }));
}
