import type { Locale } from "../../i18n/index.ts";

export type MailContent = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Plain text plus a simple accessible HTML version of the same paragraphs and one link. */
function compose(
  subject: string,
  greeting: string,
  paragraphs: string[],
  link?: { label: string; url: string },
  closing?: string,
): MailContent {
  const sign = closing ?? "VlaVirGem";
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(link ? [`${link.label}: ${link.url}`, ""] : []),
    sign,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f1f1e">
<p>${escapeHtml(greeting)}</p>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}${
    link
      ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p><p style="font-size:0.9em">${escapeHtml(link.url)}</p>`
      : ""
  }<p>${escapeHtml(sign)}</p></body></html>`;
  return { subject, text, html };
}

export const mailTemplates = {
  verifyEmail(locale: Locale, name: string, url: string): MailContent {
    return locale === "en"
      ? compose(
          "Confirm your e-mail address for VlaVirGem",
          `Hello ${name},`,
          [
            "Welcome to VlaVirGem. Confirm your e-mail address to activate your account. The link works once and for 24 hours.",
            "Did you not create an account? Then ignore this message.",
          ],
          { label: "Confirm my e-mail address", url },
        )
      : compose(
          "Bevestig uw e-mailadres voor VlaVirGem",
          `Beste ${name},`,
          [
            "Welkom bij VlaVirGem. Bevestig uw e-mailadres om uw account te activeren. De link werkt één keer en 24 uur lang.",
            "Hebt u geen account aangemaakt? Dan mag u dit bericht negeren.",
          ],
          { label: "Mijn e-mailadres bevestigen", url },
        );
  },
  alreadyRegistered(locale: Locale, url: string): MailContent {
    return locale === "en"
      ? compose(
          "Someone tried to register with your e-mail address",
          "Hello,",
          [
            "Someone tried to create a VlaVirGem account with this e-mail address, but an account already exists.",
            "Was it you? Log in, or set a new password if you forgot it. Was it not you? Then you need not do anything.",
          ],
          { label: "Forgot your password", url },
        )
      : compose(
          "Iemand probeerde te registreren met uw e-mailadres",
          "Beste,",
          [
            "Iemand probeerde een VlaVirGem-account aan te maken met dit e-mailadres, maar er bestaat al een account.",
            "Was u dat? Log dan in, of kies een nieuw wachtwoord als u het vergeten bent. Was u het niet? Dan hoeft u niets te doen.",
          ],
          { label: "Wachtwoord vergeten", url },
        );
  },
  resetPassword(locale: Locale, name: string, url: string): MailContent {
    return locale === "en"
      ? compose(
          "Choose a new password for VlaVirGem",
          `Hello ${name},`,
          [
            "You asked to choose a new password. The link works once and for one hour. After the change, you are logged out everywhere else.",
            "Did you not ask for this? Then ignore this message; your password stays the same.",
          ],
          { label: "Choose a new password", url },
        )
      : compose(
          "Kies een nieuw wachtwoord voor VlaVirGem",
          `Beste ${name},`,
          [
            "U vroeg om een nieuw wachtwoord te kiezen. De link werkt één keer en één uur lang. Na de wijziging wordt u overal elders uitgelogd.",
            "Hebt u dit niet gevraagd? Dan mag u dit bericht negeren; uw wachtwoord blijft hetzelfde.",
          ],
          { label: "Een nieuw wachtwoord kiezen", url },
        );
  },
  changeEmail(locale: Locale, name: string, url: string): MailContent {
    return locale === "en"
      ? compose(
          "Confirm your new e-mail address for VlaVirGem",
          `Hello ${name},`,
          ["Confirm that VlaVirGem may use this address from now on. The link works once and for 24 hours."],
          { label: "Confirm my new e-mail address", url },
        )
      : compose(
          "Bevestig uw nieuwe e-mailadres voor VlaVirGem",
          `Beste ${name},`,
          ["Bevestig dat VlaVirGem voortaan dit adres mag gebruiken. De link werkt één keer en 24 uur lang."],
          { label: "Mijn nieuwe e-mailadres bevestigen", url },
        );
  },
  emailChangeNotice(locale: Locale, name: string): MailContent {
    return locale === "en"
      ? compose("Your VlaVirGem e-mail address is being changed", `Hello ${name},`, [
          "Someone logged in to your account asked to change its e-mail address. Was it not you? Change your password at once and contact us.",
        ])
      : compose("Uw e-mailadres bij VlaVirGem wordt gewijzigd", `Beste ${name},`, [
          "Iemand die in uw account is ingelogd, vroeg om het e-mailadres te wijzigen. Was u het niet? Wijzig dan meteen uw wachtwoord en neem contact met ons op.",
        ]);
  },
  invitation(locale: Locale, organisation: string, inviter: string, url: string): MailContent {
    return locale === "en"
      ? compose(
          `Invitation to join ${organisation} on VlaVirGem`,
          "Hello,",
          [
            `${inviter} invites you to join ${organisation} on VlaVirGem. Log in or create an account with this e-mail address, then accept the invitation. The link works for 7 days.`,
          ],
          { label: "Accept the invitation", url },
        )
      : compose(
          `Uitnodiging voor ${organisation} op VlaVirGem`,
          "Beste,",
          [
            `${inviter} nodigt u uit om lid te worden van ${organisation} op VlaVirGem. Log in of maak een account aan met dit e-mailadres en aanvaard daarna de uitnodiging. De link werkt 7 dagen.`,
          ],
          { label: "De uitnodiging aanvaarden", url },
        );
  },
  membershipRequested(locale: Locale, organisation: string, person: string, url: string): MailContent {
    return locale === "en"
      ? compose(`New membership request for ${organisation}`, "Hello,", [`${person} asks to join ${organisation}.`], {
          label: "Review the request",
          url,
        })
      : compose(
          `Nieuwe aanvraag tot lidmaatschap van ${organisation}`,
          "Beste,",
          [`${person} vraagt om lid te worden van ${organisation}.`],
          {
            label: "De aanvraag bekijken",
            url,
          },
        );
  },
  membershipDecided(locale: Locale, organisation: string, approved: boolean, url: string): MailContent {
    if (locale === "en") {
      return compose(
        approved ? `You are now a member of ${organisation}` : `Your request to join ${organisation} was refused`,
        "Hello,",
        [
          approved
            ? `Your request to join ${organisation} on VlaVirGem was approved.`
            : `Your request to join ${organisation} was refused. Contact the organisation if you think this is a mistake.`,
        ],
        { label: "My organisations", url },
      );
    }
    return compose(
      approved ? `U bent nu lid van ${organisation}` : `Uw aanvraag voor ${organisation} werd geweigerd`,
      "Beste,",
      [
        approved
          ? `Uw aanvraag om lid te worden van ${organisation} op VlaVirGem werd goedgekeurd.`
          : `Uw aanvraag om lid te worden van ${organisation} werd geweigerd. Neem contact op met de organisatie als u denkt dat dit een vergissing is.`,
      ],
      { label: "Mijn organisaties", url },
    );
  },
  supplierDecided(locale: Locale, company: string, approved: boolean, url: string): MailContent {
    if (locale === "en") {
      return compose(
        approved ? `${company} is approved as a supplier on VlaVirGem` : `${company} was not approved as a supplier`,
        "Hello,",
        [
          approved
            ? "Your company can now offer products and answer quote requests on Buy IT Public."
            : "A portal administrator did not approve the registration. Contact us for the reason.",
        ],
        { label: "VlaVirGem", url },
      );
    }
    return compose(
      approved ? `${company} is goedgekeurd als leverancier op VlaVirGem` : `${company} werd niet goedgekeurd als leverancier`,
      "Beste,",
      [
        approved
          ? "Uw bedrijf kan nu producten aanbieden en offerteaanvragen beantwoorden op Buy IT Public."
          : "Een portaalbeheerder keurde de registratie niet goed. Neem contact met ons op voor de reden.",
      ],
      { label: "VlaVirGem", url },
    );
  },
};
