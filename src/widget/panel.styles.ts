import { css } from "lit";

/**
 * The conversation's styles, adopted when the conversation code loads. They
 * use only the private `--_*` properties that `faq-chat.styles.ts` resolves
 * from the documented `--faq-*` ones and its theme's crisis colours (fixed,
 * not customisable: the crisis panel must stay unmistakable whatever the
 * site's colours). On a phone every control a visitor taps is at least
 * 44×44 CSS px.
 */
export const panelStyles = css`
  .panel {
    --_surface: color-mix(in srgb, var(--_text) 7%, var(--_background));
    --_line: color-mix(in srgb, var(--_text) 18%, var(--_background));
  }
  button,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    cursor: pointer;
  }
  p {
    margin: 0 0 calc(8px * var(--_scale));
  }
  p:last-child {
    margin-bottom: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 2px;
  }
  .header {
    display: flex;
    align-items: center;
    gap: calc(6px * var(--_scale));
    padding: calc(8px * var(--_scale)) calc(8px * var(--_scale))
      calc(8px * var(--_scale)) calc(16px * var(--_scale));
    border-bottom: 1px solid var(--_line);
  }
  .title {
    flex: 1;
    margin: 0;
    font-size: calc(16px * var(--_scale));
    font-weight: 700;
  }
  .text-button,
  .close {
    border: 0;
    background: none;
    border-radius: calc(8px * var(--_scale));
  }
  .text-button {
    padding: calc(6px * var(--_scale));
    font-size: calc(13px * var(--_scale));
    text-decoration: underline;
  }
  .close {
    width: calc(40px * var(--_scale));
    height: calc(40px * var(--_scale));
    font-size: calc(24px * var(--_scale));
    line-height: 1;
  }
  .text-button:hover,
  .close:hover {
    background: var(--_surface);
  }
  /* The log fills the panel edge to edge, and the panel clips what overflows: its focus ring is drawn
     inside it, or its sides would be cut off. */
  .log:focus-visible {
    outline-offset: -3px;
  }
  .log {
    position: relative;
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: calc(10px * var(--_scale));
    padding: calc(12px * var(--_scale));
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .exchanges,
  .exchange {
    display: contents;
  }
  .message {
    padding: calc(10px * var(--_scale)) calc(12px * var(--_scale));
    border-radius: calc(var(--_radius) * 0.8);
    overflow-wrap: anywhere;
  }
  .visitor {
    align-self: flex-end;
    max-width: 85%;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .visitor-text {
    white-space: pre-wrap;
  }
  .reply {
    background: var(--_surface);
  }
  .note,
  .notice {
    font-size: calc(13px * var(--_scale));
  }
  .notice {
    margin: calc(6px * var(--_scale)) 0 0;
  }
  .label,
  .answer-title {
    font-weight: 700;
  }
  .answer-title {
    margin: 0 0 calc(6px * var(--_scale));
    font-size: calc(15px * var(--_scale));
  }
  .sources,
  .handoff-line,
  .concern,
  .hint {
    font-size: calc(13px * var(--_scale));
  }
  .sources .label {
    margin: 0;
  }
  .handoff-line {
    margin-top: calc(8px * var(--_scale));
    color: color-mix(in srgb, var(--_text) 80%, var(--_background));
  }
  .concern {
    margin-top: calc(8px * var(--_scale));
    padding-inline-start: calc(8px * var(--_scale));
    border-inline-start: 3px solid var(--_crisis-border);
  }
  .concern .crisis-link {
    color: var(--_accent);
    margin-inline-start: calc(6px * var(--_scale));
    font-weight: 700;
  }
  .hint {
    margin: 0;
    padding: 0 calc(16px * var(--_scale)) calc(6px * var(--_scale));
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(12px * var(--_scale));
    padding: calc(4px * var(--_scale)) calc(12px * var(--_scale));
    border-top: 1px solid var(--_line);
    font-size: calc(13px * var(--_scale));
  }
  /* A target of at least 24×24 px on any screen (WCAG 2.5.8): the footer's two links wrap onto two lines
     in a 380 px panel, one right under the other (44 px on a phone, below). */
  .contact-link {
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    min-width: 24px;
  }
  .label {
    margin: calc(10px * var(--_scale)) 0 calc(6px * var(--_scale));
  }
  ul,
  .answer-body :is(ol, blockquote, pre, table) {
    margin: 0 0 calc(8px * var(--_scale));
  }
  ul {
    padding-inline-start: calc(20px * var(--_scale));
  }
  .chips,
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(6px * var(--_scale));
    padding: 0;
    list-style: none;
  }
  .contact-links {
    column-gap: calc(16px * var(--_scale));
  }
  .chips li {
    max-width: 100%;
  }
  .chip {
    max-width: 100%;
    white-space: normal;
    padding: calc(6px * var(--_scale)) calc(12px * var(--_scale));
    border: 1px solid var(--_border);
    border-radius: calc(16px * var(--_scale));
    background: var(--_background);
    font-size: calc(14px * var(--_scale));
    text-align: start;
  }
  .chip:hover {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .answer-body :is(h3, h4) {
    margin: calc(10px * var(--_scale)) 0 calc(4px * var(--_scale));
    font-size: calc(15px * var(--_scale));
  }
  .answer-body pre {
    overflow-x: auto;
  }
  .answer-body table {
    border-collapse: collapse;
  }
  .answer-body :is(th, td) {
    padding: calc(4px * var(--_scale)) calc(6px * var(--_scale));
    border: 1px solid var(--_line);
    text-align: start;
  }
  .answer-body blockquote {
    padding-inline-start: calc(10px * var(--_scale));
    border-inline-start: 3px solid var(--_line);
  }
  .plain-text {
    white-space: pre-wrap;
  }
  .crisis-panel {
    margin-bottom: calc(10px * var(--_scale));
    padding: calc(12px * var(--_scale));
    border: 2px solid var(--_crisis-border);
    border-inline-start-width: 8px;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_crisis-surface);
    color: var(--_crisis-text);
  }
  .crisis-panel + .answer-title,
  .crisis-panel ~ .answer-body {
    margin-top: calc(10px * var(--_scale));
  }
  .crisis-panel h3 {
    margin: 0 0 calc(6px * var(--_scale));
    font-size: calc(17px * var(--_scale));
  }
  .crisis-panel :is(h3, a) {
    color: var(--_crisis-strong);
  }
  .crisis-panel li {
    margin-bottom: calc(8px * var(--_scale));
  }
  .crisis-links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(4px * var(--_scale)) calc(16px * var(--_scale));
    font-weight: 700;
  }
  .typing {
    display: flex;
    gap: calc(4px * var(--_scale));
    align-self: flex-start;
  }
  .slow-note {
    margin: 0;
    font-size: calc(13px * var(--_scale));
  }
  .typing span {
    width: calc(6px * var(--_scale));
    height: calc(6px * var(--_scale));
    border-radius: 50%;
    background: currentColor;
  }
  .composer {
    display: flex;
    gap: calc(8px * var(--_scale));
    padding: calc(10px * var(--_scale)) calc(12px * var(--_scale));
    border-top: 1px solid var(--_line);
  }
  .composer input {
    flex: 1;
    min-width: 0;
    padding: calc(10px * var(--_scale)) calc(14px * var(--_scale));
    border: 1px solid var(--_border);
    border-radius: calc(22px * var(--_scale));
    background: var(--_background);
    font-size: max(16px, calc(15px * var(--_scale)));
  }
  .composer input::placeholder {
    color: color-mix(in srgb, var(--_text) 72%, var(--_background));
  }
  .composer button {
    padding: 0 calc(16px * var(--_scale));
    border: 0;
    border-radius: calc(22px * var(--_scale));
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .text-button.armed {
    font-weight: 700;
  }
  .footer {
    padding: 0 calc(12px * var(--_scale));
    font-size: calc(12px * var(--_scale));
  }
  /* A phone: fingers, not pointers. Every primary control at least 44×44 CSS px. */
  @media (max-width: 480px) {
    .chip,
    .composer button,
    .close,
    .text-button,
    .contact-link,
    .crisis-link {
      min-height: 44px;
      min-width: 44px;
    }
    .contact-link,
    .crisis-link,
    .sources a {
      display: inline-flex;
      align-items: center;
    }
    .sources a {
      min-height: 44px;
    }
    .header {
      gap: calc(12px * var(--_scale));
    }
  }
  /* Very little height (a landscape phone, or 400% zoom): the conversation keeps the room. */
  @media (max-height: 420px) {
    .header,
    .composer {
      padding-block: calc(2px * var(--_scale));
    }
    .footer,
    .contact-label {
      display: none;
    }
  }
  /* Hardly any height (400% zoom on a short window): the whole panel scrolls, so the conversation keeps room
     to be read and nothing below it is out of reach. */
  @media (max-height: 300px) {
    .panel {
      overflow-y: auto;
    }
    .log {
      flex: none;
      min-height: calc(160px * var(--_scale));
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Motion only for visitors who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .panel:not(.inline) {
      animation: faq-chat-in 150ms ease-out;
    }
    @keyframes faq-chat-in {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }
    .typing span {
      animation: faq-chat-typing 900ms infinite ease-in-out;
    }
    .typing span:nth-child(2) {
      animation-delay: 150ms;
    }
    .typing span:nth-child(3) {
      animation-delay: 300ms;
    }
    @keyframes faq-chat-typing {
      50% {
        opacity: 0.3;
      }
    }
  }
`;
