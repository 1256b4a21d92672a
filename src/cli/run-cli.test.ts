import assert from "node:assert/strict";
import {
  cp,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { messages } from "../knowledge/messages.js";
import type { CliIo } from "./io.js";
import { runCli } from "./run-cli.js";

// Tests run from the repository root, so paths are as a staff member types them.
const fixture = (name: string) => `test/fixtures/knowledge-${name}`;

/** An io that records every line written, and feeds `input` as standard input (none when undefined). */
function capture(input?: Iterable<string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    lines: () =>
      input === undefined
        ? undefined
        : (async function* () {
            yield* input;
          })(),
  };
  return { io, out, err };
}

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "faq-run-cli-"));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

let compiledValidFile: Promise<string> | undefined;
/** The valid fixture built once by `faq build`, for the tests that ask a compiled file. */
function compiledValid(): Promise<string> {
  return (compiledValidFile ??= (async () => {
    const compiled = join(tmp, "valid-compiled", "knowledge.json");
    assert.equal(
      await runCli(
        ["build", fixture("valid"), "--out", compiled],
        capture().io,
      ),
      0,
    );
    return compiled;
  })());
}

describe("faq check", () => {
  test("check on a valid folder exits 0 and prints only the three hardest answers to read and the summary", async () => {
    const { io, out, err } = capture();
    const dir = fixture("valid");
    assert.equal(await runCli(["check", dir], io), 0);
    assert.deepEqual(out, [
      messages.hardestToRead(
        `${dir}/ketamine/what-is-ketamine.md (grade 8.5, 45 words), ${dir}/ketamine/ketamine-side-effects.md (grade 7.1, 38 words), ${dir}/anxiety/panic-attacks.md (grade 3.9, 52 words)`,
      ),
      messages.summary(0, 3),
    ]);
    assert.deepEqual(err, []);
  });

  test("check without a folder checks knowledge/ in the current folder", async () => {
    // A copy of the valid fixture as knowledge/ in a folder of its own: the shipped knowledge is checked
    // by `npm run build` and by check-knowledge.test.ts, and a second full check of it here cost 15 s.
    const folder = join(tmp, "default-folder");
    await cp(fixture("valid"), join(folder, "knowledge"), { recursive: true });
    const home = process.cwd();
    process.chdir(folder);
    try {
      const { io, out, err } = capture();
      assert.equal(await runCli(["check"], io), 0);
      assert.deepEqual(out, [
        messages.hardestToRead(
          "knowledge/ketamine/what-is-ketamine.md (grade 8.5, 45 words), knowledge/ketamine/ketamine-side-effects.md (grade 7.1, 38 words), knowledge/anxiety/panic-attacks.md (grade 3.9, 52 words)",
        ),
        messages.summary(0, 3),
      ]);
      assert.deepEqual(err, []);
    } finally {
      process.chdir(home);
    }
  });

  test("check prints reading-level warnings as file:line: message but still exits 0", async () => {
    const { io, out } = capture();
    const dir = fixture("hard-to-read");
    assert.equal(await runCli(["check", dir], io), 0);
    assert.match(
      out[0]!,
      new RegExp(
        `^${dir}/anxiety/panic-attacks\\.md:13: Warning: this answer reads at grade `,
      ),
    );
    assert.equal(out.at(-2), messages.warningsSummary(1));
    assert.equal(out.at(-1), messages.summary(0, 3));
  });

  test("check on a broken folder exits 1 and prints each problem as file:line: message, then the summary", async () => {
    const { io, out, err } = capture();
    const dir = fixture("raw-html");
    assert.equal(await runCli(["check", dir], io), 1);
    assert.deepEqual(out, [
      `${dir}/anxiety/panic-attacks.md:21: ${messages.rawHtml("<br>")}`,
      messages.hardestToRead(
        `${dir}/ketamine/what-is-ketamine.md (grade 8.5, 45 words), ${dir}/ketamine/ketamine-side-effects.md (grade 7.1, 38 words), ${dir}/anxiety/panic-attacks.md (grade 3.8, 53 words)`,
      ),
      "1 problem found in 3 entries.",
    ]);
    assert.deepEqual(err, []);
  });

  test("check prints every misrouted phrasing as a warning on its line, and warnings do not fail the check", async () => {
    const { io, out } = capture();
    const dir = fixture("misrouted-phrasing");
    assert.equal(await runCli(["check", dir], io), 0);
    const routed = out.filter((line) =>
      /does not get this entry|is answered with/.test(line),
    );
    assert.ok(routed.length >= 2, out.join("\n"));
    assert.match(
      routed[0]!,
      new RegExp(`^${dir}/ketamine/[a-z-]+\\.md:\\d+: `),
    );
  });
});

describe("faq build", () => {
  test("build writes the compiled JSON with every entry field, the settings and the vocabulary", async () => {
    const outFile = join(tmp, "valid", "knowledge.json");
    const { io, out, err } = capture();
    assert.equal(
      await runCli(["build", fixture("valid"), "--out", outFile], io),
      0,
    );
    assert.deepEqual(out, [messages.built(outFile, 3)]);
    assert.deepEqual(err, []);

    const compiled = JSON.parse(await readFile(outFile, "utf8"));
    assert.equal(compiled.format, "faq-chat/knowledge@1");
    assert.deepEqual(
      compiled.entries.map(
        (entry: { topic: string; id: string }) => `${entry.topic}/${entry.id}`,
      ),
      [
        "anxiety/panic-attacks",
        "ketamine/ketamine-side-effects",
        "ketamine/what-is-ketamine",
      ],
    );
    const panic = compiled.entries[0];
    // Each answer ships once, as HTML: the markdown source stays in the folder.
    assert.deepEqual(Object.keys(panic).sort(), [
      "html",
      "id",
      "phrasings",
      "question",
      "related",
      "sources",
      "tags",
      "topic",
    ]);
    assert.equal(panic.question, "What is a panic attack?");
    assert.equal(panic.phrasings.length, 5);
    assert.equal(
      panic.phrasings[4],
      "Last week my heart pounded, I felt dizzy and I was sure I was dying. Was that a panic attack?",
    );
    assert.match(
      panic.html,
      /^<p>A <strong>panic attack<\/strong> is a sudden wave/,
    );
    assert.match(panic.html, /<li>a racing or pounding heart<\/li>/);
    assert.deepEqual(panic.related, ["what-is-ketamine"]);
    assert.deepEqual(panic.sources, ["leaflet"]);
    assert.deepEqual(panic.tags, ["anxiety", "panic"]);

    assert.equal(compiled.settings.name, "Test Clinic");
    assert.equal(compiled.settings.phone, "+1 555 010 0199");
    assert.equal(compiled.settings.contactUrl, "https://example.com/contact");
    assert.equal(
      compiled.settings.handoff,
      "This is general information. Please talk with a provider at {clinic}.",
    );
    assert.equal(compiled.settings.crisis.resources.length, 2);
    assert.deepEqual(compiled.settings.sources.leaflet, {
      title: "Patient leaflet",
      url: "https://example.com/leaflet",
    });
    assert.deepEqual(compiled.vocabulary, {
      "special k": "ketamine",
      benzos: "benzodiazepines",
      "freak out": "panic",
    });
  });

  test("the shipped build holds at least the 40 required entries, each with at least 5 phrasings and 1 source", async () => {
    // dist/knowledge.json, which `npm run build` writes with `faq build knowledge` before the tests:
    // building the shipped knowledge again here cost 9 s (its crisis detector is trained from scratch).
    const compiled = JSON.parse(await readFile("dist/knowledge.json", "utf8"));
    assert.ok(compiled.entries.length >= 40);
    for (const entry of compiled.entries) {
      for (const field of ["id", "topic", "question", "html"])
        assert.equal(typeof entry[field], "string", `${entry.id}.${field}`);
      for (const field of ["phrasings", "related", "sources"])
        assert.ok(Array.isArray(entry[field]), `${entry.id}.${field}`);
      assert.ok(entry.phrasings.length >= 5, entry.id);
      if (entry.topic !== "clinic")
        assert.ok(entry.sources.length >= 1, entry.id);
    }
    assert.ok(compiled.settings.crisis.resources.length >= 3);
    assert.equal(compiled.vocabulary["special k"], "ketamine");
  });

  test("a failed build exits 1, says why, and leaves the existing output file byte-for-byte unchanged", async () => {
    const folder = join(tmp, "failed-build");
    const outFile = join(folder, "knowledge.json");
    const previous = Buffer.from([
      0x7b, 0x22, 0xff, 0x00, 0x0a, 0xe2, 0x9c, 0x93, 0x7d,
    ]);
    await rm(folder, { recursive: true, force: true });
    await runCli(["build", fixture("valid"), "--out", outFile], capture().io);
    await writeFile(outFile, previous);

    const { io, out, err } = capture();
    const dir = fixture("unknown-related");
    assert.equal(await runCli(["build", dir, "--out", outFile], io), 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      `${dir}/anxiety/panic-attacks.md:10: ${messages.unknownRelated("what-is-ketamin")}`,
      messages.summary(1, 3),
      messages.notBuilt(outFile),
    ]);
    assert.deepEqual(await readFile(outFile), previous);
    assert.deepEqual(
      await readdir(folder),
      ["knowledge.json"],
      "no temporary file is left behind",
    );
  });

  test("a failed build writes nothing when there was no output yet", async () => {
    const folder = join(tmp, "never-built");
    assert.equal(
      await runCli(
        [
          "build",
          fixture("bad-settings"),
          "--out",
          join(folder, "knowledge.json"),
        ],
        capture().io,
      ),
      1,
    );
    await assert.rejects(readdir(folder), { code: "ENOENT" });
  });
});

describe("faq ask", () => {
  test("ask --json prints exactly one JSON object per question, with id null when no entry answers", async () => {
    const { io, out, err } = capture();
    const questions = ["what is ketamine", "zqx vlorp wibble", "hello"];
    assert.equal(
      await runCli(
        ["ask", "--json", "--knowledge", "dist/knowledge.json", ...questions],
        io,
      ),
      0,
    );
    assert.deepEqual(err, []);
    assert.equal(out.length, 3);
    const answers = out.map((line) => {
      assert.ok(!line.includes("\n"), "one line per answer");
      return JSON.parse(line);
    });
    for (const [index, answer] of answers.entries()) {
      assert.equal(answer.question, questions[index]);
      for (const field of ["kind", "id", "score", "suggestions"])
        assert.ok(field in answer, `${field} is missing`);
      assert.equal(typeof answer.score, "number");
      assert.ok(Array.isArray(answer.suggestions));
    }
    assert.equal(answers[0].kind, "answer");
    assert.equal(answers[0].id, "what-is-ketamine");
    assert.equal(answers[1].kind, "fallback");
    assert.equal(answers[1].id, null);
    assert.equal(answers[2].kind, "smalltalk");
    assert.equal(answers[2].id, null);
  });

  test("ask reads standard input: 3,000 lines give 3,000 JSON lines, in order", async () => {
    const samples = [
      "how long does a session take",
      "special k side effects",
      "",
      "is it addictive?",
      "qwxz",
    ];
    const input = Array.from(
      { length: 3000 },
      (_, index) => samples[index % samples.length]!,
    );
    const { io, out, err } = capture(input);
    assert.equal(
      await runCli(["ask", "--json", "--knowledge", "dist/knowledge.json"], io),
      0,
    );
    assert.deepEqual(err, []);
    assert.equal(out.length, 3000);
    out.forEach((line, index) =>
      assert.equal(JSON.parse(line).question, input[index]),
    );
  });

  test("ask --knowledge reads a knowledge folder and a compiled JSON file alike", async () => {
    const compiled = await compiledValid();
    const question = "what does a panic attack feel like";
    const fromFolder = capture();
    const fromFile = capture();
    assert.equal(
      await runCli(
        ["ask", "--json", "--knowledge", fixture("valid"), question],
        fromFolder.io,
      ),
      0,
    );
    assert.equal(
      await runCli(
        ["ask", "--json", "--knowledge", compiled, question],
        fromFile.io,
      ),
      0,
    );
    assert.equal(JSON.parse(fromFolder.out[0]!).id, "panic-attacks");
    // The same reply, but for the markdown source, which only the folder carries (the JSON ships HTML alone).
    const { markdown, ...fromFolderReply } = JSON.parse(fromFolder.out[0]!);
    assert.match(markdown, /panic/i);
    assert.deepEqual(
      { ...JSON.parse(fromFile.out[0]!), markdown: undefined },
      { ...fromFolderReply, markdown: undefined },
    );
  });

  test("ask without --json prints a readable reply", async () => {
    const { io, out } = capture();
    assert.equal(
      await runCli(
        ["ask", "--knowledge", fixture("valid"), "what is ketamine"],
        io,
      ),
      0,
    );
    assert.equal(out.length, 1);
    assert.match(
      out[0]!,
      /^> what is ketamine\n\[answer: what-is-ketamine, confidence \d\.\d\d\]\nWhat is ketamine\?\n/,
    );
    assert.match(out[0]!, /Please talk with a provider at Test Clinic\./);
  });

  test("ask without --json prints the answer's text from a built knowledge file too, which carries only HTML", async () => {
    const compiled = await compiledValid();
    const fromFolder = capture();
    const fromFile = capture();
    const question = "what is ketamine";
    await runCli(
      ["ask", "--knowledge", fixture("valid"), question],
      fromFolder.io,
    );
    await runCli(["ask", "--knowledge", compiled, question], fromFile.io);
    // The folder's markdown and the file's HTML read the same, bar markdown's emphasis marks.
    const body = (text: string) =>
      text.split("\n").slice(3, 5).join(" ").replace(/\*\*/g, "");
    assert.ok(body(fromFile.out[0]!).length > 40, fromFile.out[0]);
    assert.equal(body(fromFile.out[0]!), body(fromFolder.out[0]!));
    assert.doesNotMatch(fromFile.out[0]!, /<[a-z]/);
  });

  test("ask without --json prints the gentle 988 line under a reply that carries it, as the widget shows it", async () => {
    const { io, out } = capture();
    await runCli(
      [
        "ask",
        "--knowledge",
        fixture("valid"),
        "is self-harm a symptom of panic attacks",
      ],
      io,
    );
    // An ordinary reply (not the crisis panel, whose text lists the resources anyway) with the line under it.
    assert.match(out[0]!, /^> [^\n]+\n\[(answer|suggest|fallback)/);
    assert.match(
      out[0]!,
      /\n\nIf you're ever thinking about harming yourself[^\n]*988/,
    );
    const calm = capture();
    await runCli(
      ["ask", "--knowledge", fixture("valid"), "what is ketamine"],
      calm.io,
    );
    assert.doesNotMatch(calm.out[0]!, /988/);
  });

  test("ask on a folder with problems lists them and exits 1 without answering", async () => {
    const { io, out, err } = capture();
    const dir = fixture("unknown-source");
    assert.equal(
      await runCli(
        ["ask", "--json", "--knowledge", dir, "what is ketamine"],
        io,
      ),
      1,
    );
    assert.deepEqual(out, []);
    assert.equal(
      err[0],
      `${dir}/ketamine/ketamine-side-effects.md:11: ${messages.unknownSource("leaflet.pdf")}`,
    );
  });

  test("ask on a knowledge path that does not exist exits 1", async () => {
    const { io, out, err } = capture();
    assert.equal(
      await runCli(
        [
          "ask",
          "--knowledge",
          join(tmp, "nothing-here.json"),
          "what is ketamine",
        ],
        io,
      ),
      1,
    );
    assert.deepEqual(out, []);
    assert.equal(err.length, 1);
  });

  test("ask with no question and nothing piped in is a usage error (exit 2)", async () => {
    const { io, out, err } = capture();
    assert.equal(await runCli(["ask", "--knowledge", fixture("valid")], io), 2);
    assert.deepEqual(out, []);
    assert.equal(err.length, 1);
  });
});

describe("usage", () => {
  test("an unknown command exits 2 and shows the usage", async () => {
    const { io, out, err } = capture();
    assert.equal(await runCli(["frobnicate"], io), 2);
    assert.deepEqual(out, []);
    assert.match(err.join("\n"), /^faq: unknown command "frobnicate"\nUsage:/);
  });

  test("no command at all exits 2 and shows the usage", async () => {
    const { io, err } = capture();
    assert.equal(await runCli([], io), 2);
    assert.match(err.join("\n"), /^Usage:/);
  });

  test("an unknown option exits 2", async () => {
    const { io, err } = capture();
    assert.equal(await runCli(["check", "--bogus"], io), 2);
    assert.match(err.join("\n"), /--bogus/);
  });

  test("an option or an argument a command does not take, or an option without a value, exits 2 and shows the usage", async () => {
    for (const argv of [
      ["check", "knowledge", "extra"],
      ["check", "knowledge", "--out", "x.json"],
      ["build", fixture("valid"), "--out="],
      ["ask", "--port", "80", "hello"],
    ]) {
      const { io, err } = capture();
      assert.equal(await runCli(argv, io), 2, argv.join(" "));
      assert.match(err.join("\n"), /Usage:/, argv.join(" "));
    }
  });

  test("build refuses to write inside the knowledge folder it reads, and leaves the folder as it was", async () => {
    const dir = join(tmp, "out-inside");
    await cp(fixture("valid"), dir, { recursive: true });
    const settings = await readFile(join(dir, "clinic.yaml"), "utf8");
    for (const out of [
      join(dir, "clinic.yaml"),
      join(dir, "ketamine", "new.json"),
      dir,
    ]) {
      const { io, err } = capture();
      assert.equal(await runCli(["build", dir, "--out", out], io), 2, out);
      assert.deepEqual(err, [messages.outInsideFolder(out, dir)]);
    }
    assert.equal(await readFile(join(dir, "clinic.yaml"), "utf8"), settings);
    assert.deepEqual(await readdir(join(dir, "ketamine")), [
      "ketamine-side-effects.md",
      "what-is-ketamine.md",
    ]);
  });

  test("a file where a folder belongs, or a folder where the output file belongs, is one plain line and exit 1, never a stack trace", async () => {
    const file = join(tmp, "not-a-folder.md");
    await writeFile(file, "hello");
    const cases: [string[], RegExp][] = [
      [["check", file], /is a file where a folder was expected/],
      [
        ["build", file, "--out", join(tmp, "x.json")],
        /is a file where a folder was expected/,
      ],
      [
        ["build", fixture("valid"), "--out", tmp],
        /is a folder where a file was expected/,
      ],
    ];
    for (const [argv, expected] of cases) {
      const { io, err } = capture();
      assert.equal(await runCli(argv, io), 1, argv.join(" "));
      assert.equal(err.length, 1, err.join("\n"));
      assert.match(err[0]!, expected);
      assert.doesNotMatch(err[0]!, /\n\s+at /);
    }
  });

  test("studio refuses a port that is not plain digits, a file for a folder and an output inside the folder", async () => {
    const file = join(tmp, "studio-file.md");
    await writeFile(file, "hello");
    for (const [argv, code, expected] of [
      [
        ["studio", fixture("valid"), "--port", "0x1F90"],
        2,
        /--port must be a number/,
      ],
      [
        ["studio", fixture("valid"), "--port", "1e3"],
        2,
        /--port must be a number/,
      ],
      [["studio", file], 1, /is a file, not a knowledge folder/],
      [
        [
          "studio",
          fixture("valid"),
          "--out",
          `${fixture("valid")}/clinic.yaml`,
        ],
        2,
        /inside the knowledge folder/,
      ],
    ] as [string[], number, RegExp][]) {
      const { io, err } = capture();
      assert.equal(await runCli(argv, io), code, argv.join(" "));
      assert.match(err.join("\n"), expected);
    }
  });

  test("--help prints the usage and exits 0", async () => {
    const { io, out } = capture();
    assert.equal(await runCli(["--help"], io), 0);
    assert.match(out.join("\n"), /faq check \[DIR\]/);
  });
});
