// E-mails to suppliers about quote requests and mini-competitions (Dutch first, English complete).
import type { Locale } from "../../i18n/index.ts";

type MailContent = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function compose(subject: string, greeting: string, paragraphs: string[], link: { label: string; url: string }): MailContent {
  const text = [greeting, "", ...paragraphs.flatMap((p) => [p, ""]), `${link.label}: ${link.url}`, "", "VlaVirGem"].join("\n");
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f1f1e">
<p>${escapeHtml(greeting)}</p>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}<p><a href="${escapeHtml(link.url)}">${escapeHtml(
    link.label,
  )}</a></p><p style="font-size:0.9em">${escapeHtml(link.url)}</p><p>VlaVirGem</p></body></html>`;
  return { subject, text, html };
}

const brussels = (locale: Locale, at: Date) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-BE", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Brussels",
  }).format(at);

type Kind = "quote" | "mini_competition";

export const competitionMail = {
  invited(
    locale: Locale,
    v: { kind: Kind; reference: string; title: string; buyer: string; deadline: Date; url: string },
  ): MailContent {
    if (locale === "en") {
      const what = v.kind === "quote" ? "a quote" : "an offer in a mini-competition under the framework agreement";
      return compose(
        `${v.buyer} asks you for ${v.kind === "quote" ? "a quote" : "an offer"}: ${v.title} (${v.reference})`,
        "Hello,",
        [
          `${v.buyer} asks your company for ${what}: "${v.title}".`,
          `Answer on VlaVirGem before ${brussels(locale, v.deadline)} (Brussels time). Until then nobody, not even the buyer, sees your answer; you can still change it.`,
        ],
        { label: "Open the request", url: v.url },
      );
    }
    const what = v.kind === "quote" ? "een offerte" : "een offerte in een minicompetitie onder de raamovereenkomst";
    return compose(
      `${v.buyer} vraagt u ${v.kind === "quote" ? "een offerte" : "een offerte (minicompetitie)"}: ${v.title} (${v.reference})`,
      "Beste,",
      [
        `${v.buyer} vraagt uw bedrijf ${what}: "${v.title}".`,
        `Antwoord op VlaVirGem vóór ${brussels(locale, v.deadline)}. Tot dan ziet niemand uw antwoord, ook de aankoper niet; u kunt het nog wijzigen.`,
      ],
      { label: "De aanvraag openen", url: v.url },
    );
  },
  cancelled(locale: Locale, v: { reference: string; title: string; buyer: string; reason: string; url: string }): MailContent {
    if (locale === "en") {
      return compose(
        `Stopped: ${v.title} (${v.reference})`,
        "Hello,",
        [`${v.buyer} stopped the request "${v.title}". It will not be awarded.`, `Reason: ${v.reason}`],
        { label: "Open the request", url: v.url },
      );
    }
    return compose(
      `Stopgezet: ${v.title} (${v.reference})`,
      "Beste,",
      [`${v.buyer} heeft de aanvraag "${v.title}" stopgezet. Ze wordt niet gegund.`, `Reden: ${v.reason}`],
      { label: "De aanvraag openen", url: v.url },
    );
  },
  awarded(
    locale: Locale,
    v: { kind: Kind; reference: string; title: string; buyer: string; won: boolean; winner: string; reason: string; url: string },
  ): MailContent {
    if (locale === "en") {
      return compose(
        v.won ? `Your offer was chosen: ${v.title} (${v.reference})` : `Outcome of ${v.title} (${v.reference})`,
        "Hello,",
        [
          v.won
            ? `${v.buyer} chose your offer for "${v.title}". The order follows on VlaVirGem.`
            : `${v.buyer} chose the offer of ${v.winner} for "${v.title}". Thank you for your offer.`,
          `Reason: ${v.reason}`,
        ],
        { label: "See the outcome", url: v.url },
      );
    }
    return compose(
      v.won ? `Uw offerte is gekozen: ${v.title} (${v.reference})` : `Resultaat van ${v.title} (${v.reference})`,
      "Beste,",
      [
        v.won
          ? `${v.buyer} koos uw offerte voor "${v.title}". De bestelling volgt via VlaVirGem.`
          : `${v.buyer} koos de offerte van ${v.winner} voor "${v.title}". Bedankt voor uw offerte.`,
        `Motivering: ${v.reason}`,
      ],
      { label: "Het resultaat bekijken", url: v.url },
    );
  },
};
