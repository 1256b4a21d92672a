import { existsSync, statSync } from "node:fs";
import { messages } from "../../knowledge/messages.js";
import { isInside } from "../is-inside.js";
import { fileURLToPath } from "node:url";
import { startStudio } from "../../studio/studio-server.js";
import { studioMessages } from "../../studio/studio-messages.js";
import type { CliIo } from "../io.js";

/** The built page scripts: beside the bundled `dist/cli.js`, or in `dist/` when run from the compiled sources. */
function findAssets(): string | undefined {
  return [
    new URL("./", import.meta.url),
    new URL("../../../../dist/", import.meta.url),
  ]
    .map((url) => fileURLToPath(url))
    .find(
      (dir) =>
        existsSync(`${dir}/studio.js`) && existsSync(`${dir}/faq-chat.js`),
    );
}

/**
 * `faq studio [DIR] [--port N] [--out FILE]`: serves the studio on 127.0.0.1
 * and prints its link (with the per-run token). Runs until `signal` aborts
 * (Ctrl+C from the command line), then returns 0.
 */
export async function studio(
  dir: string,
  options: { port: string | undefined; out: string },
  io: CliIo,
  signal?: AbortSignal,
): Promise<number> {
  // Digits only: Number() would read "0x1F90" as 8080 and "1e3" as 1000.
  const port =
    options.port === undefined
      ? 4545
      : /^\d{1,5}$/.test(options.port)
        ? Number(options.port)
        : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(
      `faq studio: --port must be a number from 0 to 65535 (found "${options.port}").`,
    );
    return 2;
  }
  const assetsDir = findAssets();
  if (!assetsDir) {
    io.err(
      "faq studio: the studio page is not built. Run `npm run build` first.",
    );
    return 1;
  }
  const folder = statSync(dir, { throwIfNoEntry: false });
  if (!folder) {
    io.err(`faq studio: the folder ${dir} does not exist.`);
    return 1;
  }
  if (!folder.isDirectory()) {
    io.err(`faq studio: ${dir} is a file, not a knowledge folder.`);
    return 1;
  }
  if (isInside(options.out, dir)) {
    io.err(messages.outInsideFolder(options.out, dir));
    return 2;
  }
  const running = await startStudio({ dir, out: options.out, assetsDir, port });
  io.out(studioMessages.started(running.url));
  const stop = signal ?? processInterrupt();
  await new Promise<void>((resolve) =>
    stop.aborted
      ? resolve()
      : stop.addEventListener("abort", () => resolve(), { once: true }),
  );
  await running.close();
  return 0;
}

/** Aborts on Ctrl+C (SIGINT) or SIGTERM. */
function processInterrupt(): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  return controller.signal;
}
