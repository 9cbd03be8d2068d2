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

  // Buy IT Public: cart, orders, approvals, spend (ordering)
  route("aankopen/winkelwagen", "routes/ordering-cart.tsx"),
  route("aankopen/bestellingen", "routes/ordering-orders.tsx"),
  route("aankopen/bestellingen/:orderId", "routes/ordering-order.tsx"),
  route("aankopen/bestellingen/:orderId/:file", "routes/ordering-order-file.tsx"),
  route("aankopen/goedkeuren", "routes/ordering-approvals.tsx"),
  route("aankopen/uitgaven", "routes/ordering-spend.tsx"),
  route("aankopen/uitgaven.xlsx", "routes/ordering-spend-xlsx.tsx"),
  route("aankopen/uitgaven.csv", "routes/ordering-spend-csv.tsx"),
  route("organisaties/:id/goedkeuring", "routes/organisation-approval.tsx"),
  route("beheer/drempels", "routes/admin-thresholds.tsx"),
  route("leverancier/bestellingen", "routes/supplier-orders.tsx"),
  route("leverancier/bestellingen/:orderId", "routes/supplier-order.tsx"),
  route("leverancier/bestellingen/:orderId/:file", "routes/supplier-order-file.tsx"),
  route("meldingen", "routes/notifications.tsx"),

  // Buy IT Public: quote requests and mini-competitions
  route("aankopen/offerteaanvragen", "routes/competition-list.tsx"),
  route("aankopen/offerteaanvragen/nieuw", "routes/quote-new.tsx"),
  route("aankopen/offerteaanvragen/:competitionId", "routes/quote-request.tsx"),
  route("aankopen/minicompetities/nieuw", "routes/competition-new.tsx"),
  route("aankopen/minicompetities/:competitionId", "routes/competition.tsx"),
  route("leverancier/offerteaanvragen", "routes/supplier-competition-list.tsx"),
  route("leverancier/offerteaanvragen/:competitionId", "routes/supplier-competition.tsx"),

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

  // E-learning
  route("leren", "routes/learning-catalogue.tsx"),
  route("leren/cursus/:slug", "routes/learning-course.tsx"),
  route("leren/cursus/:slug/les/:lessonId", "routes/learning-lesson.tsx"),
  route("leren/bestanden/:fileId", "routes/learning-file.tsx"),
  route("leren/gemeenschap", "routes/learning-community.tsx"),
  route("leren/gemeenschap/:circle", "routes/learning-circle.tsx"),
  route("leren/voorstellen/:proposalId", "routes/learning-proposal.tsx"),
  route("leren/redactie", "routes/learning-authoring.tsx"),
  route("leren/redactie/:courseId", "routes/learning-authoring-course.tsx"),
  route("leren/redactie/:courseId/les/:lessonId", "routes/learning-authoring-lesson.tsx"),
  route("leren/beheer", "routes/learning-dashboard.tsx"),
  route("leren/beheer/voortgang.xlsx", "routes/learning-dashboard-xlsx.tsx"),
  route("leren/beheer/toewijzen", "routes/learning-assign.tsx"),
  // E-learning: SCORM 1.2 packages and runtime, certificates and Open Badges 3.0
  route("leren/scorm", "routes/learning-scorm-packages.tsx"),
  route("leren/scorm/:packageId", "routes/learning-scorm-package.tsx"),
  route("leren/scorm/scorm-again.js", "routes/learning-scorm-runtime-js.tsx"),
  route("leren/scorm/start", "routes/learning-scorm-launch.tsx"),
  route("leren/scorm/sessies/:sessionId", "routes/learning-scorm-commit.tsx"),
  route("scorm-inhoud/:packageId/*", "routes/learning-scorm-content.tsx"),
  route("leren/certificaten", "routes/learning-certificates.tsx"),
  route("leren/certificaten/:code/pdf", "routes/learning-certificate-pdf.tsx"),
  route("leren/certificaten/:code/open-badge", "routes/badge-credential.tsx"),
  route("verify", "routes/verify.tsx"),
  route("verify/:code", "routes/verify-code.tsx"),
  route("openbadges/issuer", "routes/badge-issuer.tsx"),
  route("openbadges/issuer/jwks.json", "routes/badge-jwks.tsx"),
  route("openbadges/issuer/keys/:kid", "routes/badge-key.tsx"),
  route("openbadges/achievements/:courseId", "routes/badge-achievement.tsx"),

  // Public API
  route("api/v1/openapi.json", "routes/api-openapi.tsx"),
  route("api/v1/organisations", "routes/api-organisations.tsx"),
  route("api/v1/organisations/:nisCode", "routes/api-organisation.tsx"),
  route("api/v1/products", "routes/api-products.tsx"),
  route("api/v1/products/:id", "routes/api-product.tsx"),
  route("api/v1/frameworks", "routes/api-frameworks.tsx"),
  route("api/v1/courses", "routes/api-courses.tsx"),
  route("api/v1/certificates/:code", "routes/api-certificate.tsx"),
  route("api/v1/supplier/offers", "routes/api-supplier-offers.tsx"),

  // NoITS (Network of IT Skills)
  route("noits", "routes/noits.tsx"),
  route("noits/competenties", "routes/noits-competences.tsx"),
  route("noits/rolprofielen", "routes/noits-role-profiles.tsx"),
  route("noits/vacatures", "routes/noits-vacancies.tsx"),
  route("noits/vacatures/:vacancyId", "routes/noits-vacancy.tsx"),
  route("noits/beheer/vacatures", "routes/noits-manage-vacancies.tsx"),
  route("noits/beheer/vacatures/nieuw", "routes/noits-manage-vacancy-new.tsx"),
  route("noits/beheer/vacatures/:vacancyId", "routes/noits-manage-vacancy.tsx"),
  route("noits/profielen/:profileId", "routes/noits-profile-view.tsx"),
  route("noits/profiel", "routes/noits-my-profile.tsx"),
  route("noits/profiel/export", "routes/noits-my-profile-export.tsx"),
  route("noits/profiel/vacatures", "routes/noits-my-matches.tsx"),
  route("noits/contacten", "routes/noits-contacts.tsx"),
  route("noits/contacten/:contactId", "routes/noits-contact.tsx"),
  route("noits/zoekopdrachten", "routes/noits-saved-searches.tsx"),
  route("beheer/noits/rolprofielen", "routes/admin-noits-role-profiles.tsx"),
  route("api/v1/vacancies", "routes/api-vacancies.tsx"),

  // NoITS: demand in the region (map) and shared-post proposals
  route("noits/regio", "routes/noits-region.tsx"),
  route("noits/gedeelde-posten", "routes/noits-shared-posts.tsx"),
  route("noits/gedeelde-posten/:proposalId", "routes/noits-shared-post.tsx"),
  route("beheer/noits/gedeelde-posten", "routes/noits-shared-post-settings.tsx"),

  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
