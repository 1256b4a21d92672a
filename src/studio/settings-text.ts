import type { ClinicSettings } from "../engine/types.js";
import { FACT_FIELDS } from "../knowledge/clinic-facts.js";
import type { SettingsForm } from "./entry-form.js";
import { editYamlText, type YamlEdit } from "./yaml-edit.js";

/** The settings form filled from `clinic.yaml` as read by `faq check`. */
export function settingsFormOf(settings: ClinicSettings): SettingsForm {
  return {
    name: settings.name,
    phone: settings.phone,
    contact_url: settings.contactUrl,
    handoff: settings.handoff,
    crisis_intro: settings.crisis.intro,
    crisis_resources: settings.crisis.resources.map((resource) => ({
      label: resource.label,
      phone: resource.phone ?? "",
      sms: resource.sms ?? "",
      sms_body: resource.smsBody ?? "",
    })),
    facts: Object.fromEntries(
      FACT_FIELDS.map((field) => [field, settings.facts[field] ?? ""]),
    ),
  };
}

/**
 * The text of `clinic.yaml` after a settings form save: only values that
 * changed are rewritten, so its many comments stay where staff wrote them.
 */
export function settingsText(existing: string, form: SettingsForm): string {
  const edits: YamlEdit[] = [
    { path: ["name"], value: form.name },
    { path: ["phone"], value: form.phone },
    { path: ["contact_url"], value: form.contact_url },
    { path: ["handoff"], value: form.handoff },
    { path: ["crisis", "intro"], value: form.crisis_intro },
    {
      path: ["crisis", "resources"],
      value: form.crisis_resources.map((resource) => ({
        label: resource.label,
        phone: resource.phone,
        sms: resource.sms,
        sms_body: resource.sms_body,
      })),
    },
    ...FACT_FIELDS.filter((field) => field in form.facts).map((field) => ({
      path: ["facts", field],
      value: form.facts[field] ?? "",
    })),
  ];
  return editYamlText(existing, edits);
}
