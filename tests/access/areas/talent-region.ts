import type { AccessTable } from "../access.ts";

/**
 * NoITS regional view and shared posts: HR of the active organisation (talent.manage_vacancies;
 * the same roles hold talent.search_profiles). A proposal is an item of the organisations in it:
 * an unknown id (or another organisation's proposal) is 404 for HR.
 */
export const talentRegionAccess: AccessTable = {
  "routes/noits-region.tsx": { permission: "talent.manage_vacancies" },
  "routes/noits-shared-posts.tsx": { permission: "talent.manage_vacancies" },
  "routes/noits-shared-post.tsx": { permission: "talent.manage_vacancies", item: true },
  "routes/noits-shared-post-settings.tsx": "admin",
};
