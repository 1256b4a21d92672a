import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { readEntry } from "../knowledge/read-entry.js";
import { toEntryForm, type EntryForm } from "./entry-form.js";
import { entryText, newEntryText } from "./entry-text.js";
import { changedLines } from "./testing/changed-lines.js";
import { editYamlText } from "./yaml-edit.js";

const shipped = readFileSync(
  new URL("../../../knowledge/sessions/session-length.md", import.meta.url),
  "utf8",
);
const formOf = (text: string): EntryForm => {
  const { entry } = readEntry("x.md", "session-length", "sessions", text);
  assert.ok(entry, "the shipped entry reads");
  return toEntryForm(entry);
};

describe("saving an entry from the form", () => {
  test("an unchanged form gives back the file byte for byte", () => {
    assert.equal(entryText(shipped, formOf(shipped)), shipped);
  });

  test("changing one phrasing changes only that line", () => {
    const form = formOf(shipped);
    form.phrasings[2] = "how long is a ketamine appointment";
    const saved = entryText(shipped, form);
    assert.deepEqual(changedLines(shipped, saved), {
      removed: ["  - length of a ketamine appointment"],
      added: ["  - how long is a ketamine appointment"],
    });
  });

  test("changing the answer keeps the fields block as it was", () => {
    const form = formOf(shipped);
    form.answer = "About an hour.";
    const saved = entryText(shipped, form);
    assert.equal(
      saved.split("---\n").slice(0, 2).join("---\n"),
      shipped.split("---\n").slice(0, 2).join("---\n"),
    );
    assert.equal(formOf(saved).answer, "About an hour.");
  });

  test("text with YAML-breaking characters is quoted and reads back exactly", () => {
    const form = formOf(shipped);
    const tricky = [
      "- starts like a list item",
      "key: value # not a comment",
      "\"quoted\" and 'single'",
      "[not, a, list]",
      "line\nbreak",
      "@at *star &amp !bang %pct `tick",
    ];
    form.phrasings = [...form.phrasings.slice(0, 5), ...tricky];
    form.question = "What: is {this}?";
    form.related = ["during-a-session", "odd: one"];
    const read = formOf(entryText(shipped, form));
    assert.deepEqual(
      read.phrasings.slice(5),
      tricky.map((text) => text.trim()),
    );
    assert.equal(read.question, "What: is {this}?");
    assert.deepEqual(read.related, ["during-a-session", "odd: one"]);
  });

  test("reordering phrasings keeps each one's quoting", () => {
    const form = formOf(shipped);
    form.phrasings.reverse();
    const saved = entryText(shipped, form);
    const quoted = shipped
      .split("\n")
      .filter((line) => line.startsWith("  - "))
      .sort();
    assert.deepEqual(
      saved
        .split("\n")
        .filter((line) => line.startsWith("  - "))
        .sort(),
      quoted,
    );
  });

  test("a new entry file reads back as the form that made it", () => {
    const form: EntryForm = {
      topic: "sessions",
      id: "parking",
      question: "Where can I park?",
      phrasings: ["a", "b"],
      tags: [],
      related: ["session-length"],
      sources: ["clinic"],
      answer: "Behind the building.",
    };
    const text = newEntryText(form);
    const { entry } = readEntry("x.md", "parking", "sessions", text);
    assert.equal(entry?.question, "Where can I park?");
    assert.deepEqual(entry?.phrasings, ["a", "b"]);
    assert.deepEqual(entry?.related, ["session-length"]);
    assert.equal(entry?.answer, "Behind the building.");
  });
});

describe("editing YAML in place", () => {
  const settings =
    '# The name.\nname: Old  # inline comment\n\nhandoff: >-\n  Folded\n  text.\n\ncrisis:\n  intro: Hi\n  resources:\n    - label: A\n      phone: "1"\n# End.\n';

  test("keeps comments and folded text of fields it does not touch", () => {
    const edited = editYamlText(settings, [{ path: ["name"], value: "New" }]);
    assert.equal(edited, settings.replace("name: Old", "name: New"));
  });

  test("rewrites a nested list of records at its own indentation", () => {
    const edited = editYamlText(settings, [
      {
        path: ["crisis", "resources"],
        value: [
          { label: "A", phone: "1" },
          { label: "B", sms: "2" },
        ],
      },
    ]);
    assert.ok(
      edited.includes(
        '  resources:\n    - label: A\n      phone: "1"\n    - label: B\n      sms: "2"\n# End.',
      ),
      edited,
    );
  });

  test("adds a missing nested field under a new parent", () => {
    const edited = editYamlText(settings, [
      { path: ["facts", "hours"], value: "Mon-Fri 9-5" },
    ]);
    assert.equal(
      edited,
      settings.replace("# End.", "facts:\n  hours: Mon-Fri 9-5\n# End."),
    );
  });

  test("fills a field that was left empty, as one line or as a block list", () => {
    const text = "question: Q\nrelated:\nsources: [a]\n";
    assert.equal(
      editYamlText(text, [
        { path: ["related"], value: ["x", "y"], flow: true },
      ]),
      "question: Q\nrelated: [x, y]\nsources: [a]\n",
    );
    assert.equal(
      editYamlText(text, [{ path: ["related"], value: ["x", "y"] }]),
      "question: Q\nrelated:\n  - x\n  - y\nsources: [a]\n",
    );
  });

  test("fills a parent that was left empty", () => {
    const edited = editYamlText('name: X\nfacts:\nphone: "1"\n', [
      { path: ["facts", "hours"], value: "9-5" },
    ]);
    assert.equal(edited, 'name: X\nfacts:\n  hours: 9-5\nphone: "1"\n');
  });
});
