// An extension after the number ("ext. 2", "x 12"): shown, but not dialled as part of the number.
const EXTENSION = /\s*(?:ext\.?|x)\s*\d+\s*$/i;

/**
 * Whether a value is a phone number as people write one: digits (at least three, so "911" and "988" pass)
 * with spaces, dots, dashes, brackets, a leading "+" and perhaps an extension. Anything else ("TBD",
 * "javascript:alert(1)", "call us") is not, and must not become a `tel:` link whose digits were picked out
 * of other text.
 */
export function isPhoneNumber(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const number = value.replace(EXTENSION, "");
  return (
    /^\s*\+?[\d\s().\-]+$/.test(number) &&
    (number.match(/\d/g)?.length ?? 0) >= 3
  );
}

/** A page's phone if it is a phone number, else null (the knowledge's is used instead). */
export function usablePhone(value: unknown): string | null {
  return isPhoneNumber(value) ? value : null;
}

/** The digits to dial for a phone number (`+1 (555) 010-0100 ext. 2` → `+15550100100`). */
export function dialledDigits(phone: string): string {
  return phone.replace(EXTENSION, "").replace(/[^\d+]/g, "");
}
