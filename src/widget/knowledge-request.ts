import type { FaqErrorReason } from "./events.js";

/** Limits on the knowledge file, so a wrong URL can't hang or flood a visitor's browser. */
export const knowledgeLimits = Object.freeze({
  /** Give up on the request after this long (headers and body together); the element's `knowledgeTimeout` overrides it. */
  timeoutMs: 10_000,
  /** Refuse files larger than this; real knowledge files are well under 1 MB. */
  maxBytes: 5 * 1024 * 1024,
});

/** Limits on one knowledge request. */
export type KnowledgeLimits = { timeoutMs: number; maxBytes: number };

/** A knowledge file could not be used; `reason` says why, in the terms of the `faq-error` event. */
export class KnowledgeLoadError extends Error {
  override name = "KnowledgeLoadError";
  constructor(
    readonly reason: FaqErrorReason,
    cause?: unknown,
  ) {
    super(`faq-chat knowledge: ${reason}`, { cause });
  }
}

/** A knowledge file on its way: its first line as soon as it has arrived, and the whole text. */
export interface KnowledgeRequest {
  /**
   * The file's first line once it is in (`faq build` puts the clinic's settings and the questions
   * there, so the panel can offer starter questions while the rest downloads); undefined when the
   * file has no line break. Never rejects.
   */
  head: Promise<string | undefined>;
  /** The whole text. Rejects with a {@link KnowledgeLoadError}. */
  text: Promise<string>;
}

// One request per URL per page, shared by every element that shows it.
// Failures are forgotten, so opening the panel again retries.
const requests = new Map<string, KnowledgeRequest>();

/**
 * Downloads a knowledge file's text, within `limits`. It lives in the first
 * script so the download starts on the visitor's first sign of intent,
 * alongside the conversation code instead of after it. Calls for the same URL
 * share one request.
 */
export function requestKnowledgeText(
  url: string,
  limits: KnowledgeLimits = knowledgeLimits,
): KnowledgeRequest {
  let request = requests.get(url);
  if (!request) {
    let onHead!: (line: string | undefined) => void;
    const head = new Promise<string | undefined>(
      (resolve) => (onHead = resolve),
    );
    const text = fetchText(url, limits, onHead);
    text.then(
      () => onHead(undefined),
      () => onHead(undefined),
    );
    text.catch(() => requests.delete(url));
    request = { head, text };
    requests.set(url, request);
  }
  return request;
}

async function fetchText(
  url: string,
  limits: KnowledgeLimits,
  onHead: (line: string) => void,
) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, {
      signal: abort.signal,
      credentials: "same-origin",
    });
    if (!response.ok) throw new KnowledgeLoadError("http", response.status);
    return await readLimited(response, limits.maxBytes, onHead);
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
}

/** Reads a response body as text, giving up as soon as it passes `maxBytes` (or says it will). */
async function readLimited(
  response: Response,
  maxBytes: number,
  onHead: (line: string) => void,
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
  let hasHead = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new KnowledgeLoadError("too-large", size);
    }
    // Only the new piece is searched for the first line's end: a file without one costs no rescans.
    const piece = decoder.decode(value, { stream: true });
    const end: number = hasHead ? -1 : piece.indexOf("\n");
    if (end >= 0) onHead(text + piece.slice(0, end));
    hasHead ||= end >= 0;
    text += piece;
  }
}
