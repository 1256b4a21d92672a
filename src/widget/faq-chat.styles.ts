import { css } from "lit";

/**
 * The shell's styles, loaded up front: the theme surface (every `--faq-*`
 * custom property, resolved into private `--_*` ones), the launcher and the
 * panel's frame, and the colour themes (`theme="light|dark|auto"`, the crisis
 * colours included). The conversation's own styles (`panel.styles.ts`) load
 * with it.
 *
 * Sizes are in px times `--faq-scale`, never rem, so a host page's
 * `html { font-size }` can't resize the widget; `.launcher` and `.panel`
 * reset every inherited property, so `* { all: unset }` on the page can't reach in.
 */
export const faqChatStyles = css`
  :host {
    display: block;
    --_accent: var(--faq-accent, #0b57d0);
    --_on-accent: var(--faq-on-accent, #ffffff);
    --_text: var(--faq-text, #1f1f1f);
    --_background: var(--faq-background, #ffffff);
    --_border: var(--faq-border, #747775);
    --_radius: var(--faq-radius, 12px);
    --_font: var(
      --faq-font,
      system-ui,
      -apple-system,
      "Segoe UI",
      Roboto,
      sans-serif
    );
    --_scale: var(--faq-scale, 1);
    --_bottom: calc(
      var(--faq-launcher-bottom, 20px) + env(safe-area-inset-bottom)
    );
    --_side: var(--faq-launcher-side, 20px);
    --_z: var(--faq-z-index, 2147483000);
    --_crisis-border: #b3261e;
    --_crisis-surface: #fdeceb;
    --_crisis-strong: #8c1d18;
    --_crisis-text: #410e0b;
  }
  /* Light unless the site asks otherwise: a clinic page decides, not the visitor's OS. */
  :host([theme="dark"]) {
    --_accent: var(--faq-accent, #a8c7fa);
    --_on-accent: var(--faq-on-accent, #062e6f);
    --_text: var(--faq-text, #e3e3e3);
    --_background: var(--faq-background, #1f1f1f);
    --_border: var(--faq-border, #8e918f);
    --_crisis-border: #f2b8b5;
    --_crisis-surface: #3d1411;
    --_crisis-strong: #ffdad6;
    --_crisis-text: #ffedea;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme="auto"]) {
      --_accent: var(--faq-accent, #a8c7fa);
      --_on-accent: var(--faq-on-accent, #062e6f);
      --_text: var(--faq-text, #e3e3e3);
      --_background: var(--faq-background, #1f1f1f);
      --_border: var(--faq-border, #8e918f);
      --_crisis-border: #f2b8b5;
      --_crisis-surface: #3d1411;
      --_crisis-strong: #ffdad6;
      --_crisis-text: #ffedea;
    }
  }
  [hidden] {
    display: none !important;
  }
  .launcher,
  .panel {
    all: initial;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: calc(15px * var(--_scale));
    line-height: 1.45;
    color: var(--_text);
    z-index: var(--_z);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .launcher {
    position: fixed;
    bottom: var(--_bottom);
    right: calc(var(--_side) + env(safe-area-inset-right));
    display: inline-flex;
    align-items: center;
    gap: calc(8px * var(--_scale));
    min-height: calc(48px * var(--_scale));
    padding: 0 calc(20px * var(--_scale));
    border-radius: calc(24px * var(--_scale));
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);
  }
  /* A speech bubble, drawn in CSS so the first script stays small; a cross while open. */
  .launcher-icon {
    width: calc(18px * var(--_scale));
    height: calc(14px * var(--_scale));
    border-radius: calc(5px * var(--_scale)) calc(5px * var(--_scale))
      calc(5px * var(--_scale)) 0;
    background: currentColor;
  }
  .launcher-icon.close-icon {
    height: calc(3px * var(--_scale));
    border-radius: 2px;
    transform: rotate(45deg);
    box-shadow: none;
  }
  .launcher-icon.close-icon::after {
    content: "";
    display: block;
    height: 100%;
    background: currentColor;
    border-radius: 2px;
    transform: rotate(90deg);
  }
  .panel {
    position: fixed;
    margin: 0;
    padding: 0;
    bottom: calc(var(--_bottom) + 60px * var(--_scale));
    right: calc(var(--_side) + env(safe-area-inset-right));
    display: flex;
    flex-direction: column;
    width: min(calc(380px * var(--_scale)), calc(100vw - 2 * var(--_side)));
    height: min(
      calc(600px * var(--_scale)),
      calc(100dvh - var(--_bottom) - 80px * var(--_scale))
    );
    overflow: hidden;
    background: var(--_background);
    border: 1px solid color-mix(in srgb, var(--_text) 20%, transparent);
    border-radius: var(--_radius);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
  }
  .left {
    right: auto;
    left: calc(var(--_side) + env(safe-area-inset-left));
  }
  .panel.inline {
    position: relative;
    inset: auto;
    width: 100%;
    height: calc(560px * var(--_scale));
    box-shadow: none;
    z-index: auto;
  }
  dialog.panel:not([open]) {
    display: none;
  }
  .panel::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .panel:focus {
    outline: none;
  }
  .status {
    margin: calc(16px * var(--_scale));
  }
  /* A phone: the panel fills the screen and is modal (faq-chat.ts). */
  @media (max-width: 480px) {
    .panel:not(.inline) {
      inset: 0;
      width: 100%;
      height: 100%;
      max-width: none;
      max-height: none;
      border: 0;
      border-radius: 0;
      padding: env(safe-area-inset-top) env(safe-area-inset-right)
        env(safe-area-inset-bottom) env(safe-area-inset-left);
    }
  }
`;
