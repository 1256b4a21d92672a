/**
 * Styles are plain CSS text, adopted into the shadow root as constructed
 * stylesheets: no `<style>` elements and no `style` attributes, so a strict
 * `style-src 'self'` CSP needs no exception for the widget.
 * @module
 */

/**
 * Marks a template literal as CSS (for editors, and for the build, which
 * collapses its whitespace and drops the tag). Substitutions are not allowed:
 * each stylesheet is static text.
 */
export const css: (strings: TemplateStringsArray) => string = String.raw;

/** A constructed stylesheet holding `text`, for `adoptedStyleSheets`. */
export function toStyleSheet(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}
