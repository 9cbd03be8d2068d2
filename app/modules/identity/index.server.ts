// The identity module's public face (server side): people, accounts and sessions,
// organisations and the registry, memberships and roles. Client-safe parts are in shared.ts.
export type { IdentityContext, Failure } from "./context.ts";
export {
  registerPerson,
  resendVerification,
  verifyEmail,
  login,
  startSession,
  logout,
  requestPasswordReset,
  resetPassword,
  changePassword,
  requestEmailChange,
  confirmEmailChange,
  exportPersonData,
  erasePerson,
  findPerson,
  findPersonByEmail,
  type Person,
} from "./accounts.server.ts";
export { actorFromSession, can, membershipIn, type Actor, type ActorMembership } from "./actor.server.ts";
export { listSessions, endSession, endAllSessions, setActiveOrganisation, IDLE_SECONDS } from "./sessions.server.ts";
export { peekToken } from "./tokens.server.ts";
export {
  seedRegistry,
  listOrganisations,
  getOrganisation,
  findByNisCode,
  neighboursOf,
  registerSupplier,
  listPendingSuppliers,
  decideSupplier,
  createLocalBody,
  type Organisation,
  type OrganisationQuery,
} from "./organisations.server.ts";
export {
  membershipsOf,
  membersOf,
  hasAdmin,
  requestMembership,
  decideMembership,
  setRoles,
  endMembership,
  invite,
  peekInvitation,
  acceptInvitation,
  appointAdmin,
  requestsWithoutAdmin,
} from "./memberships.server.ts";
export { insertPerson, insertOrganisation, insertMembership, type PersonRecord } from "./records.server.ts";
export {
  loginWithExternalIdentity,
  type ExternalIdentity,
  type ExternalLoginOutcome,
  type ExternalLoginResult,
} from "./external-login.server.ts";
export {
  accountOverview,
  endOwnSession,
  endOtherSessions,
  leaveOrganisation,
  searchJoinableOrganisations,
  deleteAccount,
  exportOwnData,
  JOIN_SEARCH_MIN_LENGTH,
  type JoinableQuery,
} from "./account.server.ts";
export {
  listPeople,
  countsForDashboard,
  setPortalAdmin,
  listOrganisationsForAdmin,
  namesByIds,
  listAuditWithNames,
  auditFilterFromQuery,
  brusselsDayStart,
  ORGANISATION_STATUSES,
  type DashboardCounts,
  type AuditQueryValues,
} from "./admin.server.ts";
export {
  REGISTRY_PAGE_SIZE,
  registryFilterFrom,
  browseRegistry,
  organisationFacts,
  apiListOrganisations,
  apiGetOrganisation,
  buildOpenApiDocument,
  organisationsApiPart,
  type OpenApiPart,
  type ApiResult,
  apiError,
  emptyToUndefined,
  integerParam,
  openApiSchemas,
} from "./registry.server.ts";
