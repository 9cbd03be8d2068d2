import type { Db } from "../../app/db/client.server.ts";
import { DEMO_SUPPLIER } from "../../app/demo-accounts.ts";
import { findByNisCode, listOrganisationsForAdmin } from "../../app/modules/identity/index.server.ts";
import { defaultPeppolId, isValidEnterpriseNumber, vatNumberOf } from "../../app/modules/identity/shared.ts";
import { recordAccession, syncCategories } from "../../app/modules/procurement/index.server.ts";
import { createOrganisation } from "../../tests/factories/identity.ts";
import { createFramework, enterpriseNumberFrom } from "../../tests/factories/procurement.ts";
import { generateCatalogue, loadCatalogue } from "./procurement-catalogue.ts";

/** Product categories, their attributes and search synonyms: reference data, every environment. */
export async function seedProcurementReference(db: Db): Promise<void> {
  await syncCategories(db);
}

/** Suppliers created for the demo besides Demo IT Supplies NV (db/seed/identity.ts). */
export const DEMO_CATALOGUE_SUPPLIERS = [
  {
    name: "Vlaamse Hardware Partners BV",
    enterpriseNumber: enterpriseNumberFrom(6_512_347),
    street: "Industrieweg 12",
    postalCode: "2200",
    city: "Herentals",
  },
  {
    name: "ICT Distributie Limburg NV",
    enterpriseNumber: enterpriseNumberFrom(7_823_410),
    street: "Kempische Steenweg 303",
    postalCode: "3500",
    city: "Hasselt",
  },
  {
    name: "Kempen Computers BV",
    enterpriseNumber: enterpriseNumberFrom(5_498_216),
    street: "Handelslei 4",
    postalCode: "2980",
    city: "Zoersel",
  },
] as const;

export const DEMO_FRAMEWORK_REFERENCE = "VVG-RO-2026-001";
/** The demo catalogue has every category in equal shares. */
const CATEGORY_ORDER = [
  "laptop",
  "monitor",
  "docking-station",
  "desktop",
  "printer",
  "tablet",
  "smartphone",
  "network",
  "peripherals",
];
export const DEMO_CATALOGUE_SIZE = 360;
const ZOERSEL_NIS = "11055";

/**
 * The demo catalogue: three more suppliers, a framework agreement in five lots awarded to them
 * and to Demo IT Supplies NV, Zoersel's decision to join it, and a few hundred products with
 * offers. Deterministic: the same products, prices and stock on every seed.
 */
export async function seedDemoCatalogue(db: Db): Promise<void> {
  const found = await listOrganisationsForAdmin(db, { q: DEMO_SUPPLIER.enterpriseNumber, type: "leverancier" });
  const demoSupplier = found.items.find((o) => o.enterpriseNumber === DEMO_SUPPLIER.enterpriseNumber);
  if (!demoSupplier) throw new Error(`demo seed: no supplier with enterprise number ${DEMO_SUPPLIER.enterpriseNumber}`);
  const supplierIds: string[] = [demoSupplier.id];
  for (const supplier of DEMO_CATALOGUE_SUPPLIERS) {
    if (!isValidEnterpriseNumber(supplier.enterpriseNumber))
      throw new Error(`demo seed: bad enterprise number ${supplier.enterpriseNumber}`);
    const organisation = await createOrganisation(db, {
      type: "leverancier",
      name: supplier.name,
      nisCode: null,
      province: null,
      enterpriseNumber: supplier.enterpriseNumber,
      vatNumber: vatNumberOf(supplier.enterpriseNumber),
      peppolId: defaultPeppolId(supplier.enterpriseNumber),
      street: supplier.street,
      postalCode: supplier.postalCode,
      city: supplier.city,
      status: "active",
    });
    supplierIds.push(organisation.id);
  }
  const [demo, hardware, limburg, kempen] = supplierIds as [string, string, string, string];

  const lotPlan = [
    {
      number: 1,
      title: "Laptops, desktops en tablets",
      categories: ["laptop", "desktop", "tablet"],
      suppliers: [demo, hardware, limburg],
    },
    {
      number: 2,
      title: "Beeldschermen en dockingstations",
      categories: ["monitor", "docking-station"],
      suppliers: [demo, kempen],
    },
    { number: 3, title: "Printers en multifunctionele toestellen", categories: ["printer"], suppliers: [limburg, kempen] },
    { number: 4, title: "Smartphones", categories: ["smartphone"], suppliers: [hardware] },
    {
      number: 5,
      title: "Netwerk en randapparatuur",
      categories: ["network", "peripherals"],
      suppliers: [demo, hardware, kempen],
    },
  ];
  const framework = await createFramework(db, {
    reference: DEMO_FRAMEWORK_REFERENCE,
    title: "Raamovereenkomst ICT-hardware voor lokale besturen 2026–2029",
    description:
      "Levering van laptops, desktops, beeldschermen, printers, mobiele toestellen, netwerkapparatuur en randapparatuur " +
      "aan de lokale besturen die toetreden. Demogegevens.",
    centralPurchasingBody: "VlaVirGem-aankoopcentrale (demo)",
    startsOn: "2026-01-01",
    endsOn: "2029-12-31",
    maxValueCents: 2_500_000_000,
    orderMethod: "reopening",
    lots: lotPlan.map(({ number, title, suppliers }) => ({ number, title, supplierIds: suppliers })),
  });
  const lotIdByNumber = new Map(framework.lots.map((lot) => [lot.number, lot.id]));
  const lotFor = (category: string, supplierId: string) => {
    const lot = lotPlan.find((plan) => plan.categories.includes(category) && plan.suppliers.includes(supplierId));
    return lot ? lotIdByNumber.get(lot.number)! : null;
  };

  const zoersel = await findByNisCode(db, ZOERSEL_NIS);
  if (!zoersel) throw new Error(`demo seed: no municipality with NIS code ${ZOERSEL_NIS}`);
  const joined = await recordAccession(db, {
    organisationId: zoersel.organisation.id,
    frameworkId: framework.id,
    decisionBody: "college",
    decisionDate: "2026-02-09",
    decisionReference: "CBS/2026/0142",
  });
  if (!joined.ok) throw new Error(`demo seed: accession failed: ${joined.error}`);

  await loadCatalogue(
    db,
    generateCatalogue({
      seed: 2026,
      products: DEMO_CATALOGUE_SIZE,
      suppliers: supplierIds.length,
      maxOffers: 4,
      categories: CATEGORY_ORDER,
    }),
    supplierIds,
    {
      lotFor,
    },
  );
}
