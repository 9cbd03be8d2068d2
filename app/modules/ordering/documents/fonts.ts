// The DejaVu fonts embedded in the PDFs. pdfkit's built-in Helvetica only covers WinAnsi, so "ł",
// "≥" or "″" would come out garbled; DejaVu covers them. The files are found through Node's module
// resolution from this file, so it works from the source tree, from tests and from a built server
// bundle alike (wherever node_modules/dejavu-fonts-ttf is reachable).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  condensed: "DejaVuSansCondensed.ttf",
  condensedBold: "DejaVuSansCondensed-Bold.ttf",
} as const;

export type FontName = keyof typeof FONT_FILES;

let directory: string | undefined;
const cache = new Map<FontName, Buffer>();

/** The folder holding the DejaVu TTF files. */
export function dejavuDirectory(): string {
  if (!directory) {
    const require = createRequire(import.meta.url);
    directory = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  }
  return directory;
}

/** The bytes of one font, read once per process. */
export function fontData(name: FontName): Buffer {
  let data = cache.get(name);
  if (!data) {
    data = readFileSync(join(dejavuDirectory(), FONT_FILES[name]));
    cache.set(name, data);
  }
  return data;
}
