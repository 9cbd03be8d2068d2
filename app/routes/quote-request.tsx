// A quote request has the same page as a mini-competition (competition.tsx), under its own path.
export { action, default, handle, loader, meta } from "./competition.tsx";
