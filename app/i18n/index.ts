import { dictionaries } from "./dictionaries.ts";
import type { MessageKey } from "./nl.ts";

export type { MessageKey };
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

/** The messages per language that are loaded here: both on the server, the page's own in the browser. */
export const messages = dictionaries as Record<Locale, Record<MessageKey, string>>;

/** BCP 47 tags used for <html lang> and for Intl formatting. */
export const LANGUAGE_TAGS: Record<Locale, string> = { nl: "nl-BE", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export type Vars = Record<string, string | number>;

function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translator = {
  locale: Locale;
  t: (key: MessageKey, vars?: Vars) => string;
  /** Plural: picks `<base>.zero` for 0 when it exists, else `<base>.<CLDR category>`, else `<base>.other`. */
  tn: (base: string, count: number, vars?: Vars) => string;
  formatDate: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  formatDateTime: (value: Date | string | number) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatEuro: (value: number) => string;
};

const cache = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const hit = cache.get(locale);
  if (hit) return hit;
  // In the browser only the page's language is loaded; another one falls back to it.
  const loaded = messages[locale];
  const dict = loaded ?? Object.values(messages)[0] ?? ({} as Record<MessageKey, string>);
  const tag = LANGUAGE_TAGS[locale];
  const plural = new Intl.PluralRules(tag);
  const number = new Intl.NumberFormat(tag);
  const euro = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" });
  const lookup = (key: string) => (dict as Record<string, string>)[key];
  const t: Translator = {
    locale,
    t: (key, vars) => interpolate(dict[key] ?? key, vars),
    tn: (base, count, vars) => {
      const all = { count: number.format(count), ...vars };
      const template =
        (count === 0 ? lookup(`${base}.zero`) : undefined) ??
        lookup(`${base}.${plural.select(count)}`) ??
        lookup(`${base}.other`) ??
        base;
      return interpolate(template, all);
    },
    formatDate: (value, options) =>
      new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "Europe/Brussels", ...options }).format(new Date(value)),
    formatDateTime: (value) => dateTime.format(new Date(value)),
    formatNumber: (value, options) => (options ? new Intl.NumberFormat(tag, options).format(value) : number.format(value)),
    formatEuro: (value) => euro.format(value),
  };
  if (loaded) cache.set(locale, t);
  return t;
}
