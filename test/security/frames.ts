/**
 * Opens the pages of test/security/pages/ in an iframe, so each gets its own
 * document (and its own Content-Security-Policy response header) while the
 * test drives it from outside, and reads back what `recorder.js` saw.
 * @module
 */
import type { FaqChat } from "../../src/widget/faq-chat.js";
import { waitFor } from "../../src/widget/testing/faq-chat-harness.js";

/** What recorder.js keeps in the page's `window.securityLog`. */
export interface SecurityLog {
  violations: string[];
  policies: string[];
  errors: string[];
  events: { type: string; detail: string }[];
  console: string[];
  requests: { via: string; url: string; body: string }[];
  resources: string[];
  storageWrites: { storage: "local" | "session"; key: string; value: string }[];
  cookieWrites: string[];
}

export interface OpenedPage {
  frame: HTMLIFrameElement;
  window: Window & { securityLog: SecurityLog };
  document: Document;
  log: SecurityLog;
  /** Every `<faq-chat>` in the page, once each is defined and rendered. */
  elements(): Promise<FaqChat[]>;
  close(): void;
}

/** Opens `test/security/pages/<name>` in an 800×600 iframe and waits until it has loaded. */
export async function openPage(name: string): Promise<OpenedPage> {
  const frame = document.createElement("iframe");
  frame.style.width = "800px";
  frame.style.height = "600px";
  const loaded = new Promise((resolve) =>
    frame.addEventListener("load", resolve, { once: true }),
  );
  frame.src = new URL(`./pages/${name}`, import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as OpenedPage["window"];
  const doc = frame.contentDocument as Document;
  return {
    frame,
    window: win,
    document: doc,
    log: win.securityLog,
    async elements() {
      await waitFor(
        () => win.customElements.get("faq-chat") !== undefined,
        "<faq-chat> to be defined in the page",
      );
      await waitFor(
        () =>
          doc.querySelectorAll("faq-chat").length > 0 &&
          [...doc.querySelectorAll("faq-chat")].every((element) =>
            element.shadowRoot?.querySelector(".panel"),
          ),
        "every <faq-chat> to render",
      );
      return [...doc.querySelectorAll("faq-chat")] as FaqChat[];
    },
    close: () => frame.remove(),
  };
}
