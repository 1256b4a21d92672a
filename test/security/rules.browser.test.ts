import { expect } from "@open-wc/testing";
import { renderAnswer } from "../../src/knowledge/render-answer.js";
import {
  brokenRules,
  checkRule,
  genericRules,
  markupView,
  missingSubstrings,
} from "./rules.js";

// The checker the attack-vector tests rely on must itself catch what it claims
// to, or those tests would pass by checking nothing. Markup here is parsed in
// an inert document: nothing loads, nothing runs.
const inert = document.implementation.createHTMLDocument("");
function container(markup: string): Element {
  const element = inert.createElement("div");
  element.innerHTML = markup;
  return element;
}

describe("the security rule checker", () => {
  for (const [rule, bad, good] of [
    ["tag:svg", "<svg><circle/></svg>", "<p>svg</p>"],
    ["attr:onerror", "<img src=x onerror=alert(1)>", "<p>onerror=alert(1)</p>"],
    ["attr:on*", "<p onmouseover=x>a</p>", "<p title=on>a</p>"],
    ["attr:style", '<p style="color:red">a</p>', "<p>style</p>"],
    [
      "scheme:javascript",
      '<a href=" &#14; JaVa&#x09;script:alert(1)">x</a>',
      '<a href="https://example.org/javascript:x">x</a>',
    ],
    [
      "scheme:data",
      '<img srcset="ok.png 1x, data:image/png;base64,AA 2x">',
      '<a href="/data:x">x</a>',
    ],
    [
      "scheme:javascript",
      '<a ping="https://a.test/ javascript:x">x</a>',
      '<a ping="https://a.test/">x</a>',
    ],
    [
      "load:evil.example",
      '<img src="https://evil.example/p.gif">',
      '<a href="https://evil.example/">link</a>',
    ],
    [
      "load:evil.example",
      "<style>@import url(https://evil.example/x.css)</style>",
      "<p>evil.example</p>",
    ],
    [
      're:<a\\b[^>]*target="_blank"',
      '<a href="/" target="_blank">x</a>',
      '<a href="/">target="_blank"</a>',
    ],
    ["onerror", '<img onerror="x">', "<p>onerror</p>"],
  ] as const) {
    it(`"${rule}" flags ${bad} and accepts ${good}`, () => {
      expect(checkRule(container(bad), rule)).to.be.a("string");
      expect(checkRule(container(good), rule)).to.equal(null);
    });
  }

  it("the markup view keeps tags and attributes, drops text, and keeps style and script text", () => {
    expect(
      markupView(container("<P>Hello <B>World</B></P><style>X{}</style>")),
    ).to.equal("<p><b></b></p><style>x{}</style>");
  });

  it("reports the must substrings that are missing", () => {
    expect(
      missingSubstrings(container("<p><strong>a</strong></p>"), [
        "<strong>",
        "<em>",
      ]),
    ).to.deep.equal(["<em>"]);
  });

  it("flags most markdown vectors when marked's output is not sanitized, so passing them means something", async () => {
    const vectors = (await (
      await fetch(new URL("./vectors/markdown-vectors.json", import.meta.url))
    ).json()) as {
      input: string;
      must_not: string[];
    }[];
    const flagged = vectors.filter(
      (vector) =>
        brokenRules(container(renderAnswer(vector.input)), [
          ...genericRules,
          ...vector.must_not,
        ]).length > 0,
    );
    expect(flagged.length).to.be.at.least(40);
  });
});
