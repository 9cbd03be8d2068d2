// GET /leren/scorm/scorm-again.js: scorm-again's SCORM 1.2 runtime (MIT), served from the package
// as the plain script it is (it defines window.Scorm12API). Cached for a day, versioned by query.
import { scormAgainScript } from "../modules/learning/index.server.ts";

export function loader() {
  const { body, version } = scormAgainScript();
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "X-Scorm-Again-Version": version,
    },
  });
}
