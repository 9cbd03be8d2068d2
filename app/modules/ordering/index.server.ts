// The ordering module's public face (server side): Buy IT Public's cart, legal check, orders,
// approvals, supplier answers, notifications, documents and spend reports. Client-safe parts
// (statuses, form schemas, the PO number format) are in shared.ts.
export type { OrderActor, Failure } from "./common.server.ts";
export {
  buildCart,
  cartLineCount,
  addToCart,
  setCartQuantity,
  removeCartLine,
  acceptCurrentPrices,
  newIdempotencyKey,
  submitCart,
  type CartView,
  type CartGroup,
  type CartLineView,
  type SubmitResult,
} from "./cart.server.ts";
export { legalCheck, thresholdOn, findingText, type LegalCheck, type Finding, type Threshold } from "./legal-check.ts";
export {
  listThresholds,
  thresholdsForCheck,
  addThreshold,
  seedThresholds,
  thresholdInForce,
  REFERENCE_THRESHOLDS,
  type ThresholdRow,
} from "./thresholds.server.ts";
export {
  listApprovalRules,
  approvingBodyFor,
  addApprovalRule,
  removeApprovalRule,
  listBudgetCodes,
  addBudgetCode,
  setBudgetCodeActive,
  listDelegations,
  addDelegation,
  revokeDelegation,
  activeDelegation,
  orderingSettingsOf,
  saveOrderingSettings,
  delegateCandidates,
  FALLBACK_BODY,
} from "./approval-rules.server.ts";
export {
  decideOrder,
  changeOrderQuantity,
  cancelOrder,
  confirmDelivery,
  answerOrder,
  supplierProgress,
  listOrders,
  listPendingApprovals,
  listSupplierOrders,
  orderDetail,
  issuePoNumber,
  sendApprovalReminders,
  createApprovalReminderHandler,
  enqueueApprovalReminders,
  APPROVAL_REMINDER_JOB,
  type OrderListItem,
  type SupplierAnswer,
} from "./orders.server.ts";
export { notify, listNotifications, unreadNotificationCount, markNotificationsRead } from "./notifications.server.ts";
export { orderDocument } from "./order-document.server.ts";
export { spendReport, spendLines, spendCsv, spendXlsx, type SpendLine } from "./spend.server.ts";
export { answerFromUbl } from "./ubl-answer.server.ts";
export { renderDocument, type OrderFile, ORDER_FILES } from "./order-files.server.ts";
// Quote requests and mini-competitions (competitions*.server.ts).
export {
  listCompetitionLots,
  listQuoteSuppliers,
  createCompetition,
  listCompetitionsForBuyer,
  getCompetitionForBuyer,
  listCompetitionsForSupplier,
  getCompetitionForSupplier,
  submitAnswer,
  scoreAnswers,
  awardCompetition,
  cancelCompetition,
  buyerPath as competitionBuyerPath,
  type CompetitionLot,
  type CompetitionSummary,
  type BuyerCompetition,
  type SupplierCompetition,
} from "./competitions.server.ts";
export { readRequestForm, readAnswerForm, readScoresForm, lineRowCount, centsToEuroText } from "./competitions-forms.server.ts";
export { orderFromCompetition, competitionReportForOrder, competitionDocumentParts } from "./competitions-order.server.ts";
export { cartLinesForLot, competitionFormDefaults, requestCategories } from "./competitions-pages.server.ts";
export { seedApprovalSetup, createDemoOrder } from "./demo.server.ts";
