import { DEFAULTS } from "./defaults.js";
import { joinSpelledOut } from "./crisis-reread.js";
import { normalizeText } from "./normalize.js";
import { dialledDigits, isPhoneNumber } from "./phone-number.js";
import { compilePattern, indexWords } from "./phrase-pattern.js";
import type { CrisisHelp, CrisisSettings } from "./types.js";

/**
 * The crisis help built into the code (US numbers), used whenever the clinic's
 * own settings are missing or unusable: a widget whose knowledge failed to
 * load still shows 988 first.
 */
export const DEFAULT_CRISIS: Readonly<CrisisSettings> = Object.freeze({
  intro:
    "It sounds like you may be going through something really painful. You deserve support right now, and you don't have to face this alone.",
  otherIntro:
    "It sounds like you're worried about someone's safety. You don't have to handle this alone: crisis lines help people who are worried about someone else, too.",
  concern:
    "If you're ever thinking about harming yourself, or worried about someone who is, you can call or text 988 any time.",
  resources: Object.freeze([
    {
      label:
        "Call or text 988 (Suicide & Crisis Lifeline), any time, day or night",
      phone: "988",
      sms: "988",
    },
    {
      label: "Call 911 if you are in immediate danger or have taken something",
      phone: "911",
    },
    {
      label: "Text HOME to 741741 (Crisis Text Line)",
      sms: "741741",
      smsBody: "HOME",
    },
  ]) as CrisisSettings["resources"],
});

/**
 * The built-in lines a clinic's crisis resources lack (by the number they dial: 988, then 911): put first
 * whatever a knowledge file says, so no file (hand-edited, old or tampered) can take 988 or 911 away.
 */
export function missingBuiltInLines(
  resources: readonly { phone?: unknown; sms?: unknown }[],
): CrisisSettings["resources"] {
  const dials = (line: { phone?: unknown; sms?: unknown }, number: string) =>
    [line.phone, line.sms].some(
      (value) => isPhoneNumber(value) && dialledDigits(value) === number,
    );
  return DEFAULT_CRISIS.resources.filter(
    (builtIn) =>
      builtIn.phone !== undefined &&
      ["988", "911"].includes(builtIn.phone) &&
      !resources.some((line) => dials(line, builtIn.phone!)),
  );
}

/** Whether a crisis line gives a number to call or text (a phone written "TBD" or "javascript:…" does not). */
export const offersNumber = ({
  phone,
  sms,
}: {
  phone?: unknown;
  sms?: unknown;
}): boolean => [phone, sms].some(isPhoneNumber);

/**
 * Lines that always mean crisis, whatever a knowledge file carries (an old, a
 * broken or a tampered file) and whether or not it loaded at all. Written in
 * the pattern language of `phrase-pattern.ts`.
 */
export const CRISIS_FLOOR: readonly string[] = Object.freeze([
  "suicid*",
  "kill|killing ... myself",
  "end|ending|take|taking my [own] life",
  "want|wanna ... to =die",
  "i|just ... =overdosed",
  "self harm*",
  "hurt|harm|cut|cutting|hurting|harming myself",
  "better off =dead",
  "do not ... want to =live",
  "end it all",
  "unaliv*",
  // Run together, as a hashtag or typed in a hurry.
  "killmyself|killingmyself",
  "iwanttodie|wanttodie|iwannadie|wannadie",
  "kill|killing himself|herself|themselves",
  "no reason to live",
  "not want to be alive|here|around",
]);

/**
 * Risk said in scripts other than Latin, found anywhere in a message (Chinese, Japanese and Thai do not
 * space their words, so these are pieces of text, not patterns): suicide, "I want to die", "I don't want
 * to live", "kill myself" and self-harm, in the languages US clinics most often see after Spanish
 * (Chinese, Korean, Japanese, Russian, Ukrainian, Arabic, Persian, Hindi, Hebrew, Greek, Thai). The learned
 * detector reads none of these scripts, so here the floor decides alone.
 */
export const CRISIS_FLOOR_OTHER_SCRIPTS: readonly string[] = Object.freeze([
  // Chinese (simplified and traditional)
  "自杀",
  "自殺",
  "想死",
  "不想活",
  "轻生",
  "輕生",
  "活不下去",
  "结束自己的生命",
  "結束自己的生命",
  "割腕",
  // Japanese
  "死にたい",
  "消えたい",
  "生きていたくない",
  "自傷",
  // Korean
  "자살",
  "죽고 싶",
  "죽고싶",
  "살고 싶지 않",
  "자해",
  // Russian and Ukrainian
  "суицид",
  "самоубийств",
  "покончить с собой",
  "покончу с собой",
  "хочу умереть",
  "не хочу жить",
  "убить себя",
  "убью себя",
  "самогубств",
  "хочу померти",
  "вбити себе",
  // Arabic and Persian
  "انتحار",
  "انتحر",
  "اريد ان اموت",
  "اقتل نفسي",
  "خودکشی",
  // "(I) want to die", written with or without the joiner in "می‌خواهم" (it is read as a space).
  "خواهم بمیرم",
  "میخوام بمیرم",
  "خودمو بکشم",
  // Hindi
  "आत्महत्या",
  "खुदकुशी",
  "मरना चाहता",
  "मरना चाहती",
  // Hebrew, Greek, Thai
  "התאבד",
  "רוצה למות",
  "αυτοκτον",
  "θελω να πεθανω",
  "ฆ่าตัวตาย",
  "อยากตาย",
]);

// Someone writing about another person's safety ("my son", "she wants to…") rather than their own.
const OTHER_PERSON =
  /\b(my|our) (son|daughter|kid|child|teen|teenager|friend|brother|sister|mom|mum|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|spouse|roommate|student|patient|client|cousin|uncle|aunt|grandson|granddaughter|niece|nephew|coworker|colleague)\b|\b(he|she|they|him|her|them)(self|selves)?\b/;
const FIRST_PERSON = /\b(i|me|my ?self|im|i am|i have|i will)\b/;

let floor: ((words: string[]) => boolean) | undefined;
let otherScripts: string[] | undefined;

/** Whether `words` (normalized) are about someone else's safety rather than the visitor's own. */
export function aboutOther(normalized: string): boolean {
  const text = ` ${normalized} `;
  if (!OTHER_PERSON.test(text)) return false;
  // "I want to die, my friend says…" is about the visitor: first-person risk words win.
  return (
    !/\b(kill|killing|hurt|harm|hurting|harming|cut|cutting) myself\b|\bi (want|wanna) to die\b|\bmy (own )?life\b/.test(
      text,
    ) || !FIRST_PERSON.test(text)
  );
}

/**
 * The crisis check that depends on nothing that can fail: no knowledge, no
 * settings, no strings. Returns the help to show first, or null.
 */
export function crisisFloor(
  text: unknown,
  settings: CrisisSettings = DEFAULT_CRISIS,
): CrisisHelp | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  try {
    if (!floor) {
      const patterns = CRISIS_FLOOR.map((line) => compilePattern(line, true));
      floor = (words) => {
        const indexed = indexWords(words);
        return patterns.some((pattern) => pattern.test(indexed));
      };
    }
    // Folded exactly as messages are (accents and vowel signs dropped, Korean syllables taken apart).
    otherScripts ??= CRISIS_FLOOR_OTHER_SCRIPTS.map((piece) =>
      normalizeText(piece),
    );
    const { crisisScanLength: length, floorWindowOverlap: overlap } = DEFAULTS;
    const end = Math.min(text.length, DEFAULTS.floorScanLength);
    // A pasted wall of text is read a window at a time, so no window costs more than a short message.
    const windows: [number, number][] = [];
    for (
      let start = 0;
      start === 0 || start + overlap < end;
      start += length - overlap
    )
      windows.push([start, Math.min(end, start + length)]);
    // Past that, its last window too: a story ends with what was done, however long it is.
    if (text.length > end) windows.push([text.length - length, text.length]);
    let normalized: string | undefined;
    for (const [start, stop] of windows) {
      const window = normalizeText(text.slice(start, stop));
      const words = window.split(" ").filter(Boolean);
      // Spelled out to slip past a filter, or for emphasis: "s u i c i d e" (read again only when it is).
      const joined = joinSpelledOut(words);
      if (
        floor(words) ||
        (joined.length < words.length && floor(joined)) ||
        otherScripts.some((piece) => window.includes(piece))
      ) {
        normalized = window;
        break;
      }
    }
    if (normalized === undefined) return null;
    const about = aboutOther(normalized) ? "other" : "self";
    return {
      intro: about === "other" ? settings.otherIntro : settings.intro,
      resources: [...settings.resources],
      about,
    };
  } catch {
    // Even a failure here must not hide help from someone who may be at risk.
    return {
      intro: DEFAULT_CRISIS.intro,
      resources: [...DEFAULT_CRISIS.resources],
      about: "self",
    };
  }
}
