import { parseArgs } from "node:util";
import { ask } from "./commands/ask.js";
import { build } from "./commands/build.js";
import { check } from "./commands/check.js";
import { studio } from "./commands/studio.js";
import { processIo, type CliIo } from "./io.js";

const USAGE = `Usage:
  faq check [DIR]                 check a knowledge folder (default: knowledge/)
  faq build [DIR] [--out FILE]    check it, then write the compiled JSON (default: dist/knowledge.json)
  faq ask [--json] [--knowledge PATH] [QUESTION...]
                                  answer questions (or one per line from standard input)
  faq studio [DIR] [--port N] [--out FILE]
                                  edit, try and publish the knowledge in your browser (on this computer only)`;

/**
 * Runs the `faq` command with the given arguments and returns its exit code:
 * 0 success, 1 problems found, 2 wrong usage. Never calls `process.exit`, so
 * tests can run it in-process with their own `io`.
 */
export async function runCli(argv: string[], io?: CliIo): Promise<number> {
  const cli = io ?? (await processIo());
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        json: { type: "boolean", default: false },
        knowledge: { type: "string" },
        port: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    cli.err(`faq: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (
    values.help ||
    command === "help" ||
    command === "--help" ||
    command === "-h"
  ) {
    cli.out(USAGE);
    return 0;
  }
  switch (command) {
    case "check":
      return check(positionals[0] ?? "knowledge", cli);
    case "build":
      return build(
        positionals[0] ?? "knowledge",
        values.out ?? "dist/knowledge.json",
        cli,
      );
    case "ask":
      return ask(
        positionals,
        {
          json: values.json ?? false,
          ...(values.knowledge ? { knowledge: values.knowledge } : {}),
        },
        cli,
      );
    case "studio":
      return studio(
        positionals[0] ?? "knowledge",
        { port: values.port, out: values.out ?? "dist/knowledge.json" },
        cli,
      );
    default:
      cli.err(
        `${command ? `faq: unknown command "${command}"\n` : ""}${USAGE}`,
      );
      return 2;
  }
}
