import type { AccessTable } from "../access.ts";

/** NoITS (talent): vacancies, profiles, matching, contact, saved searches. */
export const talentAccess: AccessTable = {
  "routes/noits.tsx": "public",
  "routes/noits-competences.tsx": "public",
  "routes/noits-role-profiles.tsx": "public",
  "routes/noits-vacancies.tsx": "public",
  "routes/noits-vacancy.tsx": "missing-item",
  "routes/noits-manage-vacancies.tsx": { permission: "talent.manage_vacancies" },
  "routes/noits-manage-vacancy-new.tsx": { permission: "talent.manage_vacancies" },
  "routes/noits-manage-vacancy.tsx": { permission: "talent.manage_vacancies", item: true },
  "routes/noits-profile-view.tsx": { permission: "talent.search_profiles", item: true },
  "routes/noits-my-profile.tsx": "account",
  "routes/noits-my-profile-export.tsx": "download",
  "routes/noits-my-matches.tsx": "account",
  "routes/noits-contacts.tsx": "account",
  "routes/noits-contact.tsx": "account-item",
  "routes/noits-saved-searches.tsx": "account",
  "routes/admin-noits-role-profiles.tsx": "admin",
  "routes/api-vacancies.tsx": "public",
};
