import { data, redirect } from "react-router";
import type { Route } from "./+types/language";
import { safeRedirectPath, serializeFlash, serializeLocale } from "../cookies.server.ts";
import { isLocale } from "../i18n/index.ts";

/** The language switch posts here; the choice is kept in a cookie across pages. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  if (!isLocale(locale)) throw data(null, { status: 400 });
  const headers = new Headers();
  headers.append("Set-Cookie", await serializeLocale(locale));
  headers.append("Set-Cookie", await serializeFlash({ kind: "ok", key: "flash.languageChanged" }));
  return redirect(safeRedirectPath(form.get("redirectTo")), { headers });
}

export function loader() {
  return redirect("/");
}
