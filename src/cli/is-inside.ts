import { isAbsolute, relative, resolve } from "node:path";

/**
 * Whether `path` is `folder` or anything inside it. `faq build` and the
 * studio's Publish refuse to write there: `--out knowledge/clinic.yaml` would
 * replace the clinic's settings with compiled JSON.
 */
export function isInside(path: string, folder: string): boolean {
  const route = relative(resolve(folder), resolve(path));
  return route === "" || (!route.startsWith("..") && !isAbsolute(route));
}
