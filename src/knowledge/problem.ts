/** One thing wrong in the knowledge folder, pointing at a file and line for staff. */
export interface Problem {
  /** The file's path as staff know it, e.g. `knowledge/anxiety/ocd.md`. */
  file: string;
  /** 1-based line of the offending field (1 when the whole file is at fault). */
  line: number;
  /** What is wrong and how to fix it, from `messages.ts`. */
  message: string;
}
