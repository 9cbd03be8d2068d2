// Both languages' messages, for the server (and tests). The browser gets
// dictionaries.client.ts instead (see vite.config.ts): it downloads only the page's language.
import { en } from "./en.ts";
import { type MessageKey, nl } from "./nl.ts";

type Dictionary = Record<MessageKey, string>;

export const dictionaries: Partial<Record<"nl" | "en", Dictionary>> = { nl, en };

/** Nothing to load on the server: both languages are already here. */
export async function loadDictionary(_locale: "nl" | "en"): Promise<void> {}
