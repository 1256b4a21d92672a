import { Task, TaskStatus } from "@lit/task";
import {
  parseKnowledgeSteps,
  parseKnowledgeHead,
} from "../engine/parse-knowledge.js";
import type {
  CompiledKnowledge,
  Engine,
  KnowledgeEntry,
  KnowledgeHead,
} from "../engine/types.js";
import { DEFAULTS } from "../engine/defaults.js";
import { usablePhone } from "../engine/phone-number.js";
import { finishInSlices } from "../engine/finish-in-slices.js";
import {
  buildEngine,
  EngineCodeError,
  loadEngineCode,
} from "./build-engine.js";
import { parseJsonLines } from "./json-lines.js";
import { yieldToPage } from "./yield-to-page.js";
import { usableDelay, WIDGET_DELAYS } from "./delays.js";
import { toSafePageUrl } from "./contact-links.js";
import type { ConversationHost } from "./conversation-host.js";
import { FaqErrorEvent, type FaqErrorReason } from "./events.js";
import {
  KnowledgeLoadError,
  knowledgeLimits,
  requestKnowledgeText,
  type KnowledgeLimits,
} from "./knowledge-reader.js";
import {
  pickStarterQuestions,
  type StarterGroup,
} from "./starter-questions.js";

// One parse per URL per page, shared by every element that shows it; failures are forgotten (a retry).
const parsed = new Map<string, Promise<CompiledKnowledge>>();

/**
 * Fetches (see `knowledge-request.ts` and `knowledge-reader.ts`), size-checks and validates a compiled
 * knowledge file. Calls for the same URL share one request.
 *
 * @throws {KnowledgeLoadError} (as a rejection) for every kind of failure,
 *   with the underlying error, if any, as its `cause`.
 */
export function loadKnowledge(
  url: string,
  limits: KnowledgeLimits = knowledgeLimits,
): Promise<CompiledKnowledge> {
  let request = parsed.get(url);
  if (!request) {
    request = parseKnowledgeText(requestKnowledgeText(url, limits).text);
    parsed.set(url, request);
    request.catch(() => parsed.delete(url));
  }
  return request;
}

async function parseKnowledgeText(
  request: Promise<string>,
): Promise<CompiledKnowledge> {
  const text = await request;
  // Reading, parsing and checking a large file each take a while on a slow phone: the page gets its
  // turn between them, so none of them joins another into one long task.
  await yieldToPage();
  let data: unknown;
  try {
    // A line at a time (a file `faq build` wrote), or whole (any other valid JSON).
    data = await finishInSlices(
      parseJsonLines(text),
      yieldToPage,
      DEFAULTS.sliceMs,
    ).catch(() => JSON.parse(text));
  } catch (error) {
    throw new KnowledgeLoadError("invalid-json", error);
  }
  await yieldToPage();
  try {
    // In slices too: the detector's 10,000 weights alone took 30 ms to check at 4x CPU.
    return await finishInSlices(
      parseKnowledgeSteps(data),
      yieldToPage,
      DEFAULTS.sliceMs,
    );
  } catch (error) {
    throw new KnowledgeLoadError("wrong-format", error);
  }
}

/** What the panel shows from the knowledge: its settings, entries and starter questions. */
export interface KnowledgeView {
  knowledge: KnowledgeHead;
  /** Entries by id, for chips (a Map: ids named like built-in properties are just ids). */
  entries: ReadonlyMap<string, KnowledgeEntry>;
  /** Computed once per knowledge, capped (see `starter-questions.ts`). */
  starters: StarterGroup[];
}

/**
 * The knowledge as the conversation uses it: the data and its starter
 * questions at once, the engine when it has been built (in slices, after the
 * panel has shown the starters).
 */
export interface LoadedKnowledge extends KnowledgeView {
  knowledge: CompiledKnowledge;
  /** Resolves with the engine; rejects (after a `faq-error`) when the knowledge cannot be indexed. */
  engine: Promise<Engine>;
}

/** What the panel shows of a knowledge, whole or only its first line. */
function toView<K extends KnowledgeHead>(
  knowledge: K,
): KnowledgeView & { knowledge: K } {
  return {
    knowledge,
    entries: new Map(knowledge.entries.map((entry) => [entry.id, entry])),
    starters: pickStarterQuestions(knowledge),
  };
}

/** The view of a knowledge file's first line (see `serializeKnowledge`), or undefined when it has none. */
function readHead(line: string | undefined): KnowledgeView | undefined {
  if (!line?.endsWith(",")) return undefined;
  try {
    return toView(parseKnowledgeHead(JSON.parse(`${line.slice(0, -1)}}`)));
  } catch {
    return undefined; // The whole file decides, when it is in.
  }
}

type KnowledgeArgs = readonly [
  url: string | null,
  name: string | null,
  phone: string | null,
  contactUrl: string | null,
  timeoutMs: number,
];

/**
 * Loads the knowledge for one element and builds its engine, as a `@lit/task`
 * (the host re-renders whenever the status changes). It runs again when the
 * element's `knowledge-src`, contact attributes or `knowledgeTimeout` change.
 *
 * A failure never escapes as an uncaught error: it becomes the `error`
 * status, a `reason`, and one `faq-error` event on the host.
 *
 * @example
 * ```ts
 * const knowledge = new KnowledgeController(host);
 * const loaded = await knowledge.ready(); // undefined on failure
 * if (knowledge.isFailed) console.log(knowledge.reason);
 * ```
 */
export class KnowledgeController {
  /** The underlying task: `status`, `value`, `render({ pending, complete, error })`. */
  readonly task: Task<KnowledgeArgs, LoadedKnowledge>;

  constructor(host: ConversationHost) {
    this.task = new Task<KnowledgeArgs, LoadedKnowledge>(host, {
      args: () =>
        [
          host.knowledgeUrl,
          host.clinicName,
          // What the page gave that cannot be used is left out here, where it enters (and reported by
          // the element): the knowledge's own phone, and the default wait.
          usablePhone(host.contactPhone),
          host.contactUrl,
          usableDelay(host.knowledgeTimeout, WIDGET_DELAYS.knowledgeTimeout, 1),
        ] as const,
      task: async ([url, name, phone, contactUrl, timeoutMs], { signal }) => {
        if (url === null) throw new KnowledgeLoadError("invalid-config");
        // What the page gave that cannot be used was left out above; the page hears about it once a load.
        const isBadWait = (delay: number | undefined, least = 0) =>
          delay !== undefined && usableDelay(delay, -1, least) < 0;
        if (
          (host.contactPhone && !usablePhone(host.contactPhone)) ||
          isBadWait(host.knowledgeTimeout, 1) ||
          isBadWait(host.slowReplyAfter) ||
          isBadWait(host.typingDelay)
        )
          host.dispatchEvent(new FaqErrorEvent("invalid-config"));
        const limits = { ...knowledgeLimits, timeoutMs };
        this.head = undefined;
        // The engine's code downloads beside the knowledge; its failure is reported when it is needed.
        loadEngineCode().catch(() => undefined);
        // The file's first line greets the visitor with starter questions while the rest downloads.
        void requestKnowledgeText(url, limits).head.then((line) => {
          const head = readHead(line);
          if (!head || signal.aborted || !this.isPending) return;
          this.head = head;
          host.requestUpdate();
        });
        const knowledge = await loadKnowledge(url, limits);
        // The conversation renders when this task completes: not in the same task as the parsing.
        await yieldToPage();
        signal.throwIfAborted();
        const engine = buildEngine(knowledge, { name, phone, contactUrl });
        this.builtEngine = undefined;
        this.hasEngineFailed = false;
        engine.then(
          (built) => {
            if (this.task.value?.engine !== engine) return;
            this.builtEngine = built;
            host.requestUpdate();
          },
          // Data that passed the format check but still breaks the engine is unusable all the same.
          (error) => {
            if (this.task.value?.engine !== engine) return;
            this.hasEngineFailed = true;
            host.dispatchEvent(
              new FaqErrorEvent(
                error instanceof EngineCodeError
                  ? "load-failed"
                  : "wrong-format",
              ),
            );
            host.requestUpdate();
          },
        );
        return { ...toView(knowledge), engine };
      },
      // A source whose URL is not one is left unlinked (answer.ts); the clinic hears about it.
      onComplete: ({ knowledge }) => {
        const sources = Object.values(knowledge.settings.sources);
        if (sources.some((source) => source.url && !toSafePageUrl(source.url)))
          host.dispatchEvent(new FaqErrorEvent("invalid-config"));
      },
      onError: (error) =>
        host.dispatchEvent(
          new FaqErrorEvent(
            error instanceof KnowledgeLoadError ? error.reason : "network",
          ),
        ),
    });
  }

  /** True once the knowledge loaded but its engine could not be built. */
  hasEngineFailed = false;
  /** The engine, once built for the current knowledge. */
  builtEngine: Engine | undefined;

  private head: KnowledgeView | undefined;

  /** While the knowledge loads: what its first line holds, once that is in (see `serializeKnowledge`). */
  get preview(): KnowledgeView | undefined {
    return this.isPending ? this.head : undefined;
  }

  /** The loaded knowledge, once ready (and usable). */
  get value(): LoadedKnowledge | undefined {
    return this.task.status === TaskStatus.COMPLETE && !this.hasEngineFailed
      ? this.task.value
      : undefined;
  }

  /** True while loading or building. */
  get isPending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** True once loading failed (until it is retried), or the engine could not be built. */
  get isFailed(): boolean {
    return this.task.status === TaskStatus.ERROR || this.hasEngineFailed;
  }

  /** Why loading failed, in the terms of the `faq-error` event. */
  get reason(): FaqErrorReason | undefined {
    const { error } = this.task;
    if (this.hasEngineFailed) return "wrong-format";
    return this.isFailed
      ? error instanceof KnowledgeLoadError
        ? error.reason
        : "network"
      : undefined;
  }

  /** Resolves with the loaded knowledge, or undefined when it failed. Never rejects. */
  async ready(): Promise<LoadedKnowledge | undefined> {
    try {
      return await this.task.taskComplete;
    } catch {
      return undefined;
    }
  }

  /** Resolves with the engine, or undefined when the knowledge or the engine failed. Never rejects. */
  async engine(): Promise<Engine | undefined> {
    try {
      return await (
        await this.ready()
      )?.engine;
    } catch {
      return undefined;
    }
  }
}
