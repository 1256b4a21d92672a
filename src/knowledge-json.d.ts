/**
 * Types for `faq-chat/knowledge.json`, the compiled knowledge the package
 * ships (import it with `with { type: "json" }`): a {@link CompiledKnowledge}.
 * @module
 */
import type { CompiledKnowledge } from "./engine/types.js";

declare const knowledge: CompiledKnowledge;
export default knowledge;
