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
  // Doses and amounts
  'dosage|dosages|dosing|dosed|redose|microdose*', 'what|the|a|my|your|which|right|typical|usual|max|maximum|starting|ketamine|k|higher|lower|low|high|same|this|that|each|per|safe dose|doses', 'dose|doses of|for|per', 'mg|mgs|milligram*|microgram*|mcg|ml|cc', 'mg kg', 'per kg|kilo',
  'how much|many ketamine|esketamine|spray|sprays|pills|tablets|mg|medication|meds|xanax|valium|ativan|klonopin|zoloft|lexapro|prozac ... take|use|give|inject|snort',
  'how much|many ... should i|can i ... take|use|snort|inject', 'how much is|are ... too much',
  'double|triple|increase|decrease|raise|lower ... my ... dose|meds|medication|pills',
  // Prescriptions
  'prescribe|prescribing ... me|it', 'can|could|will|would ... you ... prescribe', 'write|give|send|need ... me ... [a] prescription|script|rx',
  'refill*', 'prescription|script|rx ... for ... xanax|valium|ativan|klonopin|ketamine|benzo*|zoloft|lexapro|prozac|adderall',
  // Getting drugs outside a clinic, or using them alone
  'buy|purchase|order|score|cop|sell|sells|selling ... ketamine|esketamine|spravato|k|ket|xanax|benzo*|pills|drugs|valium',
  'where ... buy|purchase|score', 'ketamine|k|drugs|pills ... online ... buy|order|without', 'without ... prescription|script|doctor|clinic',
  'do|take|use|try|doing|taking|using ... ketamine|k|esketamine ... at home|alone|myself|own', 'ketamine|k ... at home ... myself|alone|own|safely',
  'home ... ketamine ... kit', 'cook ... ketamine', 'make|making ketamine ... home|myself|yourself',
  // Diagnosing the visitor
  'diagnose|diagnosing ... me|myself|my', 'can you diagnose', 'do i have ... gad|ocd|ptsd|panic|phobia|anxiety|disorder|depression|bipolar|adhd',
  'am i ... depressed|bipolar|ocd|anxious ... or', 'is it ... gad|ocd|ptsd ... or', 'tell me if i have',
];
