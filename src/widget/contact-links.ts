/**
 * Safe `href`s for the contact routes the widget shows (clinic phone and
 * contact page, crisis lines). Values come from attributes and from the
 * knowledge file, so none is trusted: only http(s) pages and digits become links.
 * @module
 */
import { dialledDigits, isPhoneNumber } from "../engine/phone-number.js";

/** An absolute http(s) URL for `url` (relative URLs resolve against the page), or null for anything else. */
export function toSafePageUrl(url: unknown): string | null {
  if (!url || typeof url !== "string") return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === "http:" || parsed.protocol === "https:"
      ? parsed.href
      : null;
  } catch {
    return null;
  }
}

/** True when `url` is an http(s) page on another origin, so its link opens in a new tab. Never throws. */
export function isExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url, document.baseURI);
    return (
      /^https?:$/.test(parsed.protocol) && parsed.origin !== location.origin
    );
  } catch {
    return false;
  }
}

/**
 * `tel:` link for a phone number as people write it (`+1 555 010 0100` → `tel:+15550100100`), or null for
 * anything that is not one (see `isPhoneNumber`).
 */
export function toTelHref(phone: unknown): string | null {
  return isPhoneNumber(phone) ? `tel:${dialledDigits(phone)}` : null;
}

/** `sms:` link with an optional pre-filled body, in the form most phones accept (`sms:741741?&body=HOME`). */
export function toSmsHref(number: unknown, body?: unknown): string | null {
  if (!isPhoneNumber(number)) return null;
  const digits = dialledDigits(number);
  return typeof body === "string" && body
    ? `sms:${digits}?&body=${encodeURIComponent(body)}`
    : `sms:${digits}`;
}
