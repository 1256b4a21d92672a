import { expect } from "@open-wc/testing";
// The real path: `faq build` renders markdown to HTML, the widget sanitizes it on display.
import { renderAnswer as compileAnswer } from "../knowledge/render-answer.js";
import { loadEngineCode, renderAnswerBody } from "./build-engine.js";
import { answerLimits, renderAnswer } from "./sanitize.js";

const renderAnswerMarkdown = (markdown: string) =>
  renderAnswer(compileAnswer(markdown), markdown);

/** The rendered fragment's markup, for checking what survived. */
function markupOf(markdown: string): { html: string; isFormatted: boolean } {
  const { fragment, isFormatted } = renderAnswerMarkdown(markdown);
  const container = document.createElement("div");
  container.append(fragment);
  return { html: container.innerHTML, isFormatted };
}

describe("answers compiled by faq build and sanitized on display", () => {
  it("keeps the formatting answers use: emphasis, lists, quotes, code and tables", () => {
    const { html, isFormatted } = markupOf(
      "**Important:** ketamine is *not* first-line.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n`code`\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(isFormatted).to.equal(true);
    for (const tag of [
      "<strong>",
      "<em>",
      "<ul>",
      "<ol>",
      "<li>",
      "<blockquote>",
      "<code>",
      "<table>",
      "<th>",
      "<td>",
    ]) {
      expect(html).to.contain(tag);
    }
  });

  it("returns a fragment of nodes, not a string", () => {
    expect(renderAnswerMarkdown("hello").fragment).to.be.instanceOf(
      DocumentFragment,
    );
  });

  it("opens links to other sites in a new tab without a referrer, and keeps same-site links as they are", () => {
    const { html } = markupOf(
      "[book](https://clinic.test/book) [pricing](/pricing) [call](tel:+15550100) [mail](mailto:a@clinic.test)",
    );
    expect(html).to.contain(
      '<a href="https://clinic.test/book" target="_blank" rel="noopener noreferrer">book</a>',
    );
    expect(html).to.contain('<a href="/pricing">pricing</a>');
    expect(html).to.contain('<a href="tel:+15550100">call</a>');
    expect(html).to.contain('<a href="mailto:a@clinic.test">mail</a>');
  });

  it("drops dangerous link schemes", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "java\tscript:alert(1)",
    ]) {
      const { html } = markupOf(`[x](${href})`);
      expect(html, href).to.not.match(/href="(?:java|data|vbscript)/i);
    }
  });

  it("removes images, scripts, styles, SVG, MathML, forms, frames and event handlers", () => {
    const { html } = markupOf(
      [
        "![pixel](https://evil.example/pixel.gif)",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        '<style>p{color:red}</style><p style="color:red">styled</p>',
        "<svg onload=alert(1)><circle/></svg><math><mi>x</mi></math>",
        '<form action="https://evil.example"><input name=q><button>go</button></form>',
        '<iframe src="https://evil.example"></iframe><object data=x></object><embed src=x>',
        '<p onclick="alert(1)" id="x" class="y" data-x="1" aria-hidden="true">attrs</p>',
      ].join("\n\n"),
    );
    expect(html).to.not.match(
      /<(img|script|style|svg|math|form|input|button|iframe|object|embed)\b/i,
    );
    expect(html).to.not.match(/\s(on\w+|style|id|class|data-x|aria-hidden)=/i);
    expect(html).to.not.contain("evil.example");
    expect(html).to.contain("styled");
  });

  it("turns markdown headings into h3 and h4, under the panel heading", () => {
    const { html } = markupOf("# One\n\n## Two\n\n#### Four");
    expect(html).to.contain("<h3>One</h3>");
    expect(html).to.contain("<h3>Two</h3>");
    expect(html).to.contain("<h4>Four</h4>");
  });

  it("shows input that breaks marked (very deep nesting) as plain text instead of throwing", () => {
    const deep = ">".repeat(20_000) + " deep";
    const started = performance.now();
    const { html, isFormatted } = markupOf(deep);
    expect(performance.now() - started).to.be.lessThan(2000);
    expect(html).to.not.contain("<blockquote>");
    expect(html).to.contain("deep");
    expect(isFormatted).to.equal(true);
  });

  it(`shows answer HTML longer than ${answerLimits.maxHtmlChars} characters as its markdown in plain text`, () => {
    const { fragment, isFormatted } = renderAnswer(
      "<b>x</b>".repeat(answerLimits.maxHtmlChars / 4),
      "**x**",
    );
    const container = document.createElement("div");
    container.append(fragment);
    expect(isFormatted).to.equal(false);
    expect(container.innerHTML).to.equal('<p class="plain-text">**x**</p>');
  });

  it("shows an answer without compiled HTML as its markdown in plain text", () => {
    const { fragment, isFormatted } = renderAnswer(
      null,
      "**bold** <b>not html</b>",
    );
    expect(isFormatted).to.equal(false);
    expect(fragment.textContent).to.equal("**bold** <b>not html</b>");
  });

  it("never runs script, whatever the markdown", async () => {
    const trap = window as { pwned?: number };
    trap.pwned = 0;
    const container = document.createElement("div");
    document.body.append(container);
    for (const attack of [
      '<img src=x onerror="window.pwned++">',
      "[x](javascript:window.pwned++)",
      '<a href="javascript:window.pwned++">x</a>',
      '<details open ontoggle="window.pwned++">',
      '<svg><animate onbegin="window.pwned++" attributeName=x dur=1s>',
      '<iframe srcdoc="<script>parent.pwned++</script>">',
    ]) {
      container.append(renderAnswerMarkdown(attack).fragment);
    }
    container.querySelectorAll("a").forEach((link) => link.click());
    await new Promise((resolve) => setTimeout(resolve, 100));
    container.remove();
    expect(trap.pwned).to.equal(0);
  });

  it("shows an answer that arrives before the sanitizer's code as its words in plain text, then formats once that code is in", async () => {
    const early = renderAnswerBody(
      "<p>Fish &amp; chips&nbsp;<b>&lt;3</b> &quot;yes&quot; &#39;no&#39;</p>",
      null,
    );
    expect(early.isFormatted).to.equal(false);
    expect(early.fragment.textContent).to.equal(`Fish & chips <3 "yes" 'no'`);
    await loadEngineCode();
    const later = renderAnswerBody("<p><b>bold</b></p>", "**bold**");
    expect(later.isFormatted).to.equal(true);
    const container = document.createElement("div");
    container.append(later.fragment);
    expect(container.innerHTML).to.equal("<p><b>bold</b></p>");
  });
});
