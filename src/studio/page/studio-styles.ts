import { css } from "lit";

/** The studio page's styles: plain, high-contrast, with a visible focus ring everywhere. */
export const studioStyles = css`
  :host {
    display: block;
    --accent: #0b57d0;
    --danger: #b3261e;
    --line: #747775;
    color: #1f1f1f;
    font:
      15px/1.45 system-ui,
      sans-serif;
  }
  * {
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    padding: 0.6rem 1rem;
    background: #fff;
    border-bottom: 1px solid var(--line);
  }
  h1 {
    font-size: 1.2rem;
    margin: 0 auto 0 0;
  }
  h2 {
    font-size: 1.15rem;
    margin: 0.2rem 0 0.6rem;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.3rem;
  }
  h4 {
    font-size: 0.95rem;
    margin: 0.6rem 0 0.2rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr) minmax(
        18rem,
        26rem
      );
    gap: 1rem;
    padding: 1rem;
    align-items: start;
  }
  @media (max-width: 70rem) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  nav,
  main,
  aside {
    background: #fff;
    border: 1px solid #c4c7c5;
    border-radius: 8px;
    padding: 0.8rem;
    min-width: 0;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav li button {
    width: 100%;
    text-align: left;
    background: none;
    border: 0;
    padding: 0.3rem 0.4rem;
    border-radius: 4px;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  nav li button[aria-current="true"] {
    background: #d3e3fd;
    font-weight: 600;
  }
  nav li button:hover {
    background: #e8f0fe;
  }
  .badge {
    display: inline-block;
    min-width: 1.4em;
    margin-left: 0.3em;
    padding: 0 0.35em;
    border-radius: 1em;
    background: var(--danger);
    color: #fff;
    font-size: 0.8em;
    text-align: center;
  }
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.6rem;
  }
  label.check {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    font-weight: 400;
    margin: 0.15rem 0;
  }
  input:not([type="checkbox"]),
  textarea {
    width: 100%;
    font: inherit;
    padding: 0.35rem 0.45rem;
    border: 1px solid var(--line);
    border-radius: 4px;
    background: #fff;
    color: inherit;
  }
  input[readonly] {
    background: #f1f3f4;
  }
  textarea {
    resize: vertical;
  }
  fieldset {
    border: 1px solid #c4c7c5;
    border-radius: 6px;
    margin: 0.9rem 0 0;
    padding: 0.4rem 0.7rem 0.7rem;
  }
  fieldset.pick {
    max-height: 14rem;
    overflow: auto;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3rem;
  }
  button {
    font: inherit;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--line);
    border-radius: 4px;
    background: #fff;
    color: #1f1f1f;
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: #fff;
  }
  button.danger {
    color: var(--danger);
    border-color: var(--danger);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.8rem;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.8rem;
  }
  .answer-edit {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.8rem;
  }
  @media (max-width: 90rem) {
    .answer-edit {
      grid-template-columns: 1fr;
    }
  }
  .answer,
  .preview {
    border-left: 3px solid #c4c7c5;
    padding-left: 0.8rem;
  }
  .preview h3 {
    margin-top: 0.6rem;
  }
  .phrasing-list {
    padding-left: 1.6rem;
  }
  .phrasing-list li {
    display: flex;
    gap: 0.3rem;
    margin: 0.2rem 0;
    align-items: center;
  }
  .phrasing-list button {
    padding: 0.2rem 0.5rem;
  }
  .problems {
    margin: 0.3rem 0;
    padding-left: 1.2rem;
  }
  .problems .error {
    color: var(--danger);
  }
  .problems .warning {
    color: #7a4c00;
  }
  .file {
    color: #444746;
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
    margin: 0;
  }
  .notice,
  .message {
    background: #fef7e0;
    border: 1px solid #c58a00;
    border-radius: 4px;
    padding: 0.4rem 0.6rem;
  }
  .message.good {
    background: #e6f4ea;
    border-color: #188038;
  }
  .resource {
    display: grid;
    grid-template-columns: repeat(2, 1fr);
    gap: 0 0.6rem;
    margin-bottom: 0.6rem;
  }
  .why {
    border-top: 1px solid #c4c7c5;
    margin-top: 0.8rem;
  }
  .why dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1rem 0.6rem;
    margin: 0.3rem 0;
  }
  .why dt {
    font-weight: 600;
  }
  .why dd {
    margin: 0;
  }
  .score {
    color: #444746;
  }
  .words {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    padding: 0;
  }
  .words li {
    border: 1px solid var(--line);
    border-radius: 1em;
    padding: 0 0.6em;
  }
  dialog {
    border: 1px solid var(--line);
    border-radius: 8px;
    max-width: 30rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ::slotted(faq-chat) {
    display: block;
    min-height: 24rem;
    margin-top: 0.6rem;
  }
`;
