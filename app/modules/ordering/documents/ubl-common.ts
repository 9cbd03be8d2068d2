// Shared pieces of the Peppol BIS 3 ordering documents (UBL 2.1): namespaces, identifiers and
// helpers that add elements in schema order and never emit an empty element (Peppol forbids them).
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { countryOf } from "./format.ts";
import type { DocumentParty } from "./types.ts";

export const NS = {
  order: "urn:oasis:names:specification:ubl:schema:xsd:Order-2",
  orderResponse: "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
} as const;

/** Peppol BIS Ordering 3: the profile (order + order response) and the transaction ids. */
export const PEPPOL = {
  orderingProfile: "urn:fdc:peppol.eu:poacc:bis:ordering:3",
  orderCustomization: "urn:fdc:peppol.eu:poacc:trns:order:3",
  orderResponseCustomization: "urn:fdc:peppol.eu:poacc:trns:order_response:3",
  /** Electronic address / party identifier scheme of the Belgian enterprise number (KBO/BCE). */
  belgianEnterpriseScheme: "0208",
  /** GS1 GTIN in the ISO 6523 ICD list. */
  gtinScheme: "0160",
  /** UNCL 7143 code for UNSPSC. */
  unspscListId: "TST",
  /** UN/ECE Rec. 20 "one" (piece). */
  unitCode: "C62",
} as const;

/** Strips characters XML 1.0 does not allow (control characters, lone surrogates) and trims. */
export function xmlText(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").trim();
}

/** Whether a value would produce a non-empty element. */
export function present(value: string | undefined | null): value is string {
  return typeof value === "string" && xmlText(value) !== "";
}

/** Adds <cbc:name> with the text, unless the text is empty. */
export function cbc(
  parent: XMLBuilder,
  name: string,
  value: string | undefined | null,
  attributes?: Record<string, string>,
): void {
  if (value === undefined || value === null) return;
  const text = xmlText(value);
  if (text === "") return;
  parent.ele(NS.cbc, `cbc:${name}`, attributes).txt(text);
}

/** Adds <cac:name>. */
export function cac(parent: XMLBuilder, name: string): XMLBuilder {
  return parent.ele(NS.cac, `cac:${name}`);
}

export type PartyOptions = {
  /** cac:PartyTaxScheme with the Belgian VAT number (BE + enterprise number). */
  vat?: boolean;
  /** The short form of the Order Response syntax: no name, address or legal company id. */
  short?: boolean;
};

/** cac:Party of a Belgian organisation, identified by its enterprise number (scheme 0208). */
export function party(parent: XMLBuilder, p: DocumentParty, options: PartyOptions = {}): void {
  const node = cac(parent, "Party");
  // The registry has no enterprise number for every local government yet: without one, the party
  // carries no endpoint or identification rather than an empty (schema-invalid) one.
  if (p.enterpriseNumber) {
    cbc(node, "EndpointID", p.enterpriseNumber, { schemeID: PEPPOL.belgianEnterpriseScheme });
    cbc(cac(node, "PartyIdentification"), "ID", p.enterpriseNumber, { schemeID: PEPPOL.belgianEnterpriseScheme });
  }
  if (!options.short) {
    cbc(cac(node, "PartyName"), "Name", p.name);
    const address = cac(node, "PostalAddress");
    cbc(address, "StreetName", p.street);
    cbc(address, "CityName", p.city);
    cbc(address, "PostalZone", p.postalCode);
    cbc(cac(address, "Country"), "IdentificationCode", countryOf(p));
  }
  if (options.vat && countryOf(p) === "BE" && p.enterpriseNumber) {
    const tax = cac(node, "PartyTaxScheme");
    cbc(tax, "CompanyID", `BE${p.enterpriseNumber}`);
    cbc(cac(tax, "TaxScheme"), "ID", "VAT");
  }
  const legal = cac(node, "PartyLegalEntity");
  cbc(legal, "RegistrationName", p.name);
  if (!options.short) cbc(legal, "CompanyID", p.enterpriseNumber, { schemeID: PEPPOL.belgianEnterpriseScheme });
  if (present(p.contactName) || present(p.email)) {
    const contact = cac(node, "Contact");
    cbc(contact, "Name", p.contactName);
    cbc(contact, "ElectronicMail", p.email);
  }
}
