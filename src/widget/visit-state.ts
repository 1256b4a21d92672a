/**
 * Whether the visitor left the panel open, kept for the browser session so
 * the next page of the same visit shows it open too. sessionStorage only, one
 * flag per knowledge URL; storage that is full or disabled is ignored.
 * @module
 */

const keyFor = (knowledgeUrl: string | null) =>
  `faq-chat:open:${knowledgeUrl ?? ""}`;

/** True when the visitor left the panel open earlier in this visit. */
export function readOpenState(knowledgeUrl: string | null): boolean {
  try {
    return sessionStorage.getItem(keyFor(knowledgeUrl)) === "1";
  } catch {
    return false;
  }
}

/** Remembers (or forgets) that the visitor left the panel open. */
export function writeOpenState(
  knowledgeUrl: string | null,
  isOpen: boolean,
): void {
  try {
    if (isOpen) sessionStorage.setItem(keyFor(knowledgeUrl), "1");
    else sessionStorage.removeItem(keyFor(knowledgeUrl));
  } catch {
    // Disabled storage: the panel just starts closed on the next page.
  }
}
