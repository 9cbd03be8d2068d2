// Realistic sample orders for tests, previews and the end-to-end demo: Zoersel buys 12 laptops
// with docking stations under the VlaVirGem framework agreement after a mini-competition, and a
// few monitors as a low-value contract. All enterprise numbers and GTINs have valid check digits.
import type { DocumentLine, OrderDocument } from "./types.ts";

/** Eight digits → a valid Belgian enterprise number (97 minus the remainder mod 97 appended). */
function enterpriseNumber(base: string): string {
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, "0")}`;
}

/** Twelve digits → a valid GTIN-13 (GS1 check digit appended). */
function gtin13(base: string): string {
  const sum = [...base].reverse().reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 3 : 1), 0);
  return `${base}${(10 - (sum % 10)) % 10}`;
}

type LineInput = Omit<DocumentLine, "lineNumber" | "lineTotalCents">;

/** Numbers the lines and computes each line total (quantity × unit price, rounded to cents). */
export function sampleLines(inputs: LineInput[]): DocumentLine[] {
  return inputs.map((input, i) => ({
    ...input,
    lineNumber: i + 1,
    lineTotalCents: Math.round(input.quantity * input.unitPriceCents),
  }));
}

/** Totals of lines: VAT per rate on the rate's base, rounded to cents. */
export function sampleTotals(lines: DocumentLine[]): OrderDocument["totals"] {
  const exclCents = lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  const bases = new Map<number, number>();
  for (const line of lines) bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + line.lineTotalCents);
  const vatCents = [...bases].reduce((sum, [rate, base]) => sum + Math.round((base * rate) / 100), 0);
  return { exclCents, vatCents, inclCents: exclCents + vatCents };
}

const ZOERSEL = {
  name: "Gemeente Zoersel",
  enterpriseNumber: enterpriseNumber("02075100"),
  street: "Handelslei 167",
  postalCode: "2980",
  city: "Zoersel",
  countryCode: "BE",
  contactName: "Ségolène Van den Broeck",
  email: "aankoper.zoersel@demo.vlavirgem.be",
};

const DEMO_IT_SUPPLIES = {
  name: "Demo IT Supplies NV",
  enterpriseNumber: enterpriseNumber("04031234"),
  street: "Kunstlaan 1",
  postalCode: "1000",
  city: "Brussel",
  contactName: "Łukasz Kowalski",
  email: "verkoop@demo-it-supplies.be",
};

const KEMPEN_COMPUTERS = {
  name: "Kempen Computers BV",
  enterpriseNumber: enterpriseNumber("07512345"),
  street: "Handelslei 4",
  postalCode: "2980",
  city: "Zoersel",
  contactName: "Jürgen Peeters",
  email: "info@kempen-computers.be",
};

const LAPTOP: LineInput = {
  description:
    "Dell Latitude 5450 – Intel® Core™ Ultra 5 135U, 16 GB RAM, 512 GB SSD, 14″ Full HD-scherm, Windows 11 Pro, 3 jaar garantie ter plaatse",
  manufacturer: "Dell",
  partNumber: "N008L545014EMEA_VP",
  gtin: gtin13("588441234567"),
  unspsc: "43211503",
  sellersItemId: "DITS-LAT5450-16",
  quantity: 12,
  unitPriceCents: 108_900,
  vatRate: 21,
};

const DOCK: LineInput = {
  description: "Dell Pro Dock WD25 – USB-C-dockingstation, 100 W laden, 2 × DisplayPort 1.4, HDMI 2.1, ≥ 3 USB-A-poorten, RJ45",
  manufacturer: "Dell",
  partNumber: "210-BNJF",
  gtin: gtin13("588441234568"),
  unspsc: "43211602",
  sellersItemId: "DITS-WD25",
  quantity: 12,
  unitPriceCents: 18_950,
  vatRate: 21,
};

const BAG: LineInput = {
  description: "Laptoptas 14″ Targus Classic, gerecycleerd polyester, vak voor documenten",
  manufacturer: "Targus",
  partNumber: "TCT027EU",
  gtin: gtin13("501234567890"),
  sellersItemId: "DITS-TCT027",
  quantity: 12,
  unitPriceCents: 3_495,
  vatRate: 21,
};

const IMAGING: LineInput = {
  description: "Installatie, imaging met het gemeentelijke Windows-image en inventarisatie, per toestel",
  sellersItemId: "DITS-SRV-IMG",
  unspsc: "81111812",
  quantity: 12,
  unitPriceCents: 4_500,
  vatRate: 21,
};

/** Zoersel: 12 laptops with docking stations, after a mini-competition under the framework agreement. */
export function sampleOrderDocument(): OrderDocument {
  const lines = sampleLines([LAPTOP, DOCK, BAG, IMAGING]);
  const totals = sampleTotals(lines);
  return {
    orderNumber: "2026000123",
    portalReference: "VVG-BST-2026-00042",
    issueDate: "2026-11-30",
    currency: "EUR",
    buyer: { ...ZOERSEL },
    supplier: { ...DEMO_IT_SUPPLIES },
    delivery: {
      address: "Gemeente Zoersel, dienst ICT, Handelslei 167, 2980 Zoersel",
      requestedDate: "2026-12-14",
      note: "Levering op werkdagen tussen 8.30 en 12 uur; meld u aan bij het onthaal.",
    },
    budgetCode: "AC000123 / 0119-00 / 2420000",
    route: {
      kind: "framework_competition",
      legalBasis:
        "Art. 47 van de wet van 17 juni 2016 (aankoopcentrale, raamovereenkomst), met nieuwe mededinging tussen de partijen bij de raamovereenkomst",
      explanation: [
        "Gemeente Zoersel is toegetreden tot raamovereenkomst VVG-RO-2026-001 “Raamovereenkomst ICT-hardware voor lokale besturen 2026–2029”.",
        "Perceel 1 (Laptops, desktops en tablets) heeft drie leveranciers en de raamovereenkomst heropent de mededinging. Daarom ging aan deze bestelling een minicompetitie vooraf.",
        "Na deze bestelling blijft het gebruik van de raamovereenkomst onder het maximumbedrag.",
      ],
      figures: [
        { label: "Maximumbedrag van de raamovereenkomst", value: "€ 25.000.000,00" },
        { label: "Al besteld via de raamovereenkomst", value: "€ 1.284.311,20" },
        { label: "Deze bestelling", value: "€ 16.301,40" },
        { label: "Na deze bestelling", value: "€ 1.300.612,60" },
      ],
      warnings: [],
    },
    framework: {
      reference: "VVG-RO-2026-001",
      title: "Raamovereenkomst ICT-hardware voor lokale besturen 2026–2029",
      lot: "Perceel 1 – Laptops, desktops en tablets",
      contractReference: "VVG-RO-2026-001/P1",
      centralPurchasingBody: "VlaVirGem-aankoopcentrale (demo)",
      accession: { body: "College van burgemeester en schepenen", date: "2026-02-09", reference: "CBS/2026/0142" },
    },
    lines,
    totals,
    offersConsulted: [
      { supplier: "Demo IT Supplies NV", totalCents: totals.exclCents, leadTimeDays: 7, chosen: true },
      { supplier: "Vlaamse Hardware Partners BV", totalCents: 1_688_220, leadTimeDays: 10, chosen: false },
      {
        supplier: "ICT Distributie Limburg NV",
        totalCents: 1_712_050,
        leadTimeDays: 5,
        chosen: false,
        note: "Kortste levertermijn, maar hoogste prijs.",
      },
    ],
    competition: {
      reference: "MC-2026-017",
      deadline: "2026-11-20T11:00:00Z",
      criteria: [
        { name: "Prijs", weight: 60 },
        { name: "Levertermijn", weight: 20 },
        { name: "Garantie en duurzaamheid", weight: 20 },
      ],
      ranking: [
        { rank: 1, supplier: "Demo IT Supplies NV", score: 91.5, totalCents: totals.exclCents, leadTimeDays: 7 },
        { rank: 2, supplier: "Vlaamse Hardware Partners BV", score: 84.2, totalCents: 1_688_220, leadTimeDays: 10 },
        { rank: 3, supplier: "ICT Distributie Limburg NV", score: 77.9, totalCents: 1_712_050, leadTimeDays: 5 },
      ],
      awardedSupplier: "Demo IT Supplies NV",
      awardReason:
        "Demo IT Supplies NV biedt de laagste prijs en een levertermijn van 7 dagen. De garantievoorwaarden zijn gelijkwaardig aan die van de andere inschrijvers.",
      awardedAt: "2026-11-24T09:15:00Z",
    },
    approvals: [
      {
        body: "Budgethouder",
        person: "Budgethouder Zoersel",
        decision: "approved",
        at: "2026-11-26T08:12:00Z",
        comment: "Krediet beschikbaar in het meerjarenplan.",
      },
      { body: "Algemeen directeur", person: "Françoise Dierickx", decision: "approved", at: "2026-11-30T07:45:00Z" },
    ],
    approvingBody: "Algemeen directeur",
  };
}

/** The same order placed directly under the framework agreement (no mini-competition). */
export function sampleDirectOrderDocument(): OrderDocument {
  const doc = sampleOrderDocument();
  return {
    ...doc,
    orderNumber: "2026000124",
    route: {
      ...doc.route,
      kind: "framework_direct",
      legalBasis: "Art. 47 van de wet van 17 juni 2016 (aankoopcentrale, raamovereenkomst)",
      explanation: [
        "Gemeente Zoersel is toegetreden tot raamovereenkomst VVG-RO-2026-001.",
        "De raamovereenkomst legt alle voorwaarden vast: de bestelling mag rechtstreeks worden geplaatst.",
      ],
    },
    competition: undefined,
    offersConsulted: [],
    approvingBody: "College van burgemeester en schepenen",
  };
}

/** Zoersel buys three monitors as a low-value contract after comparing three offers. */
export function sampleLowValueOrderDocument(): OrderDocument {
  const lines = sampleLines([
    {
      description: "Philips 27E1N5600AE – 27″ QHD-monitor met USB-C (65 W) en in hoogte verstelbare voet",
      manufacturer: "Philips",
      partNumber: "27E1N5600AE/00",
      gtin: gtin13("871234567890"),
      unspsc: "43211902",
      sellersItemId: "KC-PH27QHD",
      quantity: 3,
      unitPriceCents: 23_900,
      vatRate: 21,
    },
    {
      description: "HDMI 2.1-kabel, 2 m",
      gtin: gtin13("871234567891"),
      sellersItemId: "KC-HDMI2M",
      quantity: 3,
      unitPriceCents: 995,
      vatRate: 21,
    },
  ]);
  const totals = sampleTotals(lines);
  return {
    orderNumber: "2026000131",
    portalReference: "VVG-BST-2026-00057",
    issueDate: "2026-12-02",
    currency: "EUR",
    buyer: { ...ZOERSEL },
    supplier: { ...KEMPEN_COMPUTERS },
    delivery: { address: "Sociaal Huis Zoersel, Handelslei 167, 2980 Zoersel", requestedDate: "2026-12-09" },
    budgetCode: "AC000123 / 0119-00 / 2420000",
    route: {
      kind: "low_value",
      legalBasis: "Art. 92 van de wet van 17 juni 2016 (opdracht van beperkte waarde, aanvaarde factuur)",
      explanation: [
        "Voor deze producten is er geen raamovereenkomst waartoe Gemeente Zoersel is toegetreden.",
        "Deze bestelling en wat dit jaar al bij Kempen Computers BV in dezelfde categorie werd besteld, blijven samen onder de drempel voor een opdracht van beperkte waarde.",
      ],
      figures: [
        { label: "Drempel opdracht van beperkte waarde", value: "€ 30.000,00" },
        { label: "Deze bestelling", value: "€ 746,85" },
        { label: "Dit jaar al besteld (beeldschermen, Kempen Computers BV)", value: "€ 4.180,00" },
        { label: "Samen", value: "€ 4.926,85" },
      ],
      warnings: [
        "In de voorbije 90 dagen werden al beeldschermen besteld bij dezelfde leverancier. Een opdracht opsplitsen om onder de drempel te blijven is verboden.",
      ],
    },
    lines,
    totals,
    offersConsulted: [
      { supplier: "Kempen Computers BV", totalCents: totals.exclCents, leadTimeDays: 3, chosen: true },
      {
        supplier: "Vlaamse Hardware Partners BV",
        totalCents: 79_200,
        leadTimeDays: 21,
        chosen: false,
        note: "Levering pas na drie weken.",
      },
      {
        supplier: "Webwinkel (prijsvergelijking)",
        totalCents: 76_740,
        chosen: false,
        note: "Prijs op de website vergeleken op 25 november 2026.",
      },
    ],
    approvals: [{ body: "Budgethouder", person: "Budgethouder Zoersel", decision: "approved", at: "2026-12-02T10:30:00Z" }],
    approvingBody: "Budgethouder",
  };
}

/** The framework sample with `count` lines (for page breaks): the four products repeated. */
export function sampleOrderDocumentWithLines(count: number): OrderDocument {
  const base = sampleOrderDocument();
  const products = [LAPTOP, DOCK, BAG, IMAGING];
  const lines = sampleLines(
    Array.from({ length: count }, (_, i) => {
      const product = products[i % products.length]!;
      return { ...product, quantity: 1 + (i % 5), description: `${product.description} (levering ${Math.floor(i / 4) + 1})` };
    }),
  );
  const totals = sampleTotals(lines);
  return {
    ...base,
    lines,
    totals,
    offersConsulted: base.offersConsulted.map((offer) => (offer.chosen ? { ...offer, totalCents: totals.exclCents } : offer)),
  };
}
