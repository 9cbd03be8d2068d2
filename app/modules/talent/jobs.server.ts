// NoITS's scheduled work, as recurring jobs for the platform's queue. The lead wires them into
// app/runtime.server.ts (scheduleRecurringJobs + recurringJobHandlers).
import type { DatabaseHandle } from "../../db/client.server.ts";
import type { RecurringJob } from "../platform/index.server.ts";
import { expireInactiveProfiles } from "./profiles.server.ts";
import { sendSavedSearchDigests } from "./searches.server.ts";

export const EXPIRE_PROFILES_JOB = "talent.expire-profiles";
export const SAVED_SEARCH_DIGEST_JOB = "talent.saved-search-digest";

/** Daily: expiry warnings and erasure of inactive profiles; the saved-search digest. */
export function talentRecurringJobs(handle: DatabaseHandle, baseUrl: string): RecurringJob[] {
  return [
    {
      kind: EXPIRE_PROFILES_JOB,
      everyMinutes: 24 * 60,
      run: async (now) => {
        await expireInactiveProfiles(handle.db, now, baseUrl);
      },
    },
    {
      kind: SAVED_SEARCH_DIGEST_JOB,
      everyMinutes: 24 * 60,
      run: async (now) => {
        await sendSavedSearchDigests(handle.db, now, baseUrl);
      },
    },
  ];
}
