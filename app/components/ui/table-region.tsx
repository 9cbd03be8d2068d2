import type { ReactNode } from "react";

/**
 * A wrapper that lets a wide table scroll sideways on small screens. It is a focusable, labelled
 * region so that keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a document section
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <div className="vvg-table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
