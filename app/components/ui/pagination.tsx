import { Link } from "react-router";

/**
 * Previous/next links between the pages of a list, with "page N of M" between them; nothing when
 * there is one page. Plain links: works without JavaScript.
 */
export function Pagination({
  label,
  page,
  pages,
  href,
  status,
  previous,
  next,
  className,
}: {
  /** The accessible name of the navigation. */
  label: string;
  page: number;
  pages: number;
  /** The address of page n. */
  href: (n: number) => string;
  /** "Page 2 of 5". */
  status: string;
  previous: string;
  next: string;
  className?: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className={className} aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev">
              {previous}
            </Link>
          </li>
        ) : null}
        <li aria-current="page">{status}</li>
        {page < pages ? (
          <li>
            <Link to={href(page + 1)} rel="next">
              {next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
