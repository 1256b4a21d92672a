/** Limits on the knowledge file, so a wrong URL can't hang or flood a visitor's browser. */
export const knowledgeLimits = Object.freeze({
  /** Give up on the request after this long (headers and body together); the element's `knowledgeTimeout` overrides it. */
  timeoutMs: 10_000,
  /** Refuse files larger than this; real knowledge files are well under 1 MB. */
  maxBytes: 5 * 1024 * 1024,
});

/** Limits on one knowledge request. */
export type KnowledgeLimits = { timeoutMs: number; maxBytes: number };

/** A knowledge request under way: the response, and what stops it when its time is up. */
export interface StartedRequest {
  response: Promise<Response>;
  abort: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

// One request per URL per page, shared by every element that shows it (see `knowledge-reader.ts`).
const started = new Map<string, StartedRequest>();

/**
 * Starts downloading a knowledge file, or returns the download already under
 * way. It lives in the first script so the download starts on the visitor's
 * first sign of intent, alongside the conversation code instead of after it;
 * the conversation code reads the body (`knowledge-reader.ts`).
 */
export function startKnowledgeRequest(
  url: string,
  limits: KnowledgeLimits = knowledgeLimits,
): StartedRequest {
  let request = started.get(url);
  if (!request) {
    const abort = new AbortController();
    request = {
      abort,
      timer: setTimeout(() => abort.abort(), limits.timeoutMs),
      response: fetch(url, {
        signal: abort.signal,
        credentials: "same-origin",
      }),
    };
    // Its reader reports a failure; until one reads it, a failure is not unhandled.
    request.response.catch(() => {});
    started.set(url, request);
  }
  return request;
}

/** Forgets a failed download, so opening the panel again retries. */
export const forgetKnowledgeRequest = (url: string) => started.delete(url);
