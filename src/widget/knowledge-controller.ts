import { Task, TaskStatus } from "@lit/task";
import { parseKnowledge } from "../engine/index.js";
import type {
  CompiledKnowledge,
  Engine,
  KnowledgeEntry,
} from "../engine/types.js";
import { buildEngine } from "./build-engine.js";
import { yieldToPage } from "./yield-to-page.js";
import { toSafePageUrl } from "./contact-links.js";
import type { ConversationHost } from "./conversation-host.js";
import { FaqErrorEvent, type FaqErrorReason } from "./events.js";
import {
  pickStarterQuestions,
  type StarterGroup,
} from "./starter-questions.js";

/** Limits on the knowledge file, so a wrong URL can't hang or flood a visitor's browser. */
export const knowledgeLimits = Object.freeze({
  /** Give up on the request after this long (headers and body together); the element's `knowledgeTimeout` overrides it. */
  timeoutMs: 10_000,
  /** Refuse files larger than this; real knowledge files are well under 1 MB. */
  maxBytes: 5 * 1024 * 1024,
});

/** Where loading stands: nothing asked yet, under way, usable, or failed for good. */
export type KnowledgeStatus = "idle" | "loading" | "ready" | "error";

/** A knowledge file could not be used; `reason` says why, in the terms of the `faq-error` event. */
export class KnowledgeLoadError extends Error {
  override name = "KnowledgeLoadError";
  constructor(
    readonly reason: FaqErrorReason,
    cause?: unknown,
  ) {
    super(`faq-chat: the knowledge file could not be used (${reason}).`, {
      cause,
    });
  }
}

// One request per URL per page, shared by every element that shows it.
// Failures are forgotten, so opening the panel again retries.
const requests = new Map<string, Promise<CompiledKnowledge>>();

/** Limits on one knowledge request. */
export type KnowledgeLimits = { timeoutMs: number; maxBytes: number };

/**
 * Fetches, size-checks and validates a compiled knowledge file. Calls for the
 * same URL share one request.
 *
 * @throws {KnowledgeLoadError} (as a rejection) for every kind of failure,
 *   with the underlying error, if any, as its `cause`.
 */
export function loadKnowledge(
  url: string,
  limits: KnowledgeLimits = knowledgeLimits,
): Promise<CompiledKnowledge> {
  let request = requests.get(url);
  if (!request) {
    request = fetchKnowledge(url, limits);
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

async function fetchKnowledge(
  url: string,
  limits: KnowledgeLimits,
): Promise<CompiledKnowledge> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, {
      signal: abort.signal,
      credentials: "same-origin",
    });
    if (!response.ok) throw new KnowledgeLoadError("http", response.status);
    text = await readLimited(response, limits.maxBytes);
  } catch (error) {
    throw error instanceof KnowledgeLoadError
      ? error
      : new KnowledgeLoadError(
          abort.signal.aborted ? "timeout" : "network",
          error,
        );
  } finally {
    clearTimeout(timer);
  }
  // Reading, parsing and checking a large file each take a while on a slow phone: the page gets its
  // turn between them, so none of them joins another into one long task.
  await yieldToPage();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeLoadError("invalid-json", error);
  }
  await yieldToPage();
  try {
    return parseKnowledge(data);
  } catch (error) {
    throw new KnowledgeLoadError("wrong-format", error);
  }
}

/** Reads a response body as text, giving up as soon as it passes `maxBytes` (or says it will). */
async function readLimited(
  response: Response,
  maxBytes: number,
): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new KnowledgeLoadError("too-large", declared);
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new KnowledgeLoadError("too-large", size);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * The knowledge as the conversation uses it: the data and its starter
 * questions at once, the engine when it has been built (in slices, after the
 * panel has shown the starters).
 */
export interface LoadedKnowledge {
  knowledge: CompiledKnowledge;
  /** Entries by id, for chips (a Map: ids named like built-in properties are just ids). */
  entries: ReadonlyMap<string, KnowledgeEntry>;
  /** Computed once per knowledge, capped (see `starter-questions.ts`). */
  starters: StarterGroup[];
  /** Resolves with the engine; rejects (after a `faq-error`) when the knowledge cannot be indexed. */
  engine: Promise<Engine>;
}

type KnowledgeArgs = readonly [
  url: string | null,
  name: string | null,
  phone: string | null,
  contactUrl: string | null,
  timeoutMs: number,
];

/**
 * Loads the knowledge for one element and builds its engine, as a `@lit/task`
 * (the host re-renders whenever the status changes). It runs again when the
 * element's `knowledge-src`, contact attributes or `knowledgeTimeout` change.
 *
 * A failure never escapes as an uncaught error: it becomes the `error`
 * status, a `reason`, and one `faq-error` event on the host.
 *
 * @example
 * ```ts
 * const knowledge = new KnowledgeController(host);
 * const loaded = await knowledge.ready(); // undefined on failure
 * if (knowledge.isFailed) console.log(knowledge.reason);
 * ```
 */
export class KnowledgeController {
  /** The underlying task: `status`, `value`, `render({ pending, complete, error })`. */
  readonly task: Task<KnowledgeArgs, LoadedKnowledge>;

  constructor(host: ConversationHost) {
    this.task = new Task<KnowledgeArgs, LoadedKnowledge>(host, {
      args: () =>
        [
          host.knowledgeUrl,
          host.clinicName,
          host.contactPhone,
          host.contactUrl,
          host.knowledgeTimeout,
        ] as const,
      task: async ([url, name, phone, contactUrl, timeoutMs], { signal }) => {
        if (url === null) throw new KnowledgeLoadError("invalid-config");
        const knowledge = await loadKnowledge(url, {
          ...knowledgeLimits,
          timeoutMs,
        });
        // The conversation renders when this task completes: not in the same task as the parsing.
        await yieldToPage();
        signal.throwIfAborted();
        const engine = buildEngine(knowledge, { name, phone, contactUrl });
        this.builtEngine = undefined;
        this.hasEngineFailed = false;
        engine.then(
          (built) => {
            if (this.task.value?.engine !== engine) return;
            this.builtEngine = built;
            host.requestUpdate();
          },
          // Data that passed the format check but still breaks the engine is unusable all the same.
          () => {
            if (this.task.value?.engine !== engine) return;
            this.hasEngineFailed = true;
            host.dispatchEvent(new FaqErrorEvent("wrong-format"));
            host.requestUpdate();
          },
        );
        return {
          knowledge,
          entries: new Map(knowledge.entries.map((entry) => [entry.id, entry])),
          starters: pickStarterQuestions(knowledge),
          engine,
        };
      },
      // A source whose URL is not one is left unlinked (answer.ts); the clinic hears about it.
      onComplete: ({ knowledge }) => {
        const sources = Object.values(knowledge.settings.sources);
        if (sources.some((source) => source.url && !toSafePageUrl(source.url)))
          host.dispatchEvent(new FaqErrorEvent("invalid-config"));
      },
      onError: (error) =>
        host.dispatchEvent(
          new FaqErrorEvent(
            error instanceof KnowledgeLoadError ? error.reason : "network",
          ),
        ),
    });
  }

  /** True once the knowledge loaded but its engine could not be built. */
  hasEngineFailed = false;
  /** The engine, once built for the current knowledge. */
  builtEngine: Engine | undefined;

  /** The loaded knowledge, once ready (and usable). */
  get value(): LoadedKnowledge | undefined {
    return this.task.status === TaskStatus.COMPLETE && !this.hasEngineFailed
      ? this.task.value
      : undefined;
  }

  /** True while loading or building. */
  get isPending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** True once loading failed (until it is retried), or the engine could not be built. */
  get isFailed(): boolean {
    return this.task.status === TaskStatus.ERROR || this.hasEngineFailed;
  }

  /** Why loading failed, in the terms of the `faq-error` event. */
  get reason(): FaqErrorReason | undefined {
    const { error } = this.task;
    if (this.hasEngineFailed) return "wrong-format";
    return this.isFailed
      ? error instanceof KnowledgeLoadError
        ? error.reason
        : "network"
      : undefined;
  }

  /** Resolves with the loaded knowledge, or undefined when it failed. Never rejects. */
  async ready(): Promise<LoadedKnowledge | undefined> {
    try {
      return await this.task.taskComplete;
    } catch {
      return undefined;
    }
  }

  /** Resolves with the engine, or undefined when the knowledge or the engine failed. Never rejects. */
  async engine(): Promise<Engine | undefined> {
    try {
      return await (
        await this.ready()
      )?.engine;
    } catch {
      return undefined;
    }
  }
}
