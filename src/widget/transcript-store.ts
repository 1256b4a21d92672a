import type { AnswerKind } from "../engine/types.js";

/** What is kept of one exchange: the question, and what kind of reply it got. Replies are re-derived. */
export interface StoredExchange {
  question: string;
  kind: AnswerKind;
  id: string | null;
}

/** Limits on the stored conversation. */
export const transcriptLimits = Object.freeze({
  /** Only the most recent exchanges are kept, in memory, on screen and in storage. */
  maxExchanges: 100,
});

const keyPrefix = "faq-chat:transcript:";

// Only the question is used again (replies are re-derived), so only it must be sound.
const isStoredExchange = (value: unknown): value is StoredExchange =>
  typeof (value as StoredExchange | null)?.question === "string";

/**
 * Keeps the conversation for the browser session, so it survives moving
 * between pages of the same site. sessionStorage only: no localStorage, no
 * cookies, nothing sent anywhere. One conversation per knowledge URL. Storage
 * that is full, disabled or corrupt is ignored; the conversation still works,
 * it just isn't remembered.
 */
export class TranscriptStore {
  private readonly key: string;

  constructor(knowledgeUrl: string) {
    this.key = `${keyPrefix}${knowledgeUrl}`;
  }

  /** Forgets every conversation the widget stored in this session, for every knowledge URL. */
  static clearAll(): void {
    try {
      for (let index = sessionStorage.length - 1; index >= 0; index--) {
        const key = sessionStorage.key(index);
        if (key?.startsWith(keyPrefix)) sessionStorage.removeItem(key);
      }
    } catch {
      // Disabled storage has nothing to forget.
    }
  }

  /** The stored exchanges, oldest first; empty when there are none or they can't be read. */
  read(): StoredExchange[] {
    try {
      const data: unknown = JSON.parse(
        sessionStorage.getItem(this.key) ?? "[]",
      );
      return Array.isArray(data)
        ? data.filter(isStoredExchange).slice(-transcriptLimits.maxExchanges)
        : [];
    } catch {
      return [];
    }
  }

  /** Replaces what is stored with the most recent `maxExchanges` of `exchanges`. */
  write(exchanges: readonly StoredExchange[]): void {
    try {
      sessionStorage.setItem(
        this.key,
        JSON.stringify(exchanges.slice(-transcriptLimits.maxExchanges)),
      );
    } catch {
      // Full or disabled storage: the conversation just won't survive a reload.
    }
  }

  /** Forgets the conversation. */
  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Disabled storage has nothing to forget.
    }
  }
}
