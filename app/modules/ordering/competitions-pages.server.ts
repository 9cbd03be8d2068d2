// What the request forms start from: the cart lines of a lot (the cart sends the buyer here when
// the legal check asks for a mini-competition), the product categories and a default deadline.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import type { Locale } from "../../i18n/index.ts";
import { listCategories, offersForOrdering, todayInBrussels } from "../procurement/index.server.ts";
import { isUuid, MAX_LINES } from "./competitions-forms.server.ts";
import { cartLines } from "./schema.ts";

/** The organisation's cart lines whose offer lies in the lot, as request lines. */
export async function cartLinesForLot(db: Db, organisationId: string, lotId: string) {
  if (!isUuid(organisationId) || !isUuid(lotId)) return [];
  const lines = await db
    .select({ offerId: cartLines.offerId, quantity: cartLines.quantity })
    .from(cartLines)
    .where(eq(cartLines.organisationId, organisationId))
    .orderBy(asc(cartLines.addedAt));
  const offers = new Map(
    (
      await offersForOrdering(
        db,
        lines.map((line) => line.offerId),
      )
    ).map((offer) => [offer.id, offer]),
  );
  return lines
    .flatMap((line) => {
      const offer = offers.get(line.offerId);
      if (!offer || offer.lot?.id !== lotId) return [];
      return [
        {
          description: `${offer.productName} (${offer.manufacturer} ${offer.partNumber})`,
          quantity: line.quantity,
          productId: offer.productId,
          categoryId: offer.categoryId,
        },
      ];
    })
    .slice(0, MAX_LINES);
}

/** The product categories in the page's language, for the request form. */
export async function requestCategories(db: Db, locale: Locale) {
  return (await listCategories(db)).map((category) => ({
    id: category.id,
    name: locale === "en" ? category.nameEn : category.nameNl,
  }));
}

/** The form's starting values: lines from the cart (if any), a deadline a week from today at noon. */
export function competitionFormDefaults(
  cart: { description: string; quantity: number; productId: string; categoryId: number }[],
  now: Date = new Date(),
): { values: Record<string, string>; rows: number } {
  const day = todayInBrussels(new Date(now.getTime() + 7 * 86_400_000));
  const values: Record<string, string> = { deadlineDate: day, deadlineTime: "12:00" };
  cart.forEach((line, index) => {
    values[`description_${index + 1}`] = line.description;
    values[`quantity_${index + 1}`] = String(line.quantity);
    values[`unit_${index + 1}`] = "stuk";
    values[`product_${index + 1}`] = line.productId;
  });
  if (cart[0]) values.categoryId = String(cart[0].categoryId);
  return { values, rows: Math.min(MAX_LINES, cart.length + 2) };
}
