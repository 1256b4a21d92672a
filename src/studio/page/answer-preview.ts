import { renderAnswer } from "../../widget/sanitize.js";

const rendered = new Map<string, DocumentFragment | ChildNode[]>();

/**
 * An answer exactly as the widget shows it: the HTML `faq build` rendered,
 * sanitised by the widget's own `sanitize.ts` (DOMPurify with the widget's
 * allow-list). Returns the same nodes for the same place and HTML, so Lit
 * leaves them in place between renders.
 *
 * @param place where the preview is shown (one set of nodes per place).
 */
export function answerPreview(
  place: string,
  html: string,
  markdown: string,
): ChildNode[] {
  const key = `${place}\n${html}`;
  let nodes = rendered.get(key);
  if (!nodes) {
    for (const old of [...rendered.keys()])
      if (old.startsWith(`${place}\n`)) rendered.delete(old);
    nodes = [...renderAnswer(html, markdown).fragment.childNodes];
    rendered.set(key, nodes);
  }
  return nodes as ChildNode[];
}
