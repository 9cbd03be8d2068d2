import fs from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";
import { referenceDataFolder } from "../../paths.server.ts";
import { PASSWORD_MIN_LENGTH } from "./validation.ts";

// OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane (argon2id is the default).
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) return false;
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both cases take as long. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("vlavirgem-timing-equaliser");
  return dummyHash;
}

let common: Set<string> | undefined;
/** Common and breached passwords of 12+ characters (data/common-passwords.txt, shipped offline). */
function commonPasswords(): Set<string> {
  common ??= new Set(
    fs
      .readFileSync(path.join(referenceDataFolder(), "common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line.length >= PASSWORD_MIN_LENGTH),
  );
  return common;
}

export type PasswordProblem = "validation.password.common" | "validation.password.personal" | "validation.password.repetitive";

/**
 * Checks a new password beyond its length: not on the list of common or breached passwords,
 * not the person's e-mail address or name, not one character repeated.
 */
export function passwordProblem(password: string, personal: { email?: string; name?: string } = {}): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "validation.password.common";
  if (new Set(lower).size <= 2) return "validation.password.repetitive";
  const local = personal.email?.split("@")[0]?.toLowerCase();
  if ((local && local.length >= 4 && lower.includes(local)) || (personal.email && lower === personal.email.toLowerCase())) {
    return "validation.password.personal";
  }
  const compactName = personal.name?.toLowerCase().replace(/\s+/g, "");
  if (compactName && compactName.length >= 4 && lower.replace(/\s+/g, "").includes(compactName))
    return "validation.password.personal";
  return null;
}
