import { DEFAULT_CRISIS, missingBuiltInLines, offersNumber } from '../engine/crisis-floor.js';
import type { ClinicFacts, ClinicSettings, CrisisResource, SourceInfo } from '../engine/types.js';
import { isPhoneNumber } from '../engine/phone-number.js';
import { isWebUrl } from '../engine/web-url.js';
import { checkAnswer } from './check-answer.js';
import { FACT_FIELDS } from './clinic-facts.js';
import { messages } from './messages.js';
import { parseYaml } from './parse-yaml.js';
import type { Problem } from './problem.js';

/** The clinic settings file's name inside the knowledge folder. */
export const SETTINGS_FILE = 'clinic.yaml';

const SETTINGS_FIELDS = ['name', 'lang', 'phone', 'contact_url', 'handoff', 'crisis', 'facts', 'sources'];

/** A web address written as one (no spaces), that the engine will show: see `isWebUrl`. */
const isWrittenWebUrl = (value: string) => /^https?:\/\/\S+$/i.test(value) && isWebUrl(value);
/** Text, or a number written as text; `1e400` (infinity) and other non-finite numbers are nothing. */
const asText = (value: unknown) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value).trim() : '';

/**
 * Reads `clinic.yaml`: the clinic's contact details, the handoff wording, the
 * crisis resources and the list of citable sources. `sourcesReadable` is false
 * when the list of sources could not be read at all (a syntax error, or
 * `sources` not written as a list of names), so entries' `sources` cannot be
 * checked against it.
 */
export function readSettings(
  file: string,
  text: string,
): { settings: ClinicSettings; problems: Problem[]; warnings: Problem[]; sourcesReadable: boolean } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const yaml = parseYaml(text);
  // Facts and sources are looked up by names staff choose: objects without a prototype, so a source named
  // "__proto__" or "constructor" is one like any other.
  const settings: ClinicSettings = {
    name: '',
    lang: 'en',
    phone: '',
    contactUrl: '',
    handoff: '',
    crisis: { ...DEFAULT_CRISIS, intro: '', resources: [] },
    facts: Object.create(null) as ClinicFacts,
    sources: Object.create(null) as ClinicSettings['sources'],
  };
  if (yaml.error) return { settings, problems: [{ file, line: yaml.error.line, message: messages.yamlSyntax(yaml.error.message) }], warnings, sourcesReadable: false };
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    return { settings, problems: [{ file, line: 1, message: messages.notAMapping() }], warnings, sourcesReadable: false };
  }
  const fields = yaml.value as Record<string, unknown>;
  const lineOf = (key: string) => yaml.keyLines.get(key) ?? 1;
  const report = (key: string, message: string) => problems.push({ file, line: lineOf(key), message });

  for (const key of Object.keys(fields)) if (!SETTINGS_FIELDS.includes(key)) report(key, messages.settingsUnknownField(key));
  for (const key of ['name', 'phone', 'contact_url', 'handoff']) if (asText(fields[key]) === '') report(key, messages.settingsField(key));
  settings.name = asText(fields.name);
  settings.phone = asText(fields.phone);
  if (asText(fields.lang)) settings.lang = asText(fields.lang);
  settings.contactUrl = asText(fields.contact_url);
  settings.handoff = asText(fields.handoff);
  if (settings.contactUrl && !isWrittenWebUrl(settings.contactUrl)) report('contact_url', messages.settingsUrl('contact_url', settings.contactUrl));
  if (settings.phone && !isPhoneNumber(settings.phone)) report('phone', messages.settingsPhone(settings.phone));

  const crisis = fields.crisis as { intro?: unknown; other_intro?: unknown; concern?: unknown; resources?: unknown } | undefined;
  const resources: CrisisResource[] = [];
  const rawResources = Array.isArray(crisis?.resources) ? (crisis.resources as unknown[]) : [];
  for (const raw of rawResources) {
    const item = (raw ?? {}) as Record<string, unknown>;
    const resource: CrisisResource = { label: asText(item.label) };
    if (asText(item.phone)) resource.phone = asText(item.phone);
    if (asText(item.sms)) resource.sms = asText(item.sms);
    if (asText(item.sms_body)) resource.smsBody = asText(item.sms_body);
    resources.push(resource);
  }
  const crisisIsValid =
    asText(crisis?.intro) !== '' && resources.length > 0 && resources.every((r) => r.label !== '' && offersNumber(r));
  if (!crisisIsValid) report('crisis', messages.settingsCrisis());
  // A warning, not a problem: a clinic outside the US lists its own country's lines instead.
  else if (missingBuiltInLines(resources).length > 0) warnings.push({ file, line: lineOf('crisis'), message: messages.settingsCrisisBuiltIn() });
  settings.crisis = {
    intro: asText(crisis?.intro),
    // Optional wordings: the built-in ones are used when staff leave them out.
    otherIntro: asText(crisis?.other_intro) || DEFAULT_CRISIS.otherIntro,
    concern: asText(crisis?.concern) || DEFAULT_CRISIS.concern,
    resources,
  };

  const facts = fields.facts;
  if (facts !== undefined && facts !== null) {
    if (typeof facts !== 'object' || Array.isArray(facts)) report('facts', messages.notAMapping());
    else {
      for (const [key, value] of Object.entries(facts as Record<string, unknown>)) {
        if (!(FACT_FIELDS as readonly string[]).includes(key)) report('facts', messages.settingsUnknownField(`facts.${key}`));
        else if (asText(value)) {
          settings.facts[key as keyof ClinicFacts] = asText(value);
          // A fact is shown as part of an answer: the same markdown rules (no HTML, safe links, not too long).
          problems.push(...checkAnswer({ file, answer: asText(value), lines: { answer: lineOf('facts') } }));
        }
      }
    }
  }

  const sources = fields.sources;
  let sourcesReadable = true;
  if (sources !== undefined && sources !== null) {
    if (typeof sources !== 'object' || Array.isArray(sources)) {
      report('sources', messages.notAMapping());
      sourcesReadable = false;
    } else {
      for (const [id, raw] of Object.entries(sources as Record<string, unknown>)) {
        const item = (raw ?? {}) as Record<string, unknown>;
        const info: SourceInfo = {};
        if (asText(item.title)) info.title = asText(item.title);
        if (asText(item.url)) info.url = asText(item.url);
        if (asText(item.note)) info.note = asText(item.note);
        if (Boolean(info.title) !== Boolean(info.url) || (info.url && !isWrittenWebUrl(info.url))) report('sources', messages.settingsSource(id));
        settings.sources[id] = info;
      }
    }
  }
  return { settings, problems, warnings, sourcesReadable };
}
