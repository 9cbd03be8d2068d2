import { describe, expect, it } from "vitest";
import { adjacent } from "./region-geography.server.ts";
import { DEFAULT_SHARING_RULES, planSharedPosts, type SharingCandidate, stillViable } from "./shared-posts-plan.server.ts";

// Zoersel, Malle and Zandhoven border each other; Gent is far away.
const ZOERSEL = "11055";
const MALLE = "11057";
const ZANDHOVEN = "11054";
const GENT = "44021";
const SECURITY = 12;
const DEVELOPER = 6;

let n = 0;
function candidate(overrides: Partial<SharingCandidate>): SharingCandidate {
  n += 1;
  return {
    vacancyId: `v${String(n).padStart(3, "0")}`,
    organisationId: `org-${n}`,
    nis: ZOERSEL,
    roleProfileId: SECURITY,
    ftePercent: 40,
    publishedAt: new Date(Date.UTC(2026, 0, n)),
    ...overrides,
  };
}

describe("planSharedPosts", () => {
  it("proposes one post for three neighbours with 0.3–0.5 FTE each for the same role", () => {
    const list = [
      candidate({ organisationId: "zoersel", nis: ZOERSEL, ftePercent: 40 }),
      candidate({ organisationId: "malle", nis: MALLE, ftePercent: 30 }),
      candidate({ organisationId: "zandhoven", nis: ZANDHOVEN, ftePercent: 30 }),
    ];
    const plans = planSharedPosts(list, DEFAULT_SHARING_RULES, adjacent);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.roleProfileId).toBe(SECURITY);
    expect(plans[0]!.totalPercent).toBe(100);
    expect(plans[0]!.members.map((m) => m.organisationId).sort()).toEqual(["malle", "zandhoven", "zoersel"]);
  });

  it("needs two organisations that border each other", () => {
    const far = planSharedPosts(
      [
        candidate({ organisationId: "a", nis: ZOERSEL, ftePercent: 50 }),
        candidate({ organisationId: "b", nis: GENT, ftePercent: 50 }),
      ],
      DEFAULT_SHARING_RULES,
      adjacent,
    );
    expect(far).toEqual([]);
    // One organisation with two small vacancies is not a shared post.
    const alone = planSharedPosts(
      [candidate({ organisationId: "a", ftePercent: 50 }), candidate({ organisationId: "a", ftePercent: 50 })],
      DEFAULT_SHARING_RULES,
      adjacent,
    );
    expect(alone).toEqual([]);
    // Two bodies in the same municipality (gemeente and OCMW) do count as neighbours.
    const same = planSharedPosts(
      [candidate({ organisationId: "gemeente", ftePercent: 50 }), candidate({ organisationId: "ocmw", ftePercent: 40 })],
      DEFAULT_SHARING_RULES,
      adjacent,
    );
    expect(same).toHaveLength(1);
  });

  it("respects the maximum per vacancy and the minimum together", () => {
    const tooLarge = planSharedPosts(
      [candidate({ organisationId: "a", ftePercent: 70 }), candidate({ organisationId: "b", nis: MALLE, ftePercent: 30 })],
      DEFAULT_SHARING_RULES,
      adjacent,
    );
    expect(tooLarge).toEqual([]);
    const tooSmall = planSharedPosts(
      [candidate({ organisationId: "a", ftePercent: 30 }), candidate({ organisationId: "b", nis: MALLE, ftePercent: 40 })],
      DEFAULT_SHARING_RULES,
      adjacent,
    );
    expect(tooSmall).toEqual([]);
    // With other thresholds set by the portal admin, the same pair qualifies.
    const configured = planSharedPosts(
      [candidate({ organisationId: "a", ftePercent: 30 }), candidate({ organisationId: "b", nis: MALLE, ftePercent: 40 })],
      { maxFtePercent: 50, minTotalPercent: 70 },
      adjacent,
    );
    expect(configured).toHaveLength(1);
    expect(configured[0]!.totalPercent).toBe(70);
  });

  it("never makes a post larger than full time: more demand becomes a second group or stays out", () => {
    const list = [
      candidate({ organisationId: "zoersel", nis: ZOERSEL, ftePercent: 50 }),
      candidate({ organisationId: "malle", nis: MALLE, ftePercent: 50 }),
      candidate({ organisationId: "zandhoven", nis: ZANDHOVEN, ftePercent: 50 }),
      candidate({ organisationId: "brecht", nis: "11009", ftePercent: 40 }),
    ];
    const plans = planSharedPosts(list, DEFAULT_SHARING_RULES, adjacent);
    expect(plans.length).toBe(2);
    for (const plan of plans) expect(plan.totalPercent).toBeLessThanOrEqual(100);
    const used = plans.flatMap((p) => p.members.map((m) => m.organisationId));
    expect(new Set(used).size).toBe(used.length);
  });

  it("keeps role profiles apart and takes one vacancy per organisation (the oldest)", () => {
    const older = candidate({ organisationId: "zoersel", nis: ZOERSEL, ftePercent: 40, publishedAt: new Date("2026-01-01") });
    const newer = candidate({ organisationId: "zoersel", nis: ZOERSEL, ftePercent: 50, publishedAt: new Date("2026-02-01") });
    const developer = candidate({ organisationId: "malle", nis: MALLE, ftePercent: 50, roleProfileId: DEVELOPER });
    const security = candidate({ organisationId: "malle", nis: MALLE, ftePercent: 40 });
    const plans = planSharedPosts([newer, developer, older, security], DEFAULT_SHARING_RULES, adjacent);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.members.map((m) => m.vacancyId).sort()).toEqual([older.vacancyId, security.vacancyId].sort());
  });

  it("says whether what remains of a proposal is still a shared post", () => {
    expect(
      stillViable(
        [
          { organisationId: "a", ftePercent: 40 },
          { organisationId: "b", ftePercent: 40 },
        ],
        DEFAULT_SHARING_RULES,
      ),
    ).toBe(true);
    expect(stillViable([{ organisationId: "a", ftePercent: 60 }], DEFAULT_SHARING_RULES)).toBe(false);
    expect(
      stillViable(
        [
          { organisationId: "a", ftePercent: 30 },
          { organisationId: "b", ftePercent: 30 },
        ],
        DEFAULT_SHARING_RULES,
      ),
    ).toBe(false);
  });
});
