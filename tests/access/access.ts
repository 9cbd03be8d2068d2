// Who may see each route. The kinds of access the role × route × organisation test knows, and
// the table per area of the portal (tests/access/areas/<area>.ts), merged here.
import type { Permission } from "../../app/modules/identity/shared.ts";

export type Access =
  | "public" // anyone, 200
  | "guest" // anonymous 200; logged in → redirected away
  | "account" // logged in 200, anonymous → login
  | "admin" // portal admins only
  | "org-admin" // members with organisation.manage_members in the organisation of :id
  | "token" // single-use link pages: an unknown token → 404 for everyone
  | "post-only" // GET redirects; the work is done by POST
  | "download" // logged in 200 with a file of their own, anonymous → login
  | "admin-download"
  | "not-found"
  | "missing-item" // a page about one item, given an id that is no such item: 404 for everyone
  | "supplier" // members of an approved supplier with supplier.manage_catalogue; others 403
  | "supplier-item" // one item of the supplier's own, given someone else's id: 404 for suppliers
  | "post-api" // a JSON API that only takes POST: GET answers 405
  | "account-item" // one item of the logged-in person's own, given an id that is no such item: 404; anonymous → login
  | "admin-item" // an editor's page about one item (portal admins; e-learning authors), given an unknown id: 404 for portal admins, 403 for others, anonymous → login
  /**
   * Members whose roles in their active organisation grant this permission: 200; other logged-in
   * people 403; anonymous → login.
   */
  | { permission: Permission }
  /** Like `permission`, for a page about one item given an id that is no such item: 404 / 403 / login. */
  | { permission: Permission; item: true };

export type AccessTable = Record<string, Access>;
