import { Marked, type Token } from 'marked';

/** Longer answers are compiled as plain text: no real answer is this long, and marked's time grows with size. */
export const MAX_ANSWER_MARKDOWN = 20_000;

// Markdown headings become h3/h4 so they sit under the chat panel's own heading.
const markdown = new Marked({
  gfm: true,
  async: false,
  walkTokens(token: Token) {
    if (token.type === 'heading') token.depth = token.depth < 4 ? 3 : 4;
  },
});

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Renders one answer's markdown to HTML at build time, so the widget does not
 * ship a markdown parser (see docs/decisions/markdown-rendered-at-build-time.md).
 * The result is NOT trusted: the widget sanitizes it with DOMPurify every time
 * it is displayed. Input marked cannot handle (it throws on very deep nesting)
 * or that is absurdly long becomes escaped plain text.
 */
export function renderAnswer(source: string): string {
  if (source.length <= MAX_ANSWER_MARKDOWN) {
    try {
      return markdown.parse(source) as string;
    } catch {
      // Fall through to plain text.
    }
  }
  return `<p>${escapeHtml(source)}</p>`;
}
