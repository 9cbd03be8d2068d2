import type { MessageKey } from "./i18n/index.ts";

/** What a route tells the shell through its `handle` export. */
export type RouteHandle = {
  /** The page title (before " | VlaVirGem"). */
  title?: MessageKey;
  /** The label of this page in the breadcrumbs; routes without it are skipped. */
  breadcrumb?: MessageKey;
};
