// The demo accounts seeded on a non-production database (db/seed/identity.ts) and listed on the
// login page in demo mode and in the README. Plain data, safe for the browser.

export const DEMO_PASSWORD = "VlaVirGem-demo-2026";

export type DemoAccount = {
  email: string;
  name: string;
  /** Role keys per organisation NIS code or supplier name; empty for people without organisation. */
  memberships: { organisation: string; roles: string[] }[];
  portalAdmin?: boolean;
  description: { nl: string; en: string };
};

const municipal = (slug: string, nis: string, town: string): DemoAccount[] =>
  (
    [
      ["beheerder", "Beheerder", "Administrator"],
      ["aankoper", "Aankoper", "Buyer"],
      ["budgethouder", "Budgethouder", "Budget holder"],
      ["hr", "HR-verantwoordelijke", "HR officer"],
      ["opleidingsverantwoordelijke", "Opleidingsverantwoordelijke", "Training manager"],
      ["ict_coordinator", "ICT-coördinator", "IT coordinator"],
      ["informatieveiligheidsconsulent", "Informatieveiligheidsconsulent", "Information security officer"],
    ] as const
  ).map(([role, nl, en]) => ({
    email: `${role.replace("_", "-")}.${slug}@demo.vlavirgem.be`,
    name: `${nl} ${town}`,
    memberships: [{ organisation: nis, roles: role === "beheerder" ? ["beheerder", "medewerker"] : [role, "medewerker"] }],
    description: { nl: `${nl} van ${town}`, en: `${en} of ${town}` },
  }));

export const DEMO_SUPPLIER = {
  name: "Demo IT Supplies NV",
  enterpriseNumber: "0403123486",
  street: "Kunstlaan 1",
  postalCode: "1000",
  city: "Brussel",
};

export const DEMO_PENDING_SUPPLIER = {
  name: "Wachtende Leverancier BV",
  enterpriseNumber: "0712345630",
  street: "Veldstraat 10",
  postalCode: "9000",
  city: "Gent",
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "admin@demo.vlavirgem.be",
    name: "Portaalbeheerder",
    memberships: [],
    portalAdmin: true,
    description: { nl: "Portaalbeheerder (beheerconsole)", en: "Portal administrator (admin console)" },
  },
  ...municipal("zoersel", "11055", "Zoersel"),
  ...municipal("bkz", "46030", "Beveren-Kruibeke-Zwijndrecht"),
  {
    email: "beheerder@demo-it-supplies.be",
    name: "Beheerder Demo IT Supplies",
    memberships: [{ organisation: DEMO_SUPPLIER.name, roles: ["beheerder"] }],
    description: { nl: "Beheerder van een goedgekeurde leverancier", en: "Administrator of an approved supplier" },
  },
  {
    email: "verkoper@demo-it-supplies.be",
    name: "Verkoper Demo IT Supplies",
    memberships: [{ organisation: DEMO_SUPPLIER.name, roles: ["verkoper"] }],
    description: { nl: "Verkoper van een goedgekeurde leverancier", en: "Salesperson of an approved supplier" },
  },
  {
    email: "it-professional@demo.vlavirgem.be",
    name: "Sam IT-professional",
    memberships: [],
    description: { nl: "IT-professional zonder organisatie", en: "IT professional without organisation" },
  },
  {
    email: "gedeeld@demo.vlavirgem.be",
    name: "Gedeelde ICT-medewerker",
    memberships: [
      { organisation: "11055", roles: ["ict_coordinator", "medewerker"] },
      { organisation: "11054", roles: ["ict_coordinator", "medewerker"] },
    ],
    description: { nl: "Gedeelde medewerker van Zoersel en Zandhoven", en: "Shared employee of Zoersel and Zandhoven" },
  },
];

/** Someone waiting for Zoersel's admin to approve their request. */
export const DEMO_APPLICANT = { email: "aanvrager@demo.vlavirgem.be", name: "Nieuwe Medewerker", organisation: "11055" };
