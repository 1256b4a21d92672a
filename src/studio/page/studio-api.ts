import type { EntryForm, SettingsForm } from "../entry-form.js";
import type { Explanation } from "../explain-answer.js";
import type {
  EntryCheck,
  StudioProblem,
  StudioState,
} from "../studio-folder.js";

/** What a refused request tells the page. */
export class StudioApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: StudioProblem[] = [],
  ) {
    super(message);
    this.name = "StudioApiError";
  }
}

/** The outcome of Publish. */
export interface PublishResult {
  isPublished: boolean;
  message: string;
  problems: StudioProblem[];
  out: string;
}

/**
 * The page's only way to the studio server: every request carries the
 * per-run token in a header (reads that cannot, the widget's knowledge and
 * the change stream, carry it in the query string).
 */
export class StudioApi {
  constructor(
    private readonly token: string,
    /** Prefix of the studio's paths ('' when the studio serves the page itself). */
    private readonly base = "",
  ) {}

  /** The URL the try-it widget loads the edited knowledge from; `version` makes each change a fresh load. */
  knowledgeUrl(version: number): string {
    return `${this.base}/api/knowledge.json?token=${encodeURIComponent(this.token)}&v=${version}`;
  }

  state(): Promise<StudioState & { version: number; out: string }> {
    return this.request("GET", "/api/state");
  }

  checkEntry(
    form: EntryForm,
    originalId: string | undefined,
  ): Promise<EntryCheck> {
    return this.request("POST", "/api/check-entry", { form, originalId });
  }

  saveEntry(
    form: EntryForm,
    originalId: string | undefined,
    isDraft: boolean,
  ): Promise<{ message: string; problems: StudioProblem[] }> {
    return this.request("POST", "/api/entries", { form, originalId, isDraft });
  }

  deleteEntry(id: string): Promise<{ message: string }> {
    return this.request("DELETE", `/api/entries/${encodeURIComponent(id)}`);
  }

  checkSettings(form: SettingsForm): Promise<{ problems: StudioProblem[] }> {
    return this.request("POST", "/api/check-settings", { form });
  }

  saveSettings(form: SettingsForm): Promise<{ message: string }> {
    return this.request("PUT", "/api/settings", { form });
  }

  explain(question: string): Promise<Explanation> {
    return this.request("POST", "/api/explain", { question });
  }

  async publish(): Promise<PublishResult> {
    try {
      return await this.request<PublishResult>("POST", "/api/publish", {});
    } catch (error) {
      if (error instanceof StudioApiError && error.status === 422)
        return (error as StudioApiError & { body: PublishResult }).body;
      throw error;
    }
  }

  /** Calls `onChange` whenever the knowledge folder changes on disk; returns a function that stops listening. */
  watch(onChange: (version: number) => void): () => void {
    const source = new EventSource(
      `${this.base}/api/events?token=${encodeURIComponent(this.token)}`,
    );
    source.addEventListener("change", (event) =>
      onChange(Number((event as MessageEvent<string>).data)),
    );
    return () => source.close();
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        "x-studio-token": this.token,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const data = (await response.json()) as T & {
      message?: string;
      problems?: StudioProblem[];
    };
    if (!response.ok)
      throw Object.assign(
        new StudioApiError(
          response.status,
          data.message ?? response.statusText,
          data.problems ?? [],
        ),
        { body: data },
      );
    return data;
  }
}
