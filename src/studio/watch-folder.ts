import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** How often the folder is compared with what was last seen, in case `fs.watch` misses a change (network drives, some editors). */
const POLL_MS = 1000;

/** Every file's name, size and modification time: a cheap way to notice any change. */
async function fingerprint(dir: string): Promise<string> {
  const parts: string[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    const items = await readdir(folder, { withFileTypes: true }).catch(
      () => [],
    );
    for (const item of items.sort((a, b) => a.name.localeCompare(b.name))) {
      if (item.name.endsWith(".tmp")) continue;
      const path = join(folder, item.name);
      if (item.isDirectory() && depth < 3) await visit(path, depth + 1);
      else if (item.isFile()) {
        const info = await stat(path).catch(() => undefined);
        if (info) parts.push(`${path}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  await visit(dir, 0);
  return parts.join("\n");
}

/**
 * Calls `onChange` soon after anything in the knowledge folder changes,
 * whoever changed it (the studio, or staff in a text editor). Uses
 * `fs.watch` for speed and a one-second comparison as a safety net; calls
 * come at most once per change, after the folder has settled. Returns a
 * function that stops watching.
 */
export function watchFolder(dir: string, onChange: () => void): () => void {
  let last: string | undefined;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  const compare = async () => {
    if (running) return;
    running = true;
    try {
      const now = await fingerprint(dir);
      if (last !== undefined && now !== last) onChange();
      last = now;
    } finally {
      running = false;
    }
  };
  void compare();
  const poll = setInterval(() => void compare(), POLL_MS);
  poll.unref();
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      // Editors write a file in several steps: wait for the last one.
      timer = setTimeout(() => void compare(), 100);
    });
    watcher.on("error", () => watcher?.close());
  } catch {
    // Recursive watching is not available everywhere; polling still notices changes.
  }
  return () => {
    clearInterval(poll);
    clearTimeout(timer);
    watcher?.close();
  };
}
