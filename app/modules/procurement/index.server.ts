// The procurement module's public face (server side): Buy IT Public's catalogue, search and
// framework agreements. Client-safe parts (constants, GTIN check, query schema) are in shared.ts.
export {
  syncCategories,
  listCategories,
  upsertProducts,
  upsertOffers,
  rebuildSearchTerms,
  refreshDueOfferSummaries,
  getProduct,
  WRITE_BATCH_SIZE,
  type Category,
  type ProductOffer,
  type ProductWriteResult,
  type OfferWriteCounts,
  type WriteStatus,
} from "./catalogue.server.ts";
export {
  CATEGORY_DEFINITIONS,
  SEARCH_SYNONYMS,
  PROCESSORS,
  type CategoryDefinition,
  type AttributeDefinition,
} from "./categories.ts";
export {
  createFramework,
  recordAccession,
  hasJoinedFramework,
  listFrameworks,
  getFramework,
  type FrameworkSummary,
} from "./frameworks.server.ts";
export {
  listFrameworkRegister,
  createFrameworkEntry,
  updateFramework,
  addLot,
  setLotSuppliers,
  setUsedValue,
  listApprovedSuppliers,
  mayJoinFor,
  joinFramework,
  accessionOf,
  listAccessionsOf,
  todayInBrussels,
  frameworkFacts,
  type AdminFailure,
} from "./framework-admin.server.ts";
export { catalogueIndexStats, catalogueVersion } from "./catalogue-index.server.ts";
export {
  type CachedPage,
  acceptsGzip,
  fillTemplate,
  gzipTemplate,
  searchPageCache,
  toTemplate,
} from "./search-page-cache.server.ts";
export {
  searchProducts,
  BRAND_FACET_LIMIT,
  type SearchResult,
  type SearchItem,
  type SearchFacets,
  type FacetValue,
} from "./search.server.ts";
export {
  searchCataloguePage,
  productPage,
  compareProducts,
  compareIdsFrom,
  keySpecsOf,
  searchParamsOfPage,
  MAX_COMPARE,
  type LabelledSpec,
  type CompareRow,
} from "./catalogue-pages.server.ts";
export {
  apiSearchProducts,
  apiGetProduct,
  apiListFrameworks,
  parseProductListParams,
  procurementApiPart,
  ApiProductList,
  ApiProductDetail,
  ApiFrameworkList,
} from "./public-api.server.ts";
export {
  IMPORT_JOB,
  createImport,
  getImport,
  listImports,
  startValidation,
  startApply,
  cancelImport,
  validateImport,
  applyImport,
  applyRecords,
  createImportJobHandler,
  type ImportView,
} from "./import-jobs.server.ts";
export {
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  MAPPING_TARGETS,
  MAX_IMPORT_BYTES,
  SPEC_ATTRIBUTES,
  guessMapping,
  type RowError,
} from "./import-rows.server.ts";
export {
  listSupplierOffers,
  getSupplierOffer,
  listSupplierLots,
  saveSupplierOffer,
  updateSupplierOffer,
  withdrawSupplierOffer,
  OFFERS_PAGE_SIZE,
  type SupplierOffer,
} from "./offers-admin.server.ts";
export { activeApiToken, createApiToken, revokeApiTokens, supplierForToken } from "./api-keys.server.ts";
export { offersForOrdering, adjustFrameworkUsage, findOfferIds, type OrderableOffer } from "./ordering-support.server.ts";
