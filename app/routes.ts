import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("tools", "routes/tools.tsx"),
  route("zoeken", "routes/search.tsx"),
  route("toegankelijkheid", "routes/accessibility.tsx"),
  route("privacy", "routes/privacy.tsx"),
  route("contact", "routes/contact.tsx"),
  route("taal", "routes/language.tsx"),
  route("inloggen", "routes/login.tsx"),
  route("registreren", "routes/register.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
