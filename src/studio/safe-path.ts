import { lstat, realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/** An entry id or topic name: lowercase letters, digits and single dashes (the same rule as `faq check`'s file names). */
export const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thrown when a path would leave the knowledge folder. */
export class OutsideFolderError extends Error {
  constructor(readonly path: string) {
    super(`outside the knowledge folder: ${path}`);
    this.name = "OutsideFolderError";
  }
}

const isInside = (root: string, path: string) => {
  const rest = relative(root, path);
  return rest === "" || (!rest.startsWith("..") && !isAbsolute(rest));
};

/** The real path of `path`, or of its nearest existing parent joined with the rest. */
async function realPathOfNearest(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return resolve(await realPathOfNearest(parent), relative(parent, path));
  }
}

/**
 * Resolves `relativePath` (forward slashes) inside the knowledge folder, or
 * throws {@link OutsideFolderError}: absolute paths, `..` segments, NUL
 * bytes, and symbolic links (of the file or any folder on the way) that point
 * outside the folder are all refused, whatever the caller validated before.
 */
export async function resolveInside(
  root: string,
  relativePath: string,
): Promise<string> {
  const segments = relativePath.split(/[\\/]/);
  if (
    relativePath === "" ||
    isAbsolute(relativePath) ||
    /^[a-z]:/i.test(relativePath) ||
    relativePath.includes("\0") ||
    segments.some((s) => s === ".." || s === "")
  ) {
    throw new OutsideFolderError(relativePath);
  }
  const realRoot = await realpath(root);
  const target = resolve(realRoot, ...segments);
  if (!isInside(realRoot, target)) throw new OutsideFolderError(relativePath);
  if (!isInside(realRoot, await realPathOfNearest(target)))
    throw new OutsideFolderError(relativePath);
  // A dangling link would be created wherever it points when written through.
  const stat = await lstat(target).catch(() => undefined);
  if (
    stat?.isSymbolicLink() &&
    !isInside(realRoot, await realpath(target).catch(() => sep))
  )
    throw new OutsideFolderError(relativePath);
  return target;
}
