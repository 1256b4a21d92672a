import { createEngine } from "../engine/index.js";
import type {
  Answer,
  AnswerKind,
  CompiledKnowledge,
  Engine,
} from "../engine/types.js";

/** A candidate entry for a message, with the engine's confidence in it. */
export interface Candidate {
  id: string;
  question: string;
  score: number;
}

/** A word of the message and how much the reply depended on it. */
export interface WordEffect {
  word: string;
  /** How far the best score fell without this word (0 to 1). */
  drop: number;
  /** True when leaving the word out changes the reply itself (another entry, or another kind). */
  decides: boolean;
}

/** Why a message got the reply it got: what the studio's "why" view shows. */
export interface Explanation {
  question: string;
  kind: AnswerKind;
  id: string | null;
  score: number;
  /** The answered entry and the runners-up, best first. */
  candidates: Candidate[];
  /** The words that mattered most, most first. */
  words: WordEffect[];
  answer: Answer;
}

/** Messages longer than this many words are not taken apart word by word (each word costs one more question). */
const MAX_WORDS_EXPLAINED = 40;
/** A word whose removal lowers the score by less than this did not matter. */
const MIN_DROP = 0.02;

/** Candidates shown in the "why" view. */
const MAX_CANDIDATES = 5;

/**
 * Explains one reply: the candidates and their probabilities come from the
 * engine's own `explain` (the matcher's view); the words that mattered are
 * found by asking again without each word in turn.
 */
export function explainAnswer(
  knowledge: CompiledKnowledge,
  question: string,
  engine: Engine = createEngine(knowledge),
): Explanation {
  const answer = engine.ask(question);
  const match = engine.explain(question);
  const candidates: Candidate[] = match.candidates
    .slice(0, MAX_CANDIDATES)
    .flatMap(({ entry, probability }) => {
      const found = knowledge.entries[entry];
      return found
        ? [
            {
              id: found.id,
              question: found.question,
              score: Math.round(probability * 1000) / 1000,
            },
          ]
        : [];
    });
  const words = question.split(/\s+/).filter(Boolean);
  const effects: WordEffect[] = [];
  if (words.length > 1 && words.length <= MAX_WORDS_EXPLAINED) {
    words.forEach((word, index) => {
      const again = engine.ask(
        words.filter((_, other) => other !== index).join(" "),
      );
      const decides = again.kind !== answer.kind || again.id !== answer.id;
      const drop = Math.max(
        0,
        Math.round((answer.score - (decides ? 0 : again.score)) * 1000) / 1000,
      );
      if (decides || drop >= MIN_DROP) effects.push({ word, drop, decides });
    });
  }
  effects.sort(
    (a, b) => Number(b.decides) - Number(a.decides) || b.drop - a.drop,
  );
  return {
    question,
    kind: answer.kind,
    id: answer.id,
    score: answer.score,
    candidates,
    words: effects,
    answer,
  };
}
