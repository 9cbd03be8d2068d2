// The talent module's public face (server side): NoITS — e-CF reference data, vacancies,
// profiles, explainable matching, contact with consent and saved searches. Client-safe parts
// (constants, form schemas) are in shared.ts.
export {
  loadEcf,
  syncEcf,
  competenceSpans,
  listRoleProfiles,
  setRoleProfileCompetences,
  type Ecf,
  type EcfCompetence,
  type RoleProfile,
} from "./ecf.server.ts";
export {
  createVacancy,
  updateVacancy,
  setVacancyStatus,
  getVacancyOf,
  listVacanciesOf,
  getPublicVacancy,
  listOpenVacancies,
  vacanciesByIds,
  type Vacancy,
  type OpenVacancyQuery,
} from "./vacancies.server.ts";
export {
  getOwnProfile,
  suggestedHiding,
  saveProfile,
  confirmProfile,
  exportProfile,
  eraseProfile,
  getProfileForOrganisation,
  expireInactiveProfiles,
  expiryOf,
  type OwnProfile,
  type AnonymousProfile,
} from "./profiles.server.ts";
export {
  explainMatch,
  isMatch,
  countMatchingProfiles,
  rankProfileIds,
  rankProfilesForDemand,
  rankingQuery,
  WEIGHTS,
  MATCH_THRESHOLD,
  type Demand,
  type Supply,
  type RankedProfile,
} from "./matching.server.ts";
export {
  requestContact,
  decideContact,
  postMessage,
  getContact,
  listContactsForProfessional,
  listContactsForOrganisation,
  type ContactThread,
  type ContactSummary,
  type ContactViewer,
} from "./contacts.server.ts";
export {
  listSavedSearches,
  createSavedSearch,
  deleteSavedSearch,
  runSavedSearch,
  sendSavedSearchDigests,
  MAX_SAVED_SEARCHES,
  type SavedSearch,
} from "./searches.server.ts";
export {
  demandOf,
  competenceChoices,
  placeChoices,
  hideableChoices,
  vacancyMatches,
  matchesForPerson,
  profileForHr,
  hasProfile,
} from "./pages.server.ts";
export { apiListVacancies, apiVacancy, talentApiPart, ApiVacancy, ApiVacancyList } from "./public-api.server.ts";
export { talentRecurringJobs, EXPIRE_PROFILES_JOB, SAVED_SEARCH_DIGEST_JOB } from "./jobs.server.ts";
export { distanceKm, municipalityByNis } from "./places.server.ts";
export { todayInBrussels, isUuid } from "./util.server.ts";
export {
  regionalDemand,
  regionQueryFrom,
  municipalityChoices,
  REGION_SCOPES,
  RADIUS_CHOICES_KM,
  DEFAULT_RADIUS_KM,
  type RegionalDemand,
  type RegionQuery,
  type RegionScope,
  type RegionScopeKind,
} from "./region.server.ts";
export {
  detectSharedPosts,
  queueSharedPostDetection,
  createSharedPostJobHandler,
  sharedPostRecurringJob,
  answerSharedPost,
  listSharedPostsOf,
  getSharedPostFor,
  sharedPostCounts,
  sharingRules,
  saveSharingRules,
  sharingRulesSchema,
  sharedPostAnswerSchema,
  SHARED_POST_JOB,
  SHARED_POST_ROUTES,
  SHARED_POST_ANSWERS,
  type SharedPostView,
  type SharedPostMemberView,
  type SharedPostRoute,
  type SharedPostStatus,
} from "./shared-posts.server.ts";
export { DEFAULT_SHARING_RULES, type SharingRules } from "./shared-posts-plan.server.ts";
