import { type RouteConfig, index, route } from "@react-router/dev/routes";

// Dutch URL segments; the route files are named in English after what they do.
export default [
  index("routes/home.tsx"),
  route("tools", "routes/tools.tsx"),
  route("zoeken", "routes/search.tsx"),
  route("toegankelijkheid", "routes/accessibility.tsx"),
  route("privacy", "routes/privacy.tsx"),
  route("contact", "routes/contact.tsx"),
  route("taal", "routes/language.tsx"),

  // Accounts
  route("inloggen", "routes/login.tsx"),
  route("inloggen/oidc", "routes/oidc-start.tsx"),
  route("inloggen/oidc/terug", "routes/oidc-callback.tsx"),
  route("uitloggen", "routes/logout.tsx"),
  route("registreren", "routes/register.tsx"),
  route("registreren/verstuurd", "routes/register-sent.tsx"),
  route("e-mail-bevestigen/:token", "routes/verify-email.tsx"),
  route("wachtwoord-vergeten", "routes/forgot-password.tsx"),
  route("wachtwoord-herstellen/:token", "routes/reset-password.tsx"),
  route("e-mail-wijzigen/:token", "routes/confirm-email-change.tsx"),
  route("uitnodiging/:token", "routes/invitation.tsx"),
  route("account", "routes/account.tsx"),
  route("account/organisaties", "routes/account-organisations.tsx"),
  route("account/actieve-organisatie", "routes/account-active-organisation.tsx"),
  route("account/gegevens", "routes/account-data.tsx"),
  route("account/verwijderen", "routes/account-delete.tsx"),

  // Organisations and suppliers
  route("organisaties", "routes/organisations.tsx"),
  route("organisaties/:id", "routes/organisation.tsx"),
  route("organisaties/:id/leden", "routes/organisation-members.tsx"),
  route("leveranciers/registreren", "routes/supplier-register.tsx"),

  // Admin console
  route("beheer", "routes/admin.tsx"),
  route("beheer/personen", "routes/admin-people.tsx"),
  route("beheer/organisaties", "routes/admin-organisations.tsx"),
  route("beheer/lidmaatschappen", "routes/admin-memberships.tsx"),
  route("beheer/leveranciers", "routes/admin-suppliers.tsx"),
  route("beheer/outbox", "routes/admin-outbox.tsx"),
  route("beheer/audit", "routes/admin-audit.tsx"),
  route("beheer/audit.csv", "routes/admin-audit-csv.tsx"),

  // Buy IT Public: catalogue search, products, comparison
  route("aankopen", "routes/catalogue-search.tsx"),
  route("aankopen/producten/:id", "routes/product.tsx"),
  route("aankopen/vergelijken", "routes/compare.tsx"),

  // Framework agreements (aankoopondersteuning)
  route("raamovereenkomsten", "routes/frameworks.tsx"),
  route("raamovereenkomsten/:id", "routes/framework.tsx"),
  route("beheer/raamovereenkomsten", "routes/admin-frameworks.tsx"),

  // Suppliers' catalogue
  route("leverancier/catalogus", "routes/supplier-catalogue.tsx"),
  route("leverancier/catalogus/aanbod/:id", "routes/supplier-offer.tsx"),
  route("leverancier/import", "routes/supplier-import.tsx"),
  route("leverancier/import/:id", "routes/supplier-import-status.tsx"),
  route("leverancier/api-sleutel", "routes/supplier-api-key.tsx"),

  // Public API
  route("api/v1/openapi.json", "routes/api-openapi.tsx"),
  route("api/v1/organisations", "routes/api-organisations.tsx"),
  route("api/v1/organisations/:nisCode", "routes/api-organisation.tsx"),
  route("api/v1/products", "routes/api-products.tsx"),
  route("api/v1/products/:id", "routes/api-product.tsx"),
  route("api/v1/frameworks", "routes/api-frameworks.tsx"),
  route("api/v1/supplier/offers", "routes/api-supplier-offers.tsx"),

  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
