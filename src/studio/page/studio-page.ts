/**
 * The studio page's script: defines `<faq-studio>`. The page's markup holds
 * the element, its token and the try-it `<faq-chat>`.
 * @module
 */
import { FaqStudio } from "./faq-studio.js";

if (!customElements.get("faq-studio"))
  customElements.define("faq-studio", FaqStudio);
