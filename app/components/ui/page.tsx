import type { ReactNode } from "react";
import { useI18n } from "../../i18n/use-i18n.ts";
import type { Locale } from "../../i18n/index.ts";

/** A page whose long text is written out per language (legal and help pages). */
export function LocalisedPage({ content }: { content: Record<Locale, () => ReactNode> }) {
  const { locale } = useI18n();
  const Content = content[locale];
  return <div className="vvg-prose">{Content()}</div>;
}
