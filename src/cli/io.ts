/** Where the CLI reads and writes; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard input's lines, or undefined when it is a terminal (nothing piped in). */
  lines(): AsyncIterable<string> | undefined;
}

/** The real process's streams. */
export async function processIo(): Promise<CliIo> {
  const { createInterface } = await import("node:readline");
  return {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
    lines: () =>
      process.stdin.isTTY
        ? undefined
        : createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}
