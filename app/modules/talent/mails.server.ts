// The e-mails NoITS sends, in the recipient's language. They never name the professional before
// consent: a request mail to a professional names the organisation; a mail to HR names nobody.
import type { DbOrTx } from "../../db/client.server.ts";
import { queueMail } from "../platform/index.server.ts";

type Locale = "nl" | "en";
const lang = (value: string | null | undefined): Locale => (value === "en" ? "en" : "nl");

type Template = { subject: string; text: string };

const templates = {
  contactRequested: (l: Locale, v: { organisation: string; url: string }): Template =>
    l === "en"
      ? {
          subject: `NoITS: ${v.organisation} would like to contact you`,
          text: `${v.organisation} found your anonymous NoITS profile and would like to get in touch.\n\nThey do not know who you are. Only if you accept will they see your name and e-mail address.\n\nRead the request and answer it: ${v.url}\n`,
        }
      : {
          subject: `NoITS: ${v.organisation} wil contact met u`,
          text: `${v.organisation} vond uw anonieme NoITS-profiel en wil graag contact met u.\n\nZij weten niet wie u bent. Alleen als u aanvaardt, zien zij uw naam en e-mailadres.\n\nLees de vraag en antwoord: ${v.url}\n`,
        },
  contactDecided: (l: Locale, v: { accepted: boolean; url: string }): Template =>
    l === "en"
      ? {
          subject: v.accepted ? "NoITS: your contact request was accepted" : "NoITS: your contact request was declined",
          text: v.accepted
            ? `The professional accepted your contact request. You can now see their name and e-mail address and send messages on the portal: ${v.url}\n`
            : `The professional declined your contact request. Their profile stays anonymous.\n`,
        }
      : {
          subject: v.accepted ? "NoITS: uw contactvraag is aanvaard" : "NoITS: uw contactvraag is geweigerd",
          text: v.accepted
            ? `De IT-professional aanvaardde uw contactvraag. U ziet nu de naam en het e-mailadres en u kunt berichten sturen op het portaal: ${v.url}\n`
            : `De IT-professional weigerde uw contactvraag. Het profiel blijft anoniem.\n`,
        },
  newMessage: (l: Locale, v: { url: string }): Template =>
    l === "en"
      ? { subject: "NoITS: a new message", text: `You have a new message on NoITS: ${v.url}\n` }
      : { subject: "NoITS: een nieuw bericht", text: `U hebt een nieuw bericht op NoITS: ${v.url}\n` },
  expiryWarning: (l: Locale, v: { date: string; url: string }): Template =>
    l === "en"
      ? {
          subject: "NoITS: your profile expires in a month",
          text: `You have not updated your NoITS profile for 11 months. On ${v.date} it will be erased.\n\nTo keep it, open it and choose "Keep my profile": ${v.url}\n`,
        }
      : {
          subject: "NoITS: uw profiel vervalt over een maand",
          text: `U hebt uw NoITS-profiel 11 maanden niet bijgewerkt. Op ${v.date} wissen we het.\n\nWilt u het houden? Open het en kies "Profiel behouden": ${v.url}\n`,
        },
  digest: (l: Locale, v: { lines: string[]; url: string }): Template =>
    l === "en"
      ? {
          subject: "NoITS: new results for your saved searches",
          text: `New results for your saved searches:\n\n${v.lines.join("\n")}\n\nManage your saved searches: ${v.url}\n`,
        }
      : {
          subject: "NoITS: nieuwe resultaten voor uw zoekopdrachten",
          text: `Nieuwe resultaten voor uw bewaarde zoekopdrachten:\n\n${v.lines.join("\n")}\n\nUw zoekopdrachten beheren: ${v.url}\n`,
        },
};

export type TalentMail = keyof typeof templates;

/** Queues one of the templates in the caller's transaction. */
export async function sendTalentMail<K extends TalentMail>(
  db: DbOrTx,
  to: { email: string | null; locale: string | null },
  template: K,
  vars: Parameters<(typeof templates)[K]>[1],
): Promise<void> {
  if (!to.email) return;
  const locale = lang(to.locale);
  const { subject, text } = (templates[template] as (l: Locale, v: typeof vars) => Template)(locale, vars);
  await queueMail(db, { to: to.email, subject, text, locale, template: `talent.${template}` });
}
