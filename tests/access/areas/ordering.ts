import type { AccessTable } from "../access.ts";

/** Routes of Buy IT Public ordering (cart, orders, approval, spend, thresholds, suppliers' orders). */
export const orderingAccess: AccessTable = {
  "routes/ordering-cart.tsx": { permission: "procurement.buy" },
  "routes/ordering-orders.tsx": { permission: "procurement.view_orders" },
  "routes/ordering-order.tsx": { permission: "procurement.view_orders", item: true },
  "routes/ordering-order-file.tsx": { permission: "procurement.view_orders", item: true },
  "routes/ordering-approvals.tsx": { permission: "procurement.approve" },
  "routes/ordering-spend.tsx": { permission: "procurement.view_orders" },
  "routes/ordering-spend-xlsx.tsx": { permission: "procurement.view_orders" },
  "routes/ordering-spend-csv.tsx": { permission: "procurement.view_orders" },
  "routes/organisation-approval.tsx": "org-admin",
  "routes/admin-thresholds.tsx": "admin",
  "routes/supplier-orders.tsx": "supplier",
  "routes/supplier-order.tsx": "supplier-item",
  "routes/supplier-order-file.tsx": "supplier-item",
  "routes/notifications.tsx": "account",
};
