import type { KnowledgeEntry } from "../../engine/types.js";
import type { FaqHandoffChannel } from "../events.js";
import type { FaqStrings } from "../strings.js";

/** What every template needs: the texts, the clinic's name, entry lookup and the visitor's actions. */
export interface TemplateContext {
  strings: FaqStrings;
  /** The clinic's name for `{clinic}` placeholders. */
  clinic: string;
  /** Looks up an entry for chips; undefined while the knowledge is unavailable. */
  entry(id: string): KnowledgeEntry | undefined;
  /** Asks a question as if the visitor had typed it (from a chip). */
  ask(question: string): void;
  /** Reports that the visitor used a contact route. */
  handoff(channel: FaqHandoffChannel): void;
}
