import { html, nothing } from "lit";
import type { Explanation } from "../../explain-answer.js";
import { studioStrings } from "../studio-strings.js";

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** Why one message got its reply: the kind, the top candidates with scores, and the words that mattered. */
export function whyView(why: Explanation, index: number) {
  return html`<section class="why" aria-labelledby="why-${index}">
    <h3 id="why-${index}">${studioStrings.why}: “${why.question}”</h3>
    <dl>
      <dt>${studioStrings.kind}</dt>
      <dd class="kind">
        ${why.kind}${why.id ? html` → <code>${why.id}</code>` : nothing}
      </dd>
      <dt>${studioStrings.score}</dt>
      <dd>${percent(why.score)}</dd>
    </dl>
    ${
      why.candidates.length > 0
        ? html`<h4>${studioStrings.candidates}</h4>
            <ol class="candidates">
              ${why.candidates.map((candidate) => html`<li><code>${candidate.id}</code> ${candidate.question} <span class="score">${percent(candidate.score)}</span></li>`)}
            </ol>`
        : nothing
    }
    <h4>${studioStrings.wordsThatMattered}</h4>
    ${
      why.words.length === 0
        ? html`<p>${studioStrings.noWords}</p>`
        : html`<ul class="words">
            ${why.words.map((word) => html`<li><strong>${word.word}</strong> ${word.decides ? studioStrings.decides : `−${percent(word.drop)}`}</li>`)}
          </ul>`
    }
  </section>`;
}
