import { createCookie, redirect, type Cookie } from "react-router";
import { DEFAULT_LOCALE, isLocale, type Locale, type MessageKey } from "./i18n/index.ts";
import { getRuntime } from "./runtime.server.ts";

type Cookies = { locale: Cookie; flash: Cookie };
let cookies: Cookies | undefined;

function getCookies(): Cookies {
  if (cookies) return cookies;
  const { config } = getRuntime();
  const secure = config.behindHttps;
  cookies = {
    locale: createCookie("vvg_lang", { path: "/", sameSite: "lax", httpOnly: true, secure, maxAge: 60 * 60 * 24 * 365 }),
    flash: createCookie("vvg_flash", { path: "/", sameSite: "lax", httpOnly: true, secure, secrets: [config.sessionSecret] }),
  };
  return cookies;
}

export async function getLocale(request: Request): Promise<Locale> {
  const value = await getCookies().locale.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function serializeLocale(locale: Locale): Promise<string> {
  return getCookies().locale.serialize(locale);
}

export type FlashKind = "ok" | "info" | "warning" | "error";
/** A flash message is stored as a message key so it is shown in the language of the next page. */
export type Flash = { kind: FlashKind; key: MessageKey; vars?: Record<string, string | number> };

export async function serializeFlash(flash: Flash): Promise<string> {
  return getCookies().flash.serialize(flash);
}

/** Reads the flash message of this request, with the header that clears it. */
export async function readFlash(request: Request): Promise<{ flash: Flash | null; clear?: string }> {
  const value = (await getCookies().flash.parse(request.headers.get("Cookie"))) as Flash | null;
  if (!value || typeof value !== "object" || typeof value.key !== "string") return { flash: null };
  return { flash: value, clear: await getCookies().flash.serialize("", { maxAge: 0 }) };
}

/** Redirects and shows a message on the next page; works without JavaScript. */
export async function redirectWithFlash(url: string, flash: Flash, init: ResponseInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await serializeFlash(flash));
  return redirect(url, { ...init, headers });
}

/** Only same-site relative paths are followed, so a form can never send the user elsewhere. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
