/**
 * Words that carry no meaning for matching. Deliberately short: question and
 * intent words (how, long, many, much, often, soon, fast, when, why, what, who,
 * safe, work, last) are kept, because "how long" and "how many" ask different
 * things.
 */
export const STOP_WORDS: readonly string[] =
  `a an the and or but if so of to in on at by for from with about into as than then
  is are am was were be been being do does did doing done have has had having
  i me my mine myself we us our you your yours it its this that these those there here
  can could would should will shall may might must
  just really very quite pretty actually basically honestly anyway also too even still
  some any all one thing things stuff like kind sort bit lot lots
  get got gets getting go going gonna wanna want know tell please thanks hi hey hello
  im ive id ill dont doesnt didnt isnt arent wasnt cant wont
  not no yes yeah ok okay oh um uh hmm lol
  he she they them their his her someone somebody anyone people person
  say said mean means`.split(/\s+/);
