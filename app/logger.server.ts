import pino, { type Logger } from "pino";

/** JSON logs on stdout; never log secrets, passwords or session ids. */
export function createLogger(level: string, name = "vlavirgem"): Logger {
  return pino({
    name,
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "password",
        "*.password",
        "req.headers.cookie",
        "req.headers.authorization",
        "sessionSecret",
        "config.SESSION_SECRET",
      ],
      censor: "[redacted]",
    },
  });
}
