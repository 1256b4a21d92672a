import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { join } from "node:path";
import type { EntryForm, SettingsForm } from "./entry-form.js";
import { explainAnswer } from "./explain-answer.js";
import { studioPageHtml } from "./page-html.js";
import { refuseRequest } from "./request-guard.js";
import { StudioError, StudioFolder } from "./studio-folder.js";
import { studioMessages } from "./studio-messages.js";
import { watchFolder } from "./watch-folder.js";

/** Largest request body the studio reads: far above any real entry, far below what could hurt. */
export const MAX_BODY_BYTES = 256 * 1024;

/** How to run a studio. */
export interface StudioOptions {
  /** The knowledge folder to edit. */
  dir: string;
  /** Where Publish writes the compiled knowledge (as `faq build --out`). */
  out: string;
  /** The folder holding the built `studio.js` and `faq-chat.js` (the project's `dist/`). */
  assetsDir: string;
  /** The per-run token; a fresh random one when absent (tests pass their own). */
  token?: string;
}

/** A studio's request handler and the things it holds open. */
export interface StudioHandler {
  token: string;
  /** Answers one request; every path is the studio's. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Stops watching the folder and ends open change streams. */
  close(): void;
}

/** A running studio. */
export interface RunningStudio {
  /** The link to open, token included. */
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  type = "application/json; charset=utf-8",
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "content-type": type });
  response.end(typeof body === "string" ? body : JSON.stringify(body));
}

async function readJson(
  request: IncomingMessage,
): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/.test(request.headers["content-type"] ?? ""))
    throw new StudioError(415, studioMessages.badRequest());
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new StudioError(413, studioMessages.tooLarge(MAX_BODY_BYTES));
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new Error("not an object");
    return value as Record<string, unknown>;
  } catch {
    throw new StudioError(400, studioMessages.badRequest());
  }
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => text(item)) : [];
// Anything but text is no text: `String()` of a page's object could throw (a `toString` that is not a function).
const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : "";

/** Reads an entry form from a request body, whatever the page sent: every field becomes text or a list of texts. */
function entryFormOf(body: Record<string, unknown>): EntryForm {
  const form = (body.form ?? {}) as Record<string, unknown>;
  return {
    topic: text(form.topic).trim(),
    id: text(form.id).trim(),
    question: text(form.question).replace(/\s+/g, " ").trim(),
    phrasings: texts(form.phrasings)
      .map((item) => item.replace(/\s+/g, " ").trim())
      .filter(Boolean),
    tags: texts(form.tags)
      .map((item) => item.trim())
      .filter(Boolean),
    related: texts(form.related)
      .map((item) => item.trim())
      .filter(Boolean),
    sources: texts(form.sources)
      .map((item) => item.trim())
      .filter(Boolean),
    answer: text(form.answer),
  };
}

function settingsFormOfBody(body: Record<string, unknown>): SettingsForm {
  const form = (body.form ?? {}) as Record<string, unknown>;
  const resources = Array.isArray(form.crisis_resources)
    ? (form.crisis_resources as Record<string, unknown>[])
    : [];
  const facts = (form.facts ?? {}) as Record<string, unknown>;
  return {
    name: text(form.name).trim(),
    phone: text(form.phone).trim(),
    contact_url: text(form.contact_url).trim(),
    handoff: text(form.handoff).trim(),
    crisis_intro: text(form.crisis_intro).trim(),
    crisis_resources: resources.map((resource) => ({
      label: text(resource?.label).trim(),
      phone: text(resource?.phone).trim(),
      sms: text(resource?.sms).trim(),
      sms_body: text(resource?.sms_body).trim(),
    })),
    facts: Object.fromEntries(
      Object.entries(facts).map(([key, value]) => [key, text(value).trim()]),
    ),
  };
}

/** An id from a request's path, decoded; a malformed escape ("%E0%A4%A") is a bad request, not a crash. */
function decodedId(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new StudioError(400, studioMessages.badRequest());
  }
}

const originalIdOf = (body: Record<string, unknown>) =>
  typeof body.originalId === "string" ? body.originalId : undefined;

/**
 * The studio's HTTP handler: the page, the built scripts, and a small JSON
 * API over {@link StudioFolder}. Every request passes {@link refuseRequest}
 * first. Changes to the folder (from the studio or a text editor) are sent
 * to open pages as Server-Sent Events.
 */
export function createStudioHandler(options: StudioOptions): StudioHandler {
  const token = options.token ?? randomBytes(24).toString("hex");
  const folder = new StudioFolder(options.dir, options.out);
  const streams = new Set<ServerResponse>();
  let version = 0;
  const stopWatching = watchFolder(options.dir, () => {
    version++;
    for (const stream of streams)
      stream.write(`event: change\ndata: ${version}\n\n`);
  });

  const routes = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> => {
    const { pathname } = url;
    const method = request.method ?? "GET";
    if (pathname === "/" && method === "GET") {
      if (url.searchParams.get("token") !== token)
        return send(
          response,
          401,
          studioMessages.noToken(),
          "text/plain; charset=utf-8",
        );
      return send(
        response,
        200,
        studioPageHtml(token),
        "text/html; charset=utf-8",
      );
    }
    if (pathname.startsWith("/assets/") && method === "GET") {
      const name = pathname.slice("/assets/".length);
      // Only the built scripts, by plain file name: nothing else in dist/ or beyond.
      const path = join(options.assetsDir, name);
      if (!/^[a-z0-9][\w.-]*\.js$/i.test(name) || !existsSync(path))
        return send(
          response,
          404,
          studioMessages.notFound(),
          "text/plain; charset=utf-8",
        );
      return send(
        response,
        200,
        await readFile(path, "utf8"),
        "text/javascript; charset=utf-8",
      );
    }
    if (pathname === "/api/state" && method === "GET")
      return send(response, 200, {
        ...(await folder.state()),
        version,
        out: options.out,
      });
    if (pathname === "/api/knowledge.json" && method === "GET")
      return send(response, 200, await folder.knowledgeForTrying());
    if (pathname === "/api/events" && method === "GET") {
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        "content-type": "text/event-stream",
      });
      response.write(`event: change\ndata: ${version}\n\n`);
      streams.add(response);
      request.on("close", () => streams.delete(response));
      return;
    }
    if (pathname === "/api/check-entry" && method === "POST") {
      const body = await readJson(request);
      return send(
        response,
        200,
        await folder.checkEntry(entryFormOf(body), originalIdOf(body)),
      );
    }
    if (pathname === "/api/entries" && method === "POST") {
      const body = await readJson(request);
      const saved = await folder.saveEntry(entryFormOf(body), {
        originalId: originalIdOf(body),
        isDraft: body.isDraft === true,
      });
      return send(response, 200, {
        message: saved.message,
        problems: saved.check.problems,
        file: saved.check.file,
      });
    }
    const entryPath = /^\/api\/entries\/([^/]+)$/.exec(pathname);
    if (entryPath && method === "DELETE")
      return send(response, 200, {
        message: await folder.deleteEntry(decodedId(entryPath[1]!)),
      });
    if (pathname === "/api/check-settings" && method === "POST")
      return send(
        response,
        200,
        await folder.checkSettings(settingsFormOfBody(await readJson(request))),
      );
    if (pathname === "/api/settings" && method === "PUT")
      return send(response, 200, {
        message: await folder.saveSettings(
          settingsFormOfBody(await readJson(request)),
        ),
      });
    if (pathname === "/api/explain" && method === "POST") {
      const body = await readJson(request);
      return send(
        response,
        200,
        explainAnswer(
          await folder.knowledgeForTrying(),
          text(body.question).slice(0, 2000),
        ),
      );
    }
    if (pathname === "/api/publish" && method === "POST") {
      await readJson(request);
      const result = await folder.publish();
      return send(response, result.isPublished ? 200 : 422, result);
    }
    return send(response, 404, { message: studioMessages.notFound() });
  };

  return {
    token,
    async handle(request, response) {
      const refusal = refuseRequest(request, token);
      if (refusal)
        return send(response, refusal.status, { message: refusal.message });
      try {
        await routes(
          request,
          response,
          new URL(request.url ?? "/", "http://studio"),
        );
      } catch (error) {
        // The rest of a refused body is never read: the connection cannot be reused.
        if (error instanceof StudioError && error.status === 413)
          response.setHeader("connection", "close");
        if (error instanceof StudioError)
          return send(response, error.status, {
            message: error.message,
            problems: error.problems,
          });
        if ((error as Error).name === "OutsideFolderError")
          return send(response, 400, {
            message: studioMessages.outsideFolder(
              (error as { path?: string }).path ?? "",
            ),
          });
        send(response, 500, { message: (error as Error).message });
      }
    },
    close() {
      stopWatching();
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}

/**
 * Starts a studio on 127.0.0.1 only (never another address: the knowledge
 * must not be editable from the network). Port 0 picks a free port.
 */
export async function startStudio(
  options: StudioOptions & { port: number },
): Promise<RunningStudio> {
  const handler = createStudioHandler(options);
  const server = createServer((request, response) => {
    // Whatever a request does, the studio keeps running: an error ends that request, not the process.
    handler.handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/?token=${handler.token}`,
    token: handler.token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        handler.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
