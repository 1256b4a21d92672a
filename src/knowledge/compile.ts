import { PHRASES } from '../engine/phrases/index.js';
import { OFF_TOPIC_EXAMPLES } from '../engine/phrases/off-topic-examples.js';
import { factAnswer } from './clinic-facts.js';
import { CRISIS_EXAMPLES } from './crisis-examples.js';
import { LANGUAGE_EXAMPLES } from './crisis-examples-languages.js';
import { trainAboutModel, trainCrisisModel, type LabelledCrisisExamples } from './train-crisis-model.js';
import { latinShare } from '../engine/crisis-model.js';
import { DEFAULTS, SCRIPT_TRAINING } from '../engine/defaults.js';
import { KNOWLEDGE_FORMAT, type ClinicSettings, type CompiledKnowledge } from '../engine/types.js';
import type { EntryFile } from './read-entry.js';
import { renderAnswer } from './render-answer.js';

/** Whether a message is mostly in Latin letters: the engine's test for which detector reads it. */
const isLatin = (text: string) => latinShare(text) >= DEFAULTS.crisisLatinShare;

/** Every crisis message of a set of examples, whomever it is about. */
const crisisTexts = ({ crisis }: LabelledCrisisExamples) => [...crisis.unlabelled, ...crisis.self, ...crisis.other];

/** Small talk the crisis detector learns as ordinary messages (see {@link compileKnowledge}). */
const SMALLTALK_NEVER_RISK = ['greeting', 'wellbeing', 'identity', 'help'] as const;

/** Turns checked entries, settings and vocabulary into the JSON the engine and widget read. */
export function compileKnowledge(entries: EntryFile[], settings: ClinicSettings, vocabulary: Record<string, string>): CompiledKnowledge {
  return {
    format: KNOWLEDGE_FORMAT,
    settings,
    vocabulary,
    phrases: PHRASES,
    // Every phrasing and off-topic example is an ordinary message: the detector learns what the
    // knowledge's questions look like. (All small-talk examples were tried too: on held-out crisis
    // messages they cost 2.6 points of panel-first recall; the four kinds below cost 0.3.)
    crisisModel: trainCrisisModel(
      {
        crisis: crisisTexts(CRISIS_EXAMPLES),
        notCrisis: [
          ...CRISIS_EXAMPLES.notCrisis,
          // Not visitors' own messages (`visitor_messages`, `VISITOR_OFF_TOPIC_EXAMPLES`): the detector's bars were
          // chosen with this share of ordinary messages to crisis ones, and 3,900 more of them lowered every
          // score (sealed sets 1-23: 27 fewer panels and 7 fewer crisis replies of 6,426).
          ...entries.flatMap((entry) => [entry.question, ...entry.phrasings]),
          ...OFF_TOPIC_EXAMPLES,
          // Greetings, "how are you", "are you a bot?" and "what can you do?" are never risk ("I hope you're
          // having a nice day" scored 0.85 without them). The small-talk goodbyes, thanks, reactions and
          // frustration stay out: people at risk say goodbye and thank you too, and as ordinary messages they
          // cost recall (frustration, tried again in the fifteenth session: 20 fewer sealed panels of 6,986).
          // Conversation is learnt instead from `CRISIS_EXAMPLES`, which holds it on both sides: chatty crisis
          // messages and conversational look-alikes (complaints, thanks, goodbyes) written for the purpose.
          ...SMALLTALK_NEVER_RISK.flatMap((intent) => PHRASES.smalltalkExamples[intent]),
        ],
      },
      PHRASES.texting,
    ),
    aboutModel: trainAboutModel(CRISIS_EXAMPLES.crisis, PHRASES.texting),
    // The engine asks it about messages in other languages than English: mostly in another script than Latin,
    // or in Latin letters but mostly words the knowledge never met (Turkish, Swahili, Dutch...). It learns
    // from those alone.
    scriptModel: trainCrisisModel(
      {
        crisis: [...crisisTexts(CRISIS_EXAMPLES).filter((text) => !isLatin(text)), ...crisisTexts(LANGUAGE_EXAMPLES)],
        notCrisis: [...CRISIS_EXAMPLES.notCrisis.filter((text) => !isLatin(text)), ...LANGUAGE_EXAMPLES.notCrisis],
      },
      PHRASES.texting,
      SCRIPT_TRAINING,
      'script',
    ),
    entries: [...entries]
      .sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id))
      .map((entry) => {
        const { id, topic, question, related, sources, tags } = entry;
        const answer = factAnswer(entry, settings);
        // The matcher learns from both lists alike.
        const phrasings = [...entry.phrasings, ...entry.visitorMessages];
        return { id, topic, question, phrasings, answer, html: renderAnswer(answer), related, sources, tags };
      }),
  };
}

/**
 * The knowledge as `faq build` writes it for the widget: each answer once, as
 * HTML (the markdown source stays in the folder, for `faq ask` and staff).
 */
export function shippedKnowledge(knowledge: CompiledKnowledge): CompiledKnowledge {
  return { ...knowledge, entries: knowledge.entries.map(({ answer: _markdown, ...entry }) => entry) };
}
