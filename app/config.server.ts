import path from "node:path";
import { z } from "zod";
import { projectRoot } from "./paths.server.ts";

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const urlWith = (protocols: string[], hint: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, hint);

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce
      .number({ error: "a whole number between 0 and 65535" })
      .int("a whole number between 0 and 65535")
      .min(0, "a whole number between 0 and 65535")
      .max(65535, "a whole number between 0 and 65535")
      .default(3000),
    HOST: z.string().trim().min(1, "a host name or IP address").default("0.0.0.0"),
    BASE_URL: urlWith(["http:", "https:"], "an absolute http(s) URL such as https://vlavirgem.be").optional(),
    DATA_DIR: z.string().trim().min(1, "a folder path").default("./var"),
    DATABASE_URL: urlWith(["postgres:", "postgresql:"], "a postgres://user:pass@host:port/db URL").optional(),
    SESSION_SECRET: z.string().min(32, "at least 32 characters of random text").optional(),
    SMTP_URL: urlWith(["smtp:", "smtps:"], "an smtp:// or smtps:// URL").optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .min(3, "a sender address such as VlaVirGem <noreply@vlavirgem.be>")
      .default("VlaVirGem <noreply@vlavirgem.be>"),
    LOG_LEVEL: LogLevel.default("info"),
    SEED_DEMO: z.enum(["auto", "never"], { error: "auto or never" }).default("auto"),
    TRUST_PROXY: z.enum(["true", "false"], { error: "true or false" }).default("false"),
    OIDC_ISSUER: urlWith(["http:", "https:"], "the issuer URL of an OpenID Connect provider").optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1, "the client id registered at the provider").optional(),
    OIDC_CLIENT_SECRET: z.string().min(1, "the client secret registered at the provider").optional(),
    OIDC_NAME: z.string().trim().min(1, "a name to show on the login button").default("ACM/IDM"),
  })
  .superRefine((value, ctx) => {
    if (value.OIDC_ISSUER && !value.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: "custom", path: ["OIDC_CLIENT_ID"], message: "set when OIDC_ISSUER is set" });
    }
    if (value.NODE_ENV === "production" && !value.SESSION_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "required when NODE_ENV=production (at least 32 characters of random text)",
      });
    }
  });

export type RawConfig = z.infer<typeof ConfigSchema>;

export type Config = RawConfig & {
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  /** Where the embedded database lives when DATABASE_URL is not set. */
  pgliteDir: string;
  baseUrl: string;
  sessionSecret: string;
  isProduction: boolean;
  behindHttps: boolean;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

const DEV_SECRET = "vlavirgem-development-secret-not-for-production-use";

/** Empty strings count as "not set", as shells and .env files often leave them. */
function cleanEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

/**
 * Reads and checks the configuration. A wrong or missing value throws a ConfigError whose
 * message is one line naming the variable and what is expected.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(cleanEnv(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    const given = env[name];
    const shown =
      name === "SESSION_SECRET" || name === "DATABASE_URL" || name === "SMTP_URL" ? "" : given ? ` (got "${given}")` : "";
    throw new ConfigError(`Invalid configuration: ${name} must be ${issue?.message ?? "valid"}${shown}`);
  }
  const raw = parsed.data;
  const dataDir = path.resolve(projectRoot(), raw.DATA_DIR);
  const baseUrl = (raw.BASE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, "");
  return {
    ...raw,
    dataDir,
    pgliteDir: path.join(dataDir, "db"),
    baseUrl,
    sessionSecret: raw.SESSION_SECRET ?? DEV_SECRET,
    isProduction: raw.NODE_ENV === "production",
    behindHttps: baseUrl.startsWith("https:"),
  };
}
