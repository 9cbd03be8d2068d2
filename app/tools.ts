import type { MessageKey } from "./i18n/index.ts";

/** The twelve tools of the portal, in the order product.md gives them. */
export type Tool = {
  id: string;
  name: MessageKey;
  description: MessageKey;
  /** Where the tool lives once it is built; a tool without href is "binnenkort beschikbaar". */
  href?: string;
};

export const TOOLS: readonly Tool[] = [
  { id: "maturity", name: "tool.maturity.name", description: "tool.maturity.description" },
  { id: "security", name: "tool.security.name", description: "tool.security.description" },
  { id: "solutions", name: "tool.solutions.name", description: "tool.solutions.description" },
  { id: "architecture", name: "tool.architecture.name", description: "tool.architecture.description" },
  { id: "building-blocks", name: "tool.buildingBlocks.name", description: "tool.buildingBlocks.description" },
  { id: "purchasing", name: "tool.purchasing.name", description: "tool.purchasing.description", href: "/raamovereenkomsten" },
  { id: "masterplan", name: "tool.masterplan.name", description: "tool.masterplan.description" },
  { id: "library", name: "tool.library.name", description: "tool.library.description" },
  { id: "books", name: "tool.books.name", description: "tool.books.description" },
  { id: "buy-it-public", name: "tool.buyItPublic.name", description: "tool.buyItPublic.description", href: "/aankopen" },
  { id: "noits", name: "tool.noits.name", description: "tool.noits.description", href: "/noits" },
  { id: "elearning", name: "tool.elearning.name", description: "tool.elearning.description", href: "/leren" },
];
