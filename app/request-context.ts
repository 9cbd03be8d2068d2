import { createContext, RouterContextProvider } from "react-router";

/** What the HTTP server knows about a request and hands to every loader and action. */
export type RequestInfo = {
  requestId: string;
  nonce: string;
  ip: string;
};

export const requestInfoContext = createContext<RequestInfo>();

export function createLoadContext(info: RequestInfo): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(requestInfoContext, info);
  return context;
}
