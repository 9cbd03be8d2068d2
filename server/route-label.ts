import { matchRoutes, type RouteObject, type ServerBuild } from "react-router";

/**
 * Turns a request path into the id of the route that answers it ("routes/home"), so that
 * metrics have one series per route rather than one per URL.
 */
export function createRouteLabeler(build: ServerBuild): (pathname: string) => string {
  const routes = build.routes;
  const childrenOf = (parentId: string | undefined): RouteObject[] =>
    Object.values(routes)
      .filter((route) => route?.parentId === parentId)
      .map((route) => {
        const node = { id: route!.id, path: route!.path, caseSensitive: route!.caseSensitive } as RouteObject;
        if (route!.index) return { ...node, index: true } as RouteObject;
        const children = childrenOf(route!.id);
        return children.length ? ({ ...node, children } as RouteObject) : node;
      });
  const tree = childrenOf(undefined);
  return (pathname) => {
    const path = pathname.endsWith(".data") ? pathname.slice(0, -5) || "/" : pathname;
    const matches = matchRoutes(tree, path === "/_root" ? "/" : path);
    return matches?.at(-1)?.route.id ?? "unmatched";
  };
}
