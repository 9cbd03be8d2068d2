import { data } from "react-router";
import type { Route } from "./+types/not-found";

/** Every path no other route claims: a Dutch (or English) 404 page with a way back. */
export function loader(_: Route.LoaderArgs) {
  throw data(null, { status: 404 });
}

export function action(_: Route.ActionArgs) {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
