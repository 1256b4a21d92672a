/**
 * RISK MENTIONS — for clinical review. Words that name a way to die or an
 * overdose, in any frame: "can you overdose on ketamine at a clinic?", "is a
 * ketamine overdose lethal?", "has anyone died from an infusion?". Such a
 * question is answered as any other, and its reply always carries the gentle
 * line with 988 (the `concern` tier): the visitor asking may be asking for a
 * reason. These lines never bring the crisis panel first on their own; the
 * crisis lists (`crisis-phrases.ts`) and the detector decide that.
 *
 * Suicide and self-harm named outright are the crisis lists' (a list hit the
 * detector finds educational gets the gentle line there already); these are
 * the words those lists leave to a frame ("I overdosed", "going to overdose").
 * Lines use the pattern language of `phrase-pattern.ts`, matched exactly (no
 * typo tolerance), and each has a row in RISK_MENTION_EXAMPLES below: a message
 * it matches, and a near miss it does not, tested in `risk-mentions.test.ts`.
 */
export const RISK_MENTIONS: readonly string[] = Object.freeze([
  "overdose|overdoses|overdosed|overdosing|=od|=ods",
  "lethal|fatal|deadly",
  "die|dies|died from|of",
]);

/** A message a risk-mention line matches, and a near miss it does not. */
export interface RiskMentionExample {
  readonly trigger: string;
  readonly notTrigger: string;
}

export const RISK_MENTION_EXAMPLES: Readonly<
  Record<string, RiskMentionExample>
> = {
  "overdose|overdoses|overdosed|overdosing|=od|=ods": {
    trigger: "can you overdose on ketamine at a clinic?",
    notTrigger: "can I get a higher dose if the first one does nothing?",
  },
  "lethal|fatal|deadly": {
    trigger: "is ketamine ever fatal with other meds",
    notTrigger: "is ketamine ever fine with other meds",
  },
  "die|dies|died from|of": {
    trigger: "has anyone ever died from a ketamine infusion",
    notTrigger: "I'd die for a good night's sleep, will this help?",
  },
};
