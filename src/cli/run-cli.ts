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
  const misuse =
    command === undefined ? undefined : misuseOf(command, values, positionals);
  if (misuse) {
    cli.err(`faq ${command}: ${misuse}\n${USAGE}`);
    return 2;
  }
  try {
    return await runCommand(command, values, positionals, cli);
  } catch (error) {
    // A folder that is a file, a file that cannot be read, a port in use: said plainly, never a stack trace.
    cli.err(`faq ${command}: ${describeFailure(error)}`);
    return 1;
  }
}

type Values = {
  out?: string | undefined;
  json?: boolean | undefined;
  knowledge?: string | undefined;
  port?: string | undefined;
  help?: boolean | undefined;
};

/** The options and arguments each command takes (beyond --help); anything else is wrong usage. */
const ACCEPTS: Readonly<
  Record<string, { options: readonly (keyof Values)[]; positionals: number }>
> = {
  check: { options: [], positionals: 1 },
  build: { options: ["out"], positionals: 1 },
  ask: { options: ["json", "knowledge"], positionals: Infinity },
  studio: { options: ["port", "out"], positionals: 1 },
};

/** Why a command's arguments are wrong usage, or undefined when they are fine. */
function misuseOf(
  command: string,
  values: Values,
  positionals: string[],
): string | undefined {
  if (!Object.hasOwn(ACCEPTS, command) || values.help) return undefined;
  const accepts = ACCEPTS[command]!;
  const given = (Object.keys(values) as (keyof Values)[]).filter(
    (name) =>
      name !== "help" && values[name] !== undefined && values[name] !== false,
  );
  const unknown = given.find((name) => !accepts.options.includes(name));
  if (unknown) return `--${unknown} does not apply to this command.`;
  for (const name of ["out", "knowledge", "port"] as const)
    if (values[name] !== undefined && values[name]!.trim() === "")
      return `--${name} needs a value.`;
  if (positionals.length > accepts.positionals)
    return `one folder at most (found ${positionals.map((p) => `"${p}"`).join(", ")}).`;
  return undefined;
}

/** System errors as staff can act on them: what, where, and often what to do. */
const FAILURES: Readonly<Record<string, string>> = {
  ENOENT: "does not exist",
  ENOTDIR:
    "is a file where a folder was expected (or a path goes through a file)",
  EISDIR: "is a folder where a file was expected",
  EACCES: "cannot be read or written with your permissions",
  EPERM: "cannot be read or written with your permissions",
  EEXIST: "is in the way: a file is where a folder was expected",
  ELOOP: "is a link that leads back to itself",
  EROFS: "is on a disk that cannot be written to",
  ENOSPC: "cannot be written: the disk is full",
  EADDRINUSE:
    "the port is already in use (is another studio running?); choose another with --port",
};

function describeFailure(error: unknown): string {
  const { code, path, port } = (error ?? {}) as {
    code?: string;
    path?: string;
    port?: number;
  };
  const what =
    code && Object.hasOwn(FAILURES, code) ? FAILURES[code] : undefined;
  if (what && path) return `${path} ${what}.`;
  if (what) return `${what}${port === undefined ? "" : ` (port ${port})`}.`;
  return error instanceof Error ? error.message : String(error);
}

async function runCommand(
  command: string | undefined,
  values: Values,
  positionals: string[],
  cli: CliIo,
): Promise<number> {
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
