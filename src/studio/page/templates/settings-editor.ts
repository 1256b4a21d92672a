import { html } from "lit";
import { live } from "lit/directives/live.js";
import type { SettingsForm } from "../../entry-form.js";
import type { StudioProblem } from "../../studio-folder.js";
import { studioStrings as s } from "../studio-strings.js";
import { describedBy, fieldProblems } from "./field-problems.js";

/** What the settings form shows and the ways it reports edits. */
export interface SettingsEditorContext {
  form: SettingsForm;
  file: string;
  problems: StudioProblem[];
  change: (patch: Partial<SettingsForm>) => void;
  save: () => void;
  cancel: () => void;
}

type Resource = SettingsForm["crisis_resources"][number];

/** The clinic settings form (clinic.yaml): contact details, handoff, crisis resources and facts. */
export function settingsEditor(c: SettingsEditorContext) {
  const { form, problems } = c;
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const text = (field: "name" | "phone" | "contact_url", label: string) =>
    html` <label for="settings-${field}">${label}</label>
      <input
        id="settings-${field}"
        .value=${live(form[field])}
        aria-describedby=${describedBy(problems, field, `problems-${field}`)}
        @input=${(event: Event) => c.change({ [field]: value(event) })}
      />
      ${fieldProblems(problems, field, `problems-${field}`)}`;
  const setResource = (index: number, patch: Partial<Resource>) =>
    c.change({
      crisis_resources: form.crisis_resources.map((resource, at) =>
        at === index ? { ...resource, ...patch } : resource,
      ),
    });
  const resourceRow = (resource: Resource, index: number) =>
    html`<li class="resource">
      ${(["label", "phone", "sms", "sms_body"] as const).map((key) => {
        const label = {
          label: s.resourceLabel,
          phone: s.resourcePhone,
          sms: s.resourceSms,
          sms_body: s.resourceSmsBody,
        }[key](index + 1);
        return html`<label
          >${label}<input
            .value=${live(resource[key])}
            @input=${(event: Event) => setResource(index, { [key]: value(event) })}
        /></label>`;
      })}
      <button
        type="button"
        @click=${() => c.change({ crisis_resources: form.crisis_resources.filter((_, at) => at !== index) })}
      >
        ${s.removeResource(index + 1)}
      </button>
    </li>`;
  return html`<form
    class="editor"
    aria-labelledby="settings-title"
    @submit=${(event: Event) => (event.preventDefault(), c.save())}
  >
    <h2 id="settings-title">${s.settings}</h2>
    <p class="file">${c.file}</p>
    ${fieldProblems(problems, "file", "problems-file")}
    ${text("name", s.clinicName)} ${text("phone", s.phone)}
    ${text("contact_url", s.contactUrl)}
    <label for="settings-handoff">${s.handoff}</label>
    <textarea
      id="settings-handoff"
      rows="3"
      .value=${live(form.handoff)}
      aria-describedby=${describedBy(problems, "handoff", "problems-handoff")}
      @input=${(event: Event) => c.change({ handoff: value(event) })}
    ></textarea>
    ${fieldProblems(problems, "handoff", "problems-handoff")}
    <fieldset
      aria-describedby=${describedBy(problems, "crisis", "problems-crisis")}
    >
      <legend>${s.crisisResources}</legend>
      ${fieldProblems(problems, "crisis", "problems-crisis")}
      <label for="settings-crisis-intro">${s.crisisIntro}</label>
      <textarea
        id="settings-crisis-intro"
        rows="3"
        .value=${live(form.crisis_intro)}
        @input=${(event: Event) => c.change({ crisis_intro: value(event) })}
      ></textarea>
      <ol>
        ${form.crisis_resources.map(resourceRow)}
      </ol>
      <button
        type="button"
        @click=${() => c.change({ crisis_resources: [...form.crisis_resources, { label: "", phone: "", sms: "", sms_body: "" }] })}
      >
        ${s.addResource}
      </button>
    </fieldset>
    <fieldset
      aria-describedby=${describedBy(problems, "facts", "problems-facts")}
    >
      <legend>${s.facts}</legend>
      ${fieldProblems(problems, "facts", "problems-facts")}
      ${Object.entries(form.facts).map(
        ([key, fact]) =>
          html`<label
            >${key}<textarea
              rows="2"
              .value=${live(fact)}
              @input=${(event: Event) => c.change({ facts: { ...form.facts, [key]: value(event) } })}
            ></textarea>
          </label>`,
      )}
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary">${s.save}</button>
      <button type="button" @click=${c.cancel}>${s.cancel}</button>
    </div>
  </form>`;
}
