import { useI18n } from "../../i18n/use-i18n.ts";

export type SpecLike = {
  labelNl: string;
  labelEn: string;
  unit: string | null;
  type: "number" | "text" | "boolean" | "enum";
};

/** Formats specification values and labels in the page's language ("16 GB", "Ja", "3 jaar"). */
export function useSpecFormat() {
  const { t, tn, locale, formatNumber } = useI18n();
  const label = (spec: Pick<SpecLike, "labelNl" | "labelEn">) => (locale === "en" ? spec.labelEn : spec.labelNl);
  const value = (spec: Pick<SpecLike, "unit" | "type">, raw: string | number | boolean | null | undefined): string => {
    if (raw === null || raw === undefined || raw === "") return t("catalogue.spec.none");
    if (typeof raw === "boolean") return raw ? t("catalogue.yes") : t("catalogue.no");
    if (typeof raw === "number") {
      if (spec.unit === "jaar") return tn("catalogue.unit.years", raw, { count: formatNumber(raw) });
      return spec.unit ? `${formatNumber(raw)} ${spec.unit}` : formatNumber(raw);
    }
    return raw;
  };
  return { label, value };
}

/** A category's name in the page's language. */
export function useCategoryName() {
  const { locale } = useI18n();
  return (category: { nameNl: string; nameEn: string }) => (locale === "en" ? category.nameEn : category.nameNl);
}
