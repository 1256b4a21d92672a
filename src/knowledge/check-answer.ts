import { decodeHTMLAttribute } from 'entities';
import { Lexer, type Token } from 'marked';
import { messages } from './messages.js';
import type { EntryFile } from './read-entry.js';
import type { Problem } from './problem.js';

/** Answers longer than this many words are refused (60-150 reads well on a phone). */
export const MAX_ANSWER_WORDS = 250;
/**
 * ...or than this many characters: 250 words are some 1,800. Words are counted at spaces, so a pasted run of
 * text without any would pass the word limit; and marked takes seconds on a long run of brackets.
 */
export const MAX_ANSWER_CHARS = 5000;

const ALLOWED_SCHEMES = ['http', 'https', 'tel', 'mailto'];

/**
 * Checks one answer's markdown: no raw HTML, no images, no headings, only
 * safe link schemes, not far too long. Uses marked's own lexer so what is
 * checked is what the widget will render.
 */
export function checkAnswer(entry: Pick<EntryFile, 'file' | 'answer'> & { lines: Pick<EntryFile['lines'], 'answer'> }): Problem[] {
  const problems: Problem[] = [];
  const bodyLines = entry.answer.split('\n');
  // The line a token starts on: find its first non-blank line in the body.
  const lineOf = (raw: string) => {
    const first = raw.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
    const index = bodyLines.findIndex((line) => line.includes(first));
    return entry.lines.answer + Math.max(index, 0);
  };
  const report = (raw: string, message: string) => problems.push({ file: entry.file, line: lineOf(raw), message });

  const words = entry.answer.split(/\s+/).filter(Boolean).length;
  if (words > MAX_ANSWER_WORDS) problems.push({ file: entry.file, line: entry.lines.answer, message: messages.answerTooLong(words, MAX_ANSWER_WORDS) });
  else if (entry.answer.length > MAX_ANSWER_CHARS) {
    return [...problems, { file: entry.file, line: entry.lines.answer, message: messages.answerTooManyCharacters(entry.answer.length, MAX_ANSWER_CHARS) }];
  }

  const checkLink = (href: string, raw: string) => {
    // As a browser reads the attribute: "&#x6A;avascript:" and "javascript&colon;" are javascript: links.
    const decoded = decodeHTMLAttribute(href).replace(/[\u0000-\u0020]/g, '');
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded)?.[1]?.toLowerCase();
    if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme)) report(raw, messages.badLinkScheme(href));
  };
  const visit = (tokens: Token[] | undefined): void => {
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'html':
          report(token.raw, messages.rawHtml(token.raw.trim().slice(0, 40)));
          break;
        case 'image':
          report(token.raw, messages.image());
          break;
        case 'heading':
          report(token.raw, messages.headingInAnswer());
          break;
        case 'link':
          checkLink(token.href, token.raw);
          break;
      }
      const nested = token as { tokens?: Token[]; items?: Token[] };
      visit(nested.tokens);
      visit(nested.items);
    }
  };
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(entry.answer);
  } catch {
    // A body marked cannot parse (absurd nesting) is far too long or malformed either way.
    return [...problems, { file: entry.file, line: entry.lines.answer, message: messages.answerUnreadable() }];
  }
  visit(tokens);
  // Reference-style link definitions do not appear as link tokens.
  for (const [, definition] of Object.entries((tokens as Token[] & { links?: Record<string, { href: string }> }).links ?? {})) {
    checkLink(definition.href, definition.href);
  }
  return problems;
}
