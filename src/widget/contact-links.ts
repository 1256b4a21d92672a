/**
 * Safe `href`s for the contact routes the widget shows (clinic phone and
 * contact page, crisis lines). Values come from attributes and from the
 * knowledge file, so none is trusted: only http(s) pages and digits become links.
 * @module
 */

/** An absolute http(s) URL for `url` (relative URLs resolve against the page), or null for anything else. */
export function toSafePageUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === "http:" || parsed.protocol === "https:"
      ? parsed.href
      : null;
  } catch {
    return null;
  }
}

/** True when `url` leaves the page's origin, so its link opens in a new tab. */
export function isExternalUrl(url: string): boolean {
  return new URL(url, document.baseURI).origin !== location.origin;
}

/** `tel:` link for a phone number as people write it (`+1 555 010 0100` → `tel:+15550100100`), or null. */
export function toTelHref(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/[^\d+]/g, "");
  return /\d/.test(digits) ? `tel:${digits}` : null;
}

/** `sms:` link with an optional pre-filled body, in the form most phones accept (`sms:741741?&body=HOME`). */
export function toSmsHref(
  number: string | null | undefined,
  body?: string | null,
): string | null {
  const digits = (number ?? "").replace(/[^\d+]/g, "");
  if (!/\d/.test(digits)) return null;
  return body
    ? `sms:${digits}?&body=${encodeURIComponent(body)}`
    : `sms:${digits}`;
}
