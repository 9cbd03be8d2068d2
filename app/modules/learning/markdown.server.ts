import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Lesson text: Markdown to HTML, always sanitised. marked passes raw HTML through, so scripts,
 * event handlers, iframes, styles and javascript: links are removed here; links open safely.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html, {
    allowedTags: [
      "h2",
      "h3",
      "h4",
      "p",
      "br",
      "hr",
      "strong",
      "em",
      "b",
      "i",
      "code",
      "pre",
      "blockquote",
      "ul",
      "ol",
      "li",
      "a",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "dl",
      "dt",
      "dd",
      "abbr",
    ],
    allowedAttributes: { a: ["href", "title", "rel"], abbr: ["title"], th: ["scope"], ol: ["start"] },
    allowedSchemes: ["https", "http", "mailto"],
    allowProtocolRelative: false,
    transformTags: {
      // A lesson page has its own h1: Markdown headings start one level lower.
      h1: "h2",
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href?.startsWith("http") ? { rel: "noopener noreferrer" } : {}) },
      }),
    },
    allowedSchemesAppliedToAttributes: ["href"],
  }).replace(/<(h[234]|p|ul|ol|table|blockquote)>/g, (_, tag: string) => `<${tag} class="${CLASSES[tag] ?? ""}">`);
}

const CLASSES: Record<string, string> = {
  h2: "utrecht-heading-2",
  h3: "utrecht-heading-3",
  h4: "utrecht-heading-4",
  p: "utrecht-paragraph",
  ul: "utrecht-unordered-list",
  ol: "utrecht-ordered-list",
  table: "utrecht-table",
  blockquote: "utrecht-blockquote",
};
