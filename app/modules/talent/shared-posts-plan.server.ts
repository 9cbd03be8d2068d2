// Which small vacancies of neighbouring organisations could become one shared post. Pure: plain
// vacancy objects in, groups out; the database side is in shared-posts.server.ts.

/** A published vacancy that is open to sharing, with the municipality where the work is done. */
export type SharingCandidate = {
  vacancyId: string;
  organisationId: string;
  /** NIS code of the place of work. */
  nis: string;
  roleProfileId: number;
  /** FTE in hundredths (40 = 0.4 FTE). */
  ftePercent: number;
  publishedAt: Date | null;
};

export type SharingRules = {
  /** Each vacancy at most this FTE (hundredths): larger ones are jobs of their own. */
  maxFtePercent: number;
  /** The vacancies of a group together at least this FTE (hundredths). */
  minTotalPercent: number;
};

/** The portal's defaults; portal admins may change them. */
export const DEFAULT_SHARING_RULES: SharingRules = { maxFtePercent: 60, minTotalPercent: 80 };

/** One post is one person: never more than a full-time job. */
export const POST_CAPACITY_PERCENT = 100;

export type SharedPostPlan = { roleProfileId: number; members: SharingCandidate[]; totalPercent: number };

const byPublication = (a: SharingCandidate, b: SharingCandidate) =>
  (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0) || a.vacancyId.localeCompare(b.vacancyId);

/**
 * Groups the candidates into proposals. Per role profile: each organisation takes part with one
 * vacancy (its oldest); vacancies above the maximum are left out; then, largest first, each
 * vacancy joins the first group that still has room (together at most one full-time post) and in
 * which it borders (or shares the municipality of) at least one member, else it starts a group.
 * Groups of two or more organisations that reach the minimum total become proposals.
 *
 * `adjacent(a, b)` says whether two NIS codes border each other or are the same.
 */
export function planSharedPosts(
  candidates: readonly SharingCandidate[],
  rules: SharingRules,
  adjacent: (a: string, b: string) => boolean,
): SharedPostPlan[] {
  const byRole = new Map<number, SharingCandidate[]>();
  for (const candidate of candidates) {
    if (candidate.ftePercent > rules.maxFtePercent || candidate.ftePercent <= 0) continue;
    byRole.set(candidate.roleProfileId, [...(byRole.get(candidate.roleProfileId) ?? []), candidate]);
  }
  const plans: SharedPostPlan[] = [];
  for (const [roleProfileId, list] of [...byRole].sort((a, b) => a[0] - b[0])) {
    // One vacancy per organisation: the one published first.
    const perOrganisation = new Map<string, SharingCandidate>();
    for (const candidate of [...list].sort(byPublication)) {
      if (!perOrganisation.has(candidate.organisationId)) perOrganisation.set(candidate.organisationId, candidate);
    }
    const ordered = [...perOrganisation.values()].sort(
      (a, b) => b.ftePercent - a.ftePercent || a.nis.localeCompare(b.nis) || a.vacancyId.localeCompare(b.vacancyId),
    );
    const groups: { members: SharingCandidate[]; total: number }[] = [];
    for (const candidate of ordered) {
      const group = groups.find(
        (g) =>
          g.total + candidate.ftePercent <= POST_CAPACITY_PERCENT &&
          g.members.some((member) => adjacent(member.nis, candidate.nis)),
      );
      if (group) {
        group.members.push(candidate);
        group.total += candidate.ftePercent;
      } else {
        groups.push({ members: [candidate], total: candidate.ftePercent });
      }
    }
    for (const group of groups) {
      if (group.members.length >= 2 && group.total >= rules.minTotalPercent) {
        plans.push({ roleProfileId, members: group.members, totalPercent: group.total });
      }
    }
  }
  return plans;
}

/**
 * Whether the members still in a proposal (after a "no" or a withdrawn vacancy) still make a
 * shared post: two organisations or more, together at least the minimum.
 */
export function stillViable(members: readonly { organisationId: string; ftePercent: number }[], rules: SharingRules): boolean {
  const organisations = new Set(members.map((m) => m.organisationId));
  const total = members.reduce((n, m) => n + m.ftePercent, 0);
  return organisations.size >= 2 && total >= rules.minTotalPercent && total <= POST_CAPACITY_PERCENT;
}
