import { identityEn } from "./identity.en.ts";
import type { MessageKey } from "./nl.ts";
import { shellEn } from "./shell.en.ts";

// English: the same keys as nl.ts, gathered from the same areas.
export const en: Record<MessageKey, string> = { ...shellEn, ...identityEn };
