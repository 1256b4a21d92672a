import type { FaqErrorReason } from "./events.js";
import {
  forgetKnowledgeRequest,
  startKnowledgeRequest,
} from "./knowledge-request.js";
import { yieldToPage } from "./yield-to-page.js";

/** Limits on the knowledge file, so a wrong URL can't hang or flood a visitor's browser. */
export const knowledgeLimits = Object.freeze({
  /**
   * Give up when the request makes no progress for this long (no headers yet, or no new piece of the body);
   * the element's `knowledgeTimeout` overrides it. Progress, not the whole download: the shipped file (561
   * KiB gzip) takes about 11.5 s on a slow phone network (400 kbit/s), and a limit on the whole would refuse it.
   */
  timeoutMs: 10_000,
  /** Give up on the request this long after reading starts, however it progresses (a server trickling bytes). */
  totalMs: 120_000,
  /** Refuse files larger than this; the shipped knowledge file is about 1.8 MB. */
  maxBytes: 5 * 1024 * 1024,
});

/** Limits on one knowledge request. */
export type KnowledgeLimits = {
  timeoutMs: number;
  totalMs: number;
  maxBytes: number;
};

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

/** Bytes decoded between two turns of the page: a whole 800 KB file at once held a 4× slower phone for 200 ms. */
const DECODE_SLICE = 64 * 1024;

// One reading per URL per page, shared by every element that shows it.
// Failures are forgotten, so opening the panel again retries.
const requests = new Map<string, KnowledgeRequest>();

/**
 * Reads a knowledge file's text, within `limits`, from the download the first
 * script started on the visitor's intent (or a new one). Calls for the same
 * URL share one reading.
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
    const text = readText(url, limits, onHead);
    text.then(
      () => onHead(undefined),
      () => onHead(undefined),
    );
    text.catch(() => {
      requests.delete(url);
      forgetKnowledgeRequest(url);
    });
    request = { head, text };
    requests.set(url, request);
  }
  return request;
}

async function readText(
  url: string,
  limits: KnowledgeLimits,
  onHead: (line: string) => void,
) {
  const { response, abort } = startKnowledgeRequest(url);
  const stop = () => abort.abort();
  let stalled = setTimeout(stop, limits.timeoutMs);
  // Never shorter than the wait without progress a host page asked for.
  const overall = setTimeout(stop, Math.max(limits.totalMs, limits.timeoutMs));
  // Each piece of the body that arrives starts the wait for the next one again.
  const progressed = () => {
    clearTimeout(stalled);
    stalled = setTimeout(stop, limits.timeoutMs);
  };
  try {
    const answer = await response;
    if (!answer.ok) throw new KnowledgeLoadError("http", answer.status);
    progressed();
    return await readLimited(answer, limits.maxBytes, onHead, progressed);
  } catch (error) {
    throw error instanceof KnowledgeLoadError
      ? error
      : new KnowledgeLoadError(
          abort.signal.aborted ? "timeout" : "network",
          error,
        );
  } finally {
    clearTimeout(stalled);
    clearTimeout(overall);
  }
}

/** Reads a response body as text, giving up as soon as it passes `maxBytes` (or says it will). */
async function readLimited(
  response: Response,
  maxBytes: number,
  onHead: (line: string) => void,
  progressed: () => void,
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
    progressed();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new KnowledgeLoadError("too-large", size);
    }
    // A body already in (a fast network, a cache) comes as one large piece: it is decoded a slice at
    // a time, the page getting its turn before each (the first read often lands in the task that
    // rendered the panel).
    for (let start = 0; start < value.byteLength; start += DECODE_SLICE) {
      await yieldToPage();
      const piece = decoder.decode(
        value.subarray(start, start + DECODE_SLICE),
        { stream: true },
      );
      // Only the new piece is searched for the first line's end: a file without one costs no rescans.
      const end: number = hasHead ? -1 : piece.indexOf("\n");
      if (end >= 0) onHead(text + piece.slice(0, end));
      hasHead ||= end >= 0;
      text += piece;
    }
  }
}
