/**
 * REQUESTS THE WIDGET MUST NOT FULFIL — for clinical review.
 *
 * A message matching any line gets the honest fallback ("I can't help with
 * that here") and the provider handoff, never an FAQ answer that could be
 * read as instructions: doses and amounts, prescriptions, getting ketamine
 * or other drugs outside a clinic, and diagnosing the visitor.
 *
 * Same pattern language as crisis-phrases.ts, but matched exactly (no typo
 * tolerance: "does" must never be read as "dose"). Tested by
 * `refusal-phrases.test.ts`.
 */
export const REFUSAL_PHRASES: readonly string[] = [
  // Doses and amounts (asked for, not merely mentioned: "I'm on a low dose of X" is not a request)
  "microdose*",
  "redose*",
  "mg kg",
  "per kg|kilo",
  "how much|many mg|milligram*|ml|doses|dosage",
  "what|which|recommend|recommended|right|correct|typical|usual|normal|best|safe|max|maximum|starting|standard|proper|ideal ... dose|doses|dosage|dosages|dosing|mg|milligram*|microgram*|ml",
  "dose|doses|dosage|dosing|mg|milligram* ... should|do|would|will|can|could ... i|you|we|they ... take|use|give|get|start|need",
  "dose|dosage|mg|milligram* ... too|safe|enough|ok|okay|lethal",
  "dose|dosage|mg ... for ... me|my|adult*|someone|weight|body",
  "how much|many ketamine|esketamine|spravato|spray|sprays|pills|tablets|mg|medication|meds|xanax|valium|ativan|klonopin|zoloft|lexapro|prozac ... take|use|give|inject|snort",
  "how much|many ... should_i|can_i|do_i ... take|use|snort|inject|spray",
  "how much ... is|are ... too much",
  "double|triple|increase|decrease|raise|lower ... my ... dose|meds|medication|pills",
  // Prescriptions
  "prescribe|prescribing ... me|it",
  "can|could|will|would ... you ... prescribe",
  "write|give|send|need ... me ... [a] prescription|script|rx",
  "refill*",
  "prescription|script|rx ... for ... xanax|valium|ativan|klonopin|ketamine|benzo*|zoloft|lexapro|prozac|adderall",
  // Getting drugs outside a clinic, or using them alone
  "buy|purchase|order|score|cop|sell|sells|selling ... ketamine|esketamine|spravato|k|ket|xanax|benzo*|pills|drugs|valium",
  "where ... buy|purchase|score",
  "ketamine|k|drugs|pills ... online ... buy|order|without",
  "without ... prescription|script|doctor|clinic",
  "ketamine|k|spravato ... outside ... clinic|hospital|doctor|office",
  "outside of a clinic|hospital",
  "do|take|use|try|doing|taking|using|get|buy ... ketamine|k|esketamine|spravato ... at_home|alone|myself|by_myself|own|on_my_own",
  "ketamine|k ... at home ... myself|alone|own|safely",
  "home ... ketamine ... kit",
  "cook ... ketamine",
  "can|should|could|how|to ... i|you|we ... snort|inject|smoke|shoot ... ketamine|k|it|esketamine",
  "snort|snorting|inject|injecting ... ketamine|k|it ... myself|home|instead",
  "make|making ketamine ... home|myself|yourself",
  // Diagnosing the visitor
  "diagnose|diagnosing ... me|myself",
  "confirm|give|make ... diagnosis",
  "can|could|will ... you ... diagnos*",
  "do i have ... gad|ocd|ptsd|panic|phobia|anxiety|disorder|depression|bipolar|adhd",
  "am i ... depressed|bipolar|ocd|anxious ... or",
  "is it ... gad|ocd|ptsd ... or",
  "tell me if i have",
  "which|what ... disorder|condition|diagnosis|illness ... do_i_have|i_have",
];
