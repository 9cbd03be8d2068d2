import { data } from "react-router";

// Placeholder until this page is built: it answers 404 rather than pretend to work.
export function loader() {
  throw data(null, { status: 404 });
}

export default function Placeholder() {
  return null;
}
