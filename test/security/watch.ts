/**
 * What a page could notice going wrong during a security test: script that
 * ran (alert, confirm, prompt), uncaught errors, and requests to other hosts.
 * @module
 */
import { executeServerCommand } from "@web/test-runner-commands";

/** Every alert/confirm/prompt call, as `name(message)`. */
export const dialogs: string[] = [];

/** Replaces alert, confirm and prompt in `win` with functions that only record the call. */
export function trapDialogs(win: Window = window): void {
  for (const name of ["alert", "confirm", "prompt"] as const) {
    (win as unknown as Record<string, unknown>)[name] = (message?: unknown) => {
      dialogs.push(`${name}(${String(message)})`);
      return name === "confirm" ? false : null;
    };
  }
}

/** Uncaught errors and unhandled rejections seen by `win`. */
export function watchErrors(win: Window = window): string[] {
  const errors: string[] = [];
  win.addEventListener("error", (event) =>
    errors.push(`error: ${event.message}`),
  );
  win.addEventListener("unhandledrejection", (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  return errors;
}

/** True for a network URL (http, https, ws, wss) on another host than this page. */
export function isOtherHost(url: string, origin = location.origin): boolean {
  const parsed = new URL(url, origin);
  return /^(https?|wss?):$/.test(parsed.protocol) && parsed.origin !== origin;
}

/** Every resource `win` fetched, from its Resource Timing entries (buffered ones included). */
export function observeResources(win: Window = window): string[] {
  const seen: string[] = [];
  const Observer = (
    win as unknown as { PerformanceObserver: typeof PerformanceObserver }
  ).PerformanceObserver;
  new Observer((list) =>
    seen.push(...list.getEntries().map((entry) => entry.name)),
  ).observe({
    type: "resource",
    buffered: true,
  });
  return seen;
}

/** Starts recording every request of the test's browser page, frames included, at the DevTools protocol level; with `framesOnly`, only the pages under test (iframes). */
export async function startRecordingRequests({
  framesOnly = false,
}: { framesOnly?: boolean } = {}): Promise<void> {
  await executeServerCommand(
    "security-requests",
    framesOnly ? "start-frames" : "start",
  );
}

/** The requests recorded since the last call (and forgets them). */
export async function takeRecordedRequests(): Promise<string[]> {
  return (
    (await executeServerCommand<string[], string>(
      "security-requests",
      "take",
    )) ?? []
  );
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms));
