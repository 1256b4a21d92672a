import assert from "node:assert/strict";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { toEntryForm, type EntryForm } from "./entry-form.js";
import { startStudio, type RunningStudio } from "./studio-server.js";
import { keepFirstPhrasings } from "./testing/keep-first-phrasings.js";

const shippedKnowledge = fileURLToPath(
  new URL("../../../knowledge/", import.meta.url),
);
let workspace: string;
let dir: string;
let out: string;
let studio: RunningStudio;
let origin: string;

interface Reply {
  status: number;
  body: string;
  json: () => Record<string, unknown>;
}

/** One raw HTTP request, so tests control every header (fetch would refuse to set Host). */
function call(
  method: string,
  path: string,
  {
    headers = {},
    body,
  }: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Reply> {
  const { port } = new URL(origin);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: {
          host: `127.0.0.1:${port}`,
          ...(payload ? { "content-type": "application/json" } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}
/** A request as the studio's own page sends it. */
const fromPage = (extra: Record<string, string> = {}) => ({
  origin,
  "x-studio-token": studio.token,
  ...extra,
});

const entryPath = () => join(dir, "sessions", "session-length.md");
const sessionLengthForm = async () => {
  const state = (
    await call("GET", "/api/state", { headers: fromPage() })
  ).json() as { entries: Record<string, unknown>[] };
  const entry = state.entries.find(
    (candidate) => candidate.id === "session-length",
  )!;
  return toEntryForm(entry as unknown as EntryForm);
};

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), "faq-studio-"));
  dir = join(workspace, "knowledge");
  out = join(workspace, "out", "knowledge.json");
  cpSync(shippedKnowledge, dir, { recursive: true });
  keepFirstPhrasings(dir);
  studio = await startStudio({ dir, out, assetsDir: workspace, port: 0 });
  origin = new URL(studio.url).origin;
});
after(async () => {
  await studio.close();
  rmSync(workspace, { recursive: true, force: true });
});

describe("the studio server refuses what does not come from its own page", () => {
  test("it listens on 127.0.0.1 and on no other address", async () => {
    assert.equal(
      (studio.server.address() as { address: string }).address,
      "127.0.0.1",
    );
    const { port } = new URL(origin);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.address !== "127.0.0.1")
      .map((address) => address!.address);
    for (const address of [...new Set([...others, "::1"])]) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: Number(port) });
        socket.once("connect", () => (socket.destroy(), resolve("connected")));
        socket.once("error", (error: NodeJS.ErrnoException) =>
          resolve(error.code ?? "error"),
        );
      });
      assert.notEqual(outcome, "connected", `reachable on ${address}`);
    }
  });

  test("the page needs the token from the printed link", async () => {
    assert.equal((await call("GET", "/")).status, 401);
    assert.equal((await call("GET", "/?token=wrong")).status, 401);
    const page = await call("GET", `/?token=${studio.token}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<faq-studio/);
  });

  test("a write with a foreign Origin is refused and nothing changes", async () => {
    const before = readFileSync(entryPath(), "utf8");
    const form = await sessionLengthForm();
    form.answer = "Changed by another site.";
    const reply = await call("POST", "/api/entries", {
      headers: fromPage({ origin: "https://evil.example" }),
      body: { form, originalId: "session-length" },
    });
    assert.equal(reply.status, 403);
    assert.equal(readFileSync(entryPath(), "utf8"), before);
  });

  test("a write without an Origin, or from another site by Sec-Fetch-Site, is refused", async () => {
    const form = await sessionLengthForm();
    const noOrigin = await call("POST", "/api/entries", {
      headers: { "x-studio-token": studio.token },
      body: { form, originalId: "session-length" },
    });
    assert.equal(noOrigin.status, 403);
    const crossSite = await call("POST", "/api/entries", {
      headers: fromPage({ "sec-fetch-site": "cross-site" }),
      body: { form, originalId: "session-length" },
    });
    assert.equal(crossSite.status, 403);
  });

  test("an address no URL parser reads is refused, and the studio keeps answering", async () => {
    // Any page open in the browser can send it without the token (fetch with mode "no-cors").
    for (const path of ["//[", "//[/api/state"])
      assert.equal((await call("GET", path)).status, 400, path);
    assert.equal(
      (await call("GET", "/api/state", { headers: fromPage() })).status,
      200,
    );
  });
  test("a request naming another Host (DNS rebinding) is refused", async () => {
    const reply = await call("GET", "/api/state", {
      headers: { ...fromPage(), host: "evil.example:80" },
    });
    assert.equal(reply.status, 403);
  });

  test("a write without the token, or with a wrong one, is refused and nothing changes", async () => {
    const before = readFileSync(entryPath(), "utf8");
    const form = await sessionLengthForm();
    form.answer = "No token.";
    const missing = await call("POST", "/api/entries", {
      headers: { origin },
      body: { form, originalId: "session-length" },
    });
    assert.equal(missing.status, 401);
    const wrong = await call("POST", "/api/entries", {
      headers: { origin, "x-studio-token": "x".repeat(48) },
      body: { form, originalId: "session-length" },
    });
    assert.equal(wrong.status, 401);
    assert.equal(
      (await call("GET", "/api/state", { headers: { origin } })).status,
      401,
    );
    assert.equal(readFileSync(entryPath(), "utf8"), before);
  });

  test("a token in the query string is accepted for reads only", async () => {
    assert.equal(
      (await call("GET", `/api/knowledge.json?token=${studio.token}`)).status,
      200,
    );
    const reply = await call(
      "DELETE",
      `/api/entries/ptsd?token=${studio.token}`,
      { headers: { origin } },
    );
    assert.equal(reply.status, 401);
    assert.ok(existsSync(join(dir, "anxiety", "ptsd.md")));
  });
});

describe("the studio writes only inside the knowledge folder", () => {
  test("ids and topics that would leave the folder are refused", async () => {
    const form = await sessionLengthForm();
    for (const [topic, id] of [
      ["..", "escape"],
      ["sessions", "../../escape"],
      ["/tmp", "escape"],
      ["sessions", "..%2F..%2Fescape"],
      ["sessions/../..", "escape"],
    ]) {
      const reply = await call("POST", "/api/entries", {
        headers: fromPage(),
        body: { form: { ...form, topic, id } },
      });
      assert.equal(reply.status, 400, `${topic}/${id}`);
    }
    const deleted = await call("DELETE", "/api/entries/..%2F..%2Fclinic", {
      headers: fromPage(),
    });
    assert.equal(deleted.status, 400);
    assert.ok(!existsSync(join(workspace, "escape.md")));
    assert.ok(existsSync(join(dir, "clinic.yaml")));
  });

  test("a topic folder that is a symbolic link to elsewhere is refused", async () => {
    const elsewhere = join(workspace, "elsewhere");
    cpSync(join(dir, "sessions"), elsewhere, { recursive: true });
    symlinkSync(elsewhere, join(dir, "linked"));
    const form = {
      ...(await sessionLengthForm()),
      topic: "linked",
      id: "planted",
    };
    const reply = await call("POST", "/api/entries", {
      headers: fromPage(),
      body: { form },
    });
    assert.equal(reply.status, 400);
    assert.match(String(reply.json().message), /outside the knowledge folder/);
    assert.ok(!existsSync(join(elsewhere, "planted.md")));
    rmSync(join(dir, "linked"));
  });

  test("a huge body is refused before it is read", async () => {
    const form = {
      ...(await sessionLengthForm()),
      answer: "word ".repeat(100_000),
    };
    const reply = await call("POST", "/api/entries", {
      headers: fromPage(),
      body: { form, originalId: "session-length" },
    });
    assert.equal(reply.status, 413);
  });
});

describe("the studio server answers malformed or racing requests without a crash or a wrong result", () => {
  test("an edit that names another entry's id is refused, and neither entry changes", async () => {
    const target = join(dir, "sessions", "booster-sessions.md");
    const [before, otherBefore] = [
      readFileSync(entryPath(), "utf8"),
      readFileSync(target, "utf8"),
    ];
    const form = { ...(await sessionLengthForm()), id: "booster-sessions" };
    const reply = await call("POST", "/api/entries", {
      headers: fromPage(),
      body: { form, originalId: "session-length" },
    });
    assert.equal(reply.status, 400);
    assert.match(String(reply.json().message), /id cannot change/);
    assert.equal(readFileSync(entryPath(), "utf8"), before);
    assert.equal(readFileSync(target, "utf8"), otherBefore);
  });

  test("a malformed escape in an entry's path, or fields that are not text, are a 400, not a 500", async () => {
    const badPath = await call("DELETE", "/api/entries/%E0%A4%A", {
      headers: fromPage(),
    });
    assert.equal(badPath.status, 400);
    const badForm = await call("POST", "/api/check-entry", {
      headers: fromPage(),
      body: { form: { id: { toString: 1 }, topic: ["x"] } },
    });
    assert.equal(badForm.status, 400);
  });

  test("saves of one entry sent at once (a double click) each succeed, one after the other, and leave no temporary file", async () => {
    const form = await sessionLengthForm();
    const replies = await Promise.all(
      ["First.", "Second.", "Third."].map((ending) =>
        call("POST", "/api/entries", {
          headers: fromPage(),
          body: {
            form: { ...form, answer: `${form.answer} ${ending}` },
            originalId: "session-length",
          },
        }),
      ),
    );
    assert.deepEqual(
      replies.map((reply) => reply.status),
      [200, 200, 200],
    );
    // One whole save, whichever came last: never a mix of two.
    assert.match(
      readFileSync(entryPath(), "utf8"),
      /\.\s(First|Second|Third)\.\s*$/,
    );
    const leftovers = (await import("node:fs"))
      .readdirSync(join(dir, "sessions"))
      .filter((name) => name.endsWith(".tmp"));
    assert.deepEqual(leftovers, []);
    // Back as it was, for the tests after.
    const restored = await call("POST", "/api/entries", {
      headers: fromPage(),
      body: { form, originalId: "session-length" },
    });
    assert.equal(restored.status, 200);
  });
});

describe("saving, drafts, deleting and publishing", () => {
  test("an entry with raw HTML is not saved, and the problem is faq check's, with its line", async () => {
    const before = readFileSync(entryPath(), "utf8");
    const form = await sessionLengthForm();
    form.answer = "Hello <script>alert(1)</script>";
    const reply = await call("POST", "/api/entries", {
      headers: fromPage(),
      body: { form, originalId: "session-length" },
    });
    assert.equal(reply.status, 422);
    const problems = reply.json().problems as {
      line: number;
      message: string;
      field: string;
    }[];
    assert.ok(
      problems.some(
        (problem) =>
          problem.field === "answer" &&
          /contains HTML/.test(problem.message) &&
          problem.line > 20,
      ),
    );
    assert.equal(readFileSync(entryPath(), "utf8"), before);
  });

  test("a draft is written under .drafts/ and left out of the build", async () => {
    const form = {
      ...(await sessionLengthForm()),
      id: "parking-draft",
      question: "Where do I park?",
      phrasings: ["parking"],
      answer: "Behind the clinic.",
    };
    const reply = await call("POST", "/api/entries", {
      headers: fromPage(),
      body: { form, isDraft: true },
    });
    assert.equal(reply.status, 200);
    assert.ok(existsSync(join(dir, ".drafts", "sessions", "parking-draft.md")));
    const published = (
      await call("POST", "/api/publish", { headers: fromPage(), body: {} })
    ).json();
    assert.equal(published.isPublished, true, String(published.message));
    const ids = (
      JSON.parse(readFileSync(out, "utf8")) as { entries: { id: string }[] }
    ).entries.map((entry) => entry.id);
    assert.ok(!ids.includes("parking-draft"));
  });

  test("deleting an entry that others link to is refused, and says which", async () => {
    const reply = await call("DELETE", "/api/entries/during-a-session", {
      headers: fromPage(),
    });
    assert.equal(reply.status, 409);
    assert.match(String(reply.json().message), /session-length/);
    assert.ok(existsSync(join(dir, "sessions", "during-a-session.md")));
  });

  test("a failed publish leaves the previous knowledge.json byte for byte", async () => {
    const previous = readFileSync(out);
    writeFileSync(
      join(dir, "sessions", "broken.md"),
      "---\nquestion: [unclosed\n---\nText\n",
    );
    const reply = await call("POST", "/api/publish", {
      headers: fromPage(),
      body: {},
    });
    assert.equal(reply.status, 422);
    assert.match(String(reply.json().message), /left exactly as it was/);
    assert.deepEqual(readFileSync(out), previous);
    rmSync(join(dir, "sessions", "broken.md"));
  });

  test("saving the clinic name changes one line of clinic.yaml", async () => {
    const before = readFileSync(join(dir, "clinic.yaml"), "utf8");
    const state = (
      await call("GET", "/api/state", { headers: fromPage() })
    ).json() as { settings: Record<string, unknown> };
    const reply = await call("PUT", "/api/settings", {
      headers: fromPage(),
      body: { form: { ...state.settings, name: "Harbor Light: Wellness" } },
    });
    assert.equal(reply.status, 200, reply.body);
    assert.equal(
      readFileSync(join(dir, "clinic.yaml"), "utf8"),
      before.replace("name: Your clinic", 'name: "Harbor Light: Wellness"'),
    );
  });

  test("the why of a question names the entry, its score and the words that mattered", async () => {
    const reply = (
      await call("POST", "/api/explain", {
        headers: fromPage(),
        body: { question: "how long does an infusion session take" },
      })
    ).json();
    assert.equal(reply.kind, "answer");
    assert.equal(reply.id, "session-length");
    const candidates = reply.candidates as { id: string; score: number }[];
    assert.equal(candidates[0]?.id, "session-length");
    assert.ok((candidates[0]?.score ?? 0) > 0.5);
    assert.ok(
      (reply.words as { word: string }[]).some((word) =>
        ["long", "infusion", "session"].includes(word.word),
      ),
    );
  });
});
