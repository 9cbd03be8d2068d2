// Messages of the login through an external OpenID Connect provider, in Dutch.
// Every key must exist in oidc.en.ts too.
export const oidcNl = {
  "oidc.title": "Inloggen via uw organisatie",
  "oidc.consent":
    "Hebt u nog geen profiel? Dan maken we er een aan met de naam en het bevestigde e-mailadres van {provider}; door zo in te loggen aanvaardt u de privacyverklaring.",
  "oidc.welcome": "Welkom, {name}. U bent ingelogd via {provider}.",
  "oidc.welcomeNew": "Welkom, {name}. We maakten een profiel voor u aan met het e-mailadres dat {provider} bevestigde.",
  "oidc.cancelled": "U hebt het inloggen via {provider} afgebroken. U kunt het opnieuw proberen of inloggen met uw wachtwoord.",
  "oidc.error.failed": "Het inloggen via {provider} is niet gelukt. Probeer het opnieuw.",
  "oidc.error.expired":
    "Het inloggen duurde te lang of werd in een ander venster gestart. Start het inloggen opnieuw vanaf de inlogpagina.",
  "oidc.error.unavailable":
    "{provider} is op dit moment niet bereikbaar. Probeer het over enkele minuten opnieuw of log in met uw wachtwoord.",
  "oidc.error.provider": "{provider} kon u niet aanmelden. Probeer het opnieuw of log in met uw wachtwoord.",
  "oidc.error.unverified":
    "{provider} heeft uw e-mailadres niet bevestigd. Daarom kunnen we uw aanmelding niet aan een profiel koppelen en maken we ook geen nieuw profiel aan. Bevestig uw e-mailadres eerst bij {provider}, of log in met uw wachtwoord.",
  "oidc.error.noEmail":
    "{provider} gaf ons geen e-mailadres door. Zonder bevestigd e-mailadres kunnen we uw aanmelding niet aan een profiel koppelen. Geef {provider} toestemming om uw e-mailadres te delen, of log in met uw wachtwoord.",
  "oidc.error.accountClosed":
    "Het profiel dat bij deze aanmelding hoort, is verwijderd. Registreer opnieuw als u VlaVirGem weer wilt gebruiken.",
  "oidc.tryAgain": "Opnieuw inloggen",
  "oidc.register": "Een profiel aanmaken met e-mailadres en wachtwoord",
} as const;
