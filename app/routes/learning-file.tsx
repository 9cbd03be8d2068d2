// GET /leren/bestanden/:fileId: a lesson's file (video, WebVTT captions, download). Files of a
// published version: for logged-in people; files of a draft: for authors only.
import { data } from "react-router";
import type { Route } from "./+types/learning-file";
import { forbidden, requireActor } from "../auth.server.ts";
import { fileIsPublished, getLessonFile, isAuthor } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const file = await getLessonFile(db, params.fileId);
  if (!file) throw data(null, { status: 404 });
  const actor = await requireActor(request);
  if (!(await fileIsPublished(db, file.id)) && !(await isAuthor(db, actor))) await forbidden(request);
  const safeName = file.filename.replace(/[^\w.\- ]+/g, "_");
  const inline = /^(video\/|text\/vtt)/.test(file.contentType);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType === "text/vtt" ? "text/vtt; charset=utf-8" : file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${safeName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=3600",
    },
  });
}
