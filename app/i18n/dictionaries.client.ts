// In the browser, only the page's language is downloaded (about half of all messages), before
// the page hydrates (app/entry.client.tsx). Switching language reloads the document.
import type { MessageKey } from "./nl.ts";

type Dictionary = Record<MessageKey, string>;

export const dictionaries: Partial<Record<"nl" | "en", Dictionary>> = {};

export async function loadDictionary(locale: "nl" | "en"): Promise<void> {
  if (dictionaries[locale]) return;
  dictionaries[locale] = locale === "en" ? (await import("./en.ts")).en : (await import("./nl.ts")).nl;
}
