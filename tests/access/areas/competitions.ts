import type { AccessTable } from "../access.ts";

/** Routes of quote requests and mini-competitions (Buy IT Public 2/2). */
export const competitionsAccess: AccessTable = {
  "routes/competition-list.tsx": { permission: "procurement.buy" },
  "routes/quote-new.tsx": { permission: "procurement.buy" },
  "routes/quote-request.tsx": { permission: "procurement.buy", item: true },
  "routes/competition-new.tsx": { permission: "procurement.buy" },
  "routes/competition.tsx": { permission: "procurement.buy", item: true },
  "routes/supplier-competition-list.tsx": { permission: "supplier.handle_orders" },
  "routes/supplier-competition.tsx": { permission: "supplier.handle_orders", item: true },
};
