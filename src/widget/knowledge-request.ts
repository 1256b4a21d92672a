/** A knowledge request under way: the response, and what stops it. */
export interface StartedRequest {
  response: Promise<Response>;
  abort: AbortController;
}

// One request per URL per page, shared by every element that shows it (see `knowledge-reader.ts`).
const started = new Map<string, StartedRequest>();

/**
 * Starts downloading a knowledge file, or returns the download already under
 * way. It lives in the first script so the download starts on the visitor's
 * first sign of intent, alongside the conversation code instead of after it;
 * the conversation code reads the body, within its time limit
 * (`knowledge-reader.ts`). The limit starts when reading does: a file that
 * arrived whole before the conversation code must not be cut off unread.
 */
export function startKnowledgeRequest(url: string): StartedRequest {
  let request = started.get(url);
  if (!request) {
    const abort = new AbortController();
    request = {
      abort,
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
