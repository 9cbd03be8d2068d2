import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.server.ts";

describe("loadConfig", () => {
  it("runs with no configuration at all", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.pgliteDir).toMatch(/var[/\\]db$/);
    expect(config.baseUrl).toBe("http://localhost:3000");
    expect(config.isProduction).toBe(false);
    expect(config.behindHttps).toBe(false);
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "abc" }, /^Invalid configuration: PORT must be a whole number between 0 and 65535 \(got "abc"\)$/],
    [{ PORT: "70000" }, /PORT must be/],
    [{ DATABASE_URL: "mysql://x" }, /^Invalid configuration: DATABASE_URL must be a postgres:\/\//],
    [{ BASE_URL: "vlavirgem.be" }, /BASE_URL must be an absolute http\(s\) URL/],
    [{ SMTP_URL: "http://mail" }, /SMTP_URL must be an smtp:\/\//],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be/],
    [{ NODE_ENV: "production" }, /SESSION_SECRET must be required when NODE_ENV=production/],
    [{ SESSION_SECRET: "short" }, /SESSION_SECRET must be at least 32 characters/],
  ])("refuses %o with one clear line", (env, message) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toContain("\n");
  });

  it("never echoes secrets or connection strings", () => {
    expect(() => loadConfig({ SESSION_SECRET: "hunter2" })).toThrow(/^((?!hunter2).)*$/);
  });

  it("accepts a production configuration and derives https", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(40),
      BASE_URL: "https://portal.vlavirgem.be/",
      DATABASE_URL: "postgres://u:p@db:5432/vvg",
    });
    expect(config.isProduction).toBe(true);
    expect(config.behindHttps).toBe(true);
    expect(config.baseUrl).toBe("https://portal.vlavirgem.be");
  });
});
