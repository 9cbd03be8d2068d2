import type { oidcNl } from "./oidc.nl.ts";

export const oidcEn: Record<keyof typeof oidcNl, string> = {
  "oidc.consent":
    "No profile yet? We will create one with the name and the confirmed e-mail address from {provider}; by logging in this way you accept the privacy statement.",
  "oidc.title": "Log in through your organisation",
  "oidc.welcome": "Welcome, {name}. You are logged in through {provider}.",
  "oidc.welcomeNew": "Welcome, {name}. We made a profile for you with the e-mail address {provider} confirmed.",
  "oidc.cancelled": "You cancelled logging in through {provider}. You can try again or log in with your password.",
  "oidc.error.failed": "Logging in through {provider} did not work. Please try again.",
  "oidc.error.expired": "Logging in took too long or was started in another window. Start again from the login page.",
  "oidc.error.unavailable":
    "{provider} cannot be reached at the moment. Try again in a few minutes or log in with your password.",
  "oidc.error.provider": "{provider} could not log you in. Try again or log in with your password.",
  "oidc.error.unverified":
    "{provider} has not confirmed your e-mail address. So we cannot link this login to a profile, nor make a new one. Confirm your e-mail address with {provider} first, or log in with your password.",
  "oidc.error.noEmail":
    "{provider} did not share an e-mail address with us. Without a confirmed e-mail address we cannot link this login to a profile. Allow {provider} to share your e-mail address, or log in with your password.",
  "oidc.error.accountClosed":
    "The profile that belongs to this login has been deleted. Register again if you want to use VlaVirGem again.",
  "oidc.tryAgain": "Log in again",
  "oidc.register": "Create a profile with an e-mail address and password",
};
