import type { ReactNode } from "react";
import { TableRegion } from "./table-region.tsx";

/** A column header: its text, or the text with a class (e.g. "vvg-num") or hidden from sight (read by screen readers). */
export type DataTableColumn = ReactNode | { label: ReactNode; className?: string; visuallyHidden?: boolean };

function isColumnObject(column: DataTableColumn): column is { label: ReactNode; className?: string; visuallyHidden?: boolean } {
  return typeof column === "object" && column !== null && "label" in column;
}

/**
 * A data table in a labelled, keyboard-scrollable region: a header row of `<th scope="col">` cells
 * from `columns`, the rows (`<tr>`) as children. `appearance="utrecht"` adds the Utrecht table
 * classes (table, header, row, header cell, body); `"plain"` leaves them off (the admin console).
 */
export function DataTable({
  labelledBy,
  columns,
  className,
  caption,
  appearance = "utrecht",
  children,
}: {
  labelledBy: string;
  columns: DataTableColumn[];
  className?: string;
  caption?: ReactNode;
  appearance?: "utrecht" | "plain";
  children: ReactNode;
}) {
  const utrecht = appearance === "utrecht";
  const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className={classes(utrecht && "utrecht-table", className)}>
        {caption ? <caption>{caption}</caption> : null}
        <thead className={classes(utrecht && "utrecht-table__header")}>
          <tr className={classes(utrecht && "utrecht-table__row")}>
            {columns.map((column, index) => {
              const col = isColumnObject(column) ? column : { label: column };
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are a fixed list
                <th key={index} scope="col" className={classes(utrecht && "utrecht-table__header-cell", col.className)}>
                  {col.visuallyHidden ? <span className="vvg-visually-hidden">{col.label}</span> : col.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className={classes(utrecht && "utrecht-table__body")}>{children}</tbody>
      </table>
    </TableRegion>
  );
}
