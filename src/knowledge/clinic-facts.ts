import type { ClinicFacts, ClinicSettings } from '../engine/types.js';
import { messages } from './messages.js';

/** The clinic facts staff may fill in under `facts:` in `clinic.yaml` (see `knowledge/README.md`). */
export const FACT_FIELDS: readonly (keyof ClinicFacts)[] = ['address', 'directions', 'parking', 'hours', 'providers', 'payment', 'languages', 'email'];

/** How a fact is named in the honest "not added yet" answer. */
const FACT_LABELS: Readonly<Record<keyof ClinicFacts, string>> = {
  address: 'address and directions',
  directions: 'directions',
  parking: 'parking details',
  hours: 'opening hours',
  providers: 'list of providers',
  payment: 'payment options',
  languages: 'languages spoken',
  email: 'email address',
};

/**
 * The answer of a clinic-fact entry (`fact: hours`): the entry's own opening
 * line followed by the fact from `clinic.yaml`, or, when staff have not filled
 * it in, an honest sentence saying so (the reply's handoff carries the phone
 * and contact link). The location entry also adds the directions.
 */
export function factAnswer(entry: { answer: string; fact?: keyof ClinicFacts | undefined }, settings: ClinicSettings): string {
  const { fact } = entry;
  if (!fact) return entry.answer;
  const values = [settings.facts[fact], fact === 'address' ? settings.facts.directions : undefined].filter((value): value is string => Boolean(value));
  return values.length > 0 ? [entry.answer, ...values].join('\n\n') : messages.factNotFilled(FACT_LABELS[fact]);
}
