import { parseKnowledge } from "../engine/index.js";
import type { CompiledKnowledge } from "../engine/types.js";
import { FaqErrorEvent, type FaqErrorReason } from "./events.js";
import type { FaqChat } from "./faq-chat.js";

/** Limits on the knowledge file, so a wrong URL can't hang or flood a visitor's browser. */
export const knowledgeLimits = Object.freeze({
  /** Give up on the request after this long (headers and body together). */
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

/**
 * Fetches, size-checks and validates a compiled knowledge file. Calls for the
 * same URL share one request.
 *
 * @throws {KnowledgeLoadError} (as a rejection) for every kind of failure,
 *   with the underlying error, if any, as its `cause`.
 */
export function loadKnowledge(
  url: string,
  limits = knowledgeLimits,
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
  limits: typeof knowledgeLimits,
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeLoadError("invalid-json", error);
  }
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
 * Loads the knowledge for one element and keeps its status, in the manner of
 * `@lit/task`: the host re-renders whenever the status changes, and renders by
 * status (`loading` → a short notice, `ready` → the conversation, `error` →
 * the friendly message and the clinic's contact details).
 *
 * A failure never escapes as an uncaught error: it becomes `status: 'error'`,
 * a `reason`, and one `faq-error` event on the host.
 *
 * @example
 * ```ts
 * const knowledge = new KnowledgeController(host);
 * const loaded = await knowledge.load('/faq/knowledge.json'); // undefined on failure
 * if (knowledge.status === 'error') console.log(knowledge.reason);
 * ```
 */
export class KnowledgeController {
  /** Where loading stands. */
  status: KnowledgeStatus = "idle";
  /** The loaded knowledge, once `status` is `ready`. */
  knowledge: CompiledKnowledge | undefined;
  /** Why loading failed, once `status` is `error`. */
  reason: FaqErrorReason | undefined;
  private url: string | undefined;
  private pending: Promise<CompiledKnowledge | undefined> | undefined;

  constructor(
    private readonly host: Pick<FaqChat, "requestUpdate" | "dispatchEvent">,
  ) {}

  /**
   * Starts loading `url` unless it is already loaded or loading; resolves with
   * the knowledge, or undefined when it failed. Never rejects.
   */
  load(url: string): Promise<CompiledKnowledge | undefined> {
    if (url === this.url && this.pending && this.status !== "error")
      return this.pending;
    this.url = url;
    this.status = "loading";
    this.knowledge = undefined;
    this.reason = undefined;
    this.host.requestUpdate();
    const pending = loadKnowledge(url).then(
      (knowledge) => {
        if (this.pending !== pending) return knowledge;
        this.status = "ready";
        this.knowledge = knowledge;
        this.host.requestUpdate();
        return knowledge;
      },
      (error: unknown) => {
        if (this.pending !== pending) return undefined;
        this.status = "error";
        this.reason =
          error instanceof KnowledgeLoadError ? error.reason : "network";
        this.host.requestUpdate();
        this.host.dispatchEvent(new FaqErrorEvent(this.reason));
        return undefined;
      },
    );
    this.pending = pending;
    return pending;
  }
}
