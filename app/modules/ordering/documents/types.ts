// The data the ordering documents are made from: the purchase order (PDF), the procurement file
// (PDF) and the Peppol BIS 3 Order (UBL 2.1 XML). The ordering use cases build one of these from
// an order; the renderers in this folder never touch the database. Amounts are euro cents.

export type DocumentParty = {
  name: string;
  /** Belgian enterprise number (KBO/BCE), 10 digits without dots, e.g. "0207437468". */
  enterpriseNumber: string;
  street?: string;
  postalCode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2; "BE" when absent. */
  countryCode?: string;
  contactName?: string;
  email?: string;
};

export type DocumentLine = {
  lineNumber: number;
  description: string;
  manufacturer?: string;
  partNumber?: string;
  gtin?: string;
  unspsc?: string;
  /** The supplier's own article id (offer id or SKU). */
  sellersItemId?: string;
  quantity: number;
  unitPriceCents: number;
  /** Percent, e.g. 21. */
  vatRate: number;
  lineTotalCents: number;
};

/** The route the legal check chose, with its reasoning in plain Dutch. */
export type DocumentRoute = {
  kind: "framework_direct" | "framework_competition" | "low_value";
  /** e.g. "Art. 47 van de wet van 17 juni 2016 (aankoopcentrale, raamovereenkomst)". */
  legalBasis: string;
  /** Plain-Dutch sentences explaining why this route applies. */
  explanation: string[];
  /** The check's figures, e.g. { label: "Drempel opdracht van beperkte waarde", value: "€ 30.000,00" }. */
  figures: { label: string; value: string }[];
  /** Warnings shown at the check, e.g. a suspected split purchase. */
  warnings: string[];
};

export type DocumentCompetition = {
  reference: string;
  deadline: string; // ISO date-time
  criteria: { name: string; weight: number }[];
  ranking: { rank: number; supplier: string; score: number; totalCents: number; leadTimeDays?: number }[];
  awardedSupplier: string;
  awardReason: string;
  awardedAt: string; // ISO date-time
};

export type DocumentApproval = {
  /** The body or role that decided, e.g. "Budgethouder", "College van burgemeester en schepenen". */
  body: string;
  person: string;
  decision: "approved" | "rejected";
  at: string; // ISO date-time
  comment?: string;
};

export type OrderDocument = {
  /** The organisation's purchase-order number, issued at approval (e.g. "2026000123"). */
  orderNumber: string;
  /** The portal's own reference of the order. */
  portalReference: string;
  issueDate: string; // YYYY-MM-DD
  currency: "EUR";
  buyer: DocumentParty;
  supplier: DocumentParty;
  delivery?: { address?: string; requestedDate?: string; note?: string };
  budgetCode?: string;
  route: DocumentRoute;
  framework?: {
    reference: string;
    title: string;
    lot: string;
    /** The contract reference the supplier knows the framework by (UBL cac:Contract/cbc:ID). */
    contractReference: string;
    centralPurchasingBody: string;
    /** The buyer's decision to join the framework (optional; the draft decision cites it). */
    accession?: { body: string; date: string; reference?: string };
  };
  lines: DocumentLine[];
  totals: { exclCents: number; vatCents: number; inclCents: number };
  /** Offers consulted before choosing (quotes or catalogue offers compared). */
  offersConsulted: { supplier: string; totalCents: number; leadTimeDays?: number; chosen: boolean; note?: string }[];
  competition?: DocumentCompetition;
  approvals: DocumentApproval[];
  /** Who must decide under the Decreet Lokaal Bestuur for this amount, e.g. "Algemeen directeur". */
  approvingBody: string;
};

/** What a UBL OrderResponse says about an order (Peppol BIS 3 Order Agreement / response codes). */
export type OrderResponseSummary = {
  /** The buyer's order number the response refers to (cac:OrderReference/cbc:ID). */
  orderNumber: string;
  /** UNCL 4343 subset: AP accepted, RE rejected, CA accepted with changes (partial). */
  responseCode: "AP" | "RE" | "CA";
  issueDate: string;
  note?: string;
  /** For CA: the accepted quantity per order line (line number → quantity). */
  lines: { lineNumber: number; acceptedQuantity: number }[];
};
