// Blocks both PDFs share: the order lines with totals, and the details of a party.
import { addressLine, countryOf, type Texts, vatBreakdown } from "./format.ts";
import { type Cell, type Column, type Pdf, table, totalsBox } from "./pdf-layout.ts";
import type { DocumentParty, OrderDocument } from "./types.ts";

export function linesTable(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  const columns: Column[] = [
    { header: x.t("documents.lines.number"), width: 26, align: "right" },
    { header: x.t("documents.lines.description"), width: 172 },
    { header: x.t("documents.lines.manufacturer"), width: 88 },
    { header: x.t("documents.lines.quantity"), width: 38, align: "right" },
    { header: x.t("documents.lines.unitPrice"), width: 68, align: "right" },
    { header: x.t("documents.lines.vat"), width: 35, align: "right" },
    { header: x.t("documents.lines.total"), width: 72, align: "right" },
  ];
  const rows: Cell[][] = doc.lines.map((line) => {
    const ids = [
      line.gtin ? x.t("documents.lines.gtin", { gtin: line.gtin }) : "",
      line.sellersItemId ? x.t("documents.lines.sellersItemId", { id: line.sellersItemId }) : "",
    ].filter(Boolean);
    return [
      String(line.lineNumber),
      { text: line.description, sub: ids },
      { text: line.manufacturer ?? "", sub: line.partNumber ? [line.partNumber] : [] },
      x.number(line.quantity),
      x.money(line.unitPriceCents),
      x.percent(line.vatRate),
      x.money(line.lineTotalCents),
    ];
  });
  table(pdf, columns, rows);
  totalsBox(pdf, totalsRows(doc, x));
}

/** Excl., VAT (per rate when the rates add up to the order's VAT) and incl. */
export function totalsRows(doc: OrderDocument, x: Texts): [string, string][] {
  const breakdown = vatBreakdown(doc.lines);
  const perRate = breakdown.length > 1 && breakdown.reduce((sum, part) => sum + part.vatCents, 0) === doc.totals.vatCents;
  const vatRows: [string, string][] = perRate
    ? breakdown.map((part) => [
        x.t("documents.totals.vatRate", { rate: x.percent(part.rate), base: x.money(part.baseCents) }),
        x.money(part.vatCents),
      ])
    : [
        [
          breakdown.length === 1
            ? `${x.t("documents.totals.vat")} ${x.percent(breakdown[0]!.rate)}`
            : x.t("documents.totals.vat"),
          x.money(doc.totals.vatCents),
        ],
      ];
  return [
    [x.t("documents.totals.excl"), x.money(doc.totals.exclCents)],
    ...vatRows,
    [x.t("documents.totals.incl"), x.money(doc.totals.inclCents)],
  ];
}

/** The lines of a party block: address, enterprise number, contact. */
export function partyLines(party: DocumentParty, x: Texts): string[] {
  const city = [party.postalCode, party.city].filter(Boolean).join(" ");
  return [
    party.street ?? "",
    city,
    countryOf(party) !== "BE" ? countryOf(party) : "",
    x.t("documents.enterpriseNumber", { number: x.kbo(party.enterpriseNumber) }),
    party.contactName ? x.t("documents.contact", { name: party.contactName }) : "",
    party.email ?? "",
  ].filter((line) => line.trim() !== "");
}

/** "Name, street, postal code city" for running text. */
export function partyInline(party: DocumentParty): string {
  return addressLine(party);
}
