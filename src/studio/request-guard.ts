import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { studioMessages } from "./studio-messages.js";

/** The header the studio page sends its per-run key in. */
export const TOKEN_HEADER = "x-studio-token";

/** Why a request was refused: an HTTP status and a message for staff. */
export interface Refusal {
  status: number;
  message: string;
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Decides whether a request may reach the studio, so that another web site
 * open in the same browser can neither change nor read the clinic's knowledge:
 *
 * - the `Host` must be this server's own loopback address (`127.0.0.1` or
 *   `localhost` with its port), which defeats DNS rebinding;
 * - an `Origin`, when present, must be that same address, and every request
 *   that changes something must carry one (browsers always send it on POST,
 *   PUT and DELETE);
 * - every `/api/` request must carry the per-run token, in the
 *   `x-studio-token` header, or for reads (the widget's knowledge and the
 *   change stream cannot set headers) in a `token` query parameter.
 *
 * Returns undefined when the request may go ahead.
 */
export function refuseRequest(
  request: IncomingMessage,
  token: string,
): Refusal | undefined {
  const port = request.socket.localPort;
  const host = request.headers.host ?? "";
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ownHosts.includes(host.toLowerCase()))
    return { status: 403, message: studioMessages.notLocal() };
  const origin = request.headers.origin;
  const isWrite = !["GET", "HEAD"].includes(request.method ?? "GET");
  if (origin !== undefined && origin !== `http://${host.toLowerCase()}`)
    return { status: 403, message: studioMessages.notLocal() };
  if (isWrite && origin === undefined)
    return { status: 403, message: studioMessages.notLocal() };
  const site = request.headers["sec-fetch-site"];
  if (isWrite && site !== undefined && site !== "same-origin")
    return { status: 403, message: studioMessages.notLocal() };
  let url: URL;
  try {
    url = new URL(request.url ?? "/", `http://${host}`);
  } catch {
    // An address no URL parser reads ("//[") is refused, not thrown: any page in the browser can send one.
    return { status: 400, message: studioMessages.notLocal() };
  }
  if (!url.pathname.startsWith("/api/")) return undefined;
  const header = request.headers[TOKEN_HEADER];
  const given =
    typeof header === "string"
      ? header
      : !isWrite
        ? (url.searchParams.get("token") ?? "")
        : "";
  if (!sameText(given, token))
    return { status: 401, message: studioMessages.noToken() };
  return undefined;
}
