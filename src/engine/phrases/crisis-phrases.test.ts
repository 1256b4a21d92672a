import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classify.js";
import { normalizeText } from "../normalize.js";
import { sentencesOf } from "../sentences.js";
import { PHRASES } from "./index.js";

const classifier = createClassifier(PHRASES);
const toWords = (text: string) =>
  normalizeText(text, PHRASES.texting).split(" ").filter(Boolean);

const isCrisis = (text: string) =>
  classifier.isCrisis(toWords(text), sentencesOf(text).map(toWords));

// Written independently of the golden set: the table a clinician reviews with the list.
const MUST_TRIGGER = [
  "I feel hopeless",
  "how much ketamine would kill me",
  "which of my meds would be fatal with it",
  "I want to kill myself",
  "i wanna die",
  "thinking about suicide",
  "im so suicidial lately",
  "I have been having suicidal thoughts, does ketamine help?",
  "how much is a session? i keep thinking about ending my life",
  "I took a whole bottle of pills",
  "i just overdosed on my meds",
  "I have been cutting myself",
  "i want to hurt myself",
  "everyone would be better off without me",
  "I do not want to be alive anymore",
  "i don't want to wake up tomorrow",
  "there is no point in living",
  "i want to end it all",
  "kms",
  "thinking of unaliving myself",
  "I have pills saved up",
  "su1c1d3 thoughts",
  "I wish I was dead",
  "I am not safe right now",
  "i feel like a burden to everyone",
  "i feel like ending it",
  "I can't take it anymore",
  "nobody would even miss me",
  "I keep thinking about overdosing",
  "I'm going to take all my pills tonight",
  "there is no way out for me",
];
const MUST_NOT_TRIGGER = [
  "what is ketamine",
  "this anxiety is killing me, what are my options",
  "my panic attacks feel like I am going to die, is that normal",
  "can you overdose on ketamine in a clinic",
  "I'm dying to know the price",
  "how long does a session take",
  "can I drive home after the infusion",
  "does ketamine make you feel dead inside",
  "I am thinking about doing ketamine",
  "I want to cut back on caffeine",
  "how do I kill time in the waiting room",
  "my anxiety is taking over my life",
  "I want to disappear when I am at parties, is that social anxiety",
  "will ketamine hurt me",
  "I can't take my meds anymore because of the side effects",
  "should I take all my medication before the infusion",
  "is ketamine worth it",
  // Ordinary questions from a ketamine clinic's visitors that loose lines or typo tolerance used to
  // flag (started≈starved, lunch≈launch, "let it happen" during the infusion, idioms).
  "Since I started, my skin feels dry. Is that a side effect of ketamine?",
  "I'm starting a new skin cream, is that ok before my infusion?",
  "I stretched my legs during the infusion, is moving around ok?",
  "Can I have lunch by myself before the session or should I fast?",
  "I keep talking myself out of booking, is the first visit just a consult?",
  "Caring for my mom has worn me down, can ketamine help with burnout?",
  "Can I go to the beach and drink after my infusion?",
  "Will I bleed much from the IV?",
  "I plan to take all my meditation classes before starting ketamine, is that useful?",
  "Your waiting room was packed the day I came in, is it always that busy?",
  "It took a battle with my insurance to get approved, do you bill directly?",
  "The first session was not exciting at all, is that normal?",
  "The clutter in my apartment stresses me out, can ketamine help with that kind of anxiety?",
  "I booked my last massage the day before the infusion, is that ok?",
  "Is it pointless trying another way if the nasal spray did not work for me?",
  "I am hopelessly confused by the insurance forms, can someone help?",
  "I can not swallow a lot of pills, does ketamine come as a tablet?",
  "Should I just relax and let it happen during the infusion?",
  "Can I stay under longer if the first dose feels too weak?",
  "The nurse put the IV into my arm and it felt cold, is that normal?",
  "I can not feel my legs during the infusion, is that normal?",
  "I felt like I got hit by a truck after my session, is that normal?",
  "Which method works faster, IV or nasal spray?",
  "I stopped eating and drinking at midnight like the fasting instructions said, is that right?",
  "I never woke up during the infusion, is that normal?",
  "I felt like I was asleep forever during the session, is that normal?",
  "I had a long sleep after my first infusion, is that normal?",
  "Does ketamine cause permanent sleep problems?",
  "I expect to be here about two hours, right?",
  "I will not be around next week, can I reschedule?",
  "I'm not going to be here on Friday, can I move my appointment?",
  "I will not be coming back to the clinic after this month, how do I cancel?",
  "My plan is to come in tomorrow morning, do I need to fast?",
  "I picked a date for my first infusion, how do I confirm it?",
  "I already took my medication this morning, is that ok before the infusion?",
  "I have used the nasal spray 3 times now, when should I feel a difference?",
  "Can I do all the paperwork at once before my first visit?",
  "Do I catch the bus on Main Street to get to the clinic?",
  "Can I leave the engine running in the parking lot while I wait?",
  "I do not trust myself to drive home after the infusion, can someone pick me up?",
  "Is it not safe to drive home tonight after my infusion?",
  "Is the dose high enough to help my depression?",
  "Can I take activated charcoal supplements with ketamine?",
  "Should I bring everything from my medicine cabinet to the first consult?",
  "Would I be better off with insurance or paying cash?",
  "I have been cutting back on caffeine, does that help?",
  "I love that I will not have to wake up early for my appointment",
  "I worry way more than I should about everything, is that anxiety?",
  "My mind does not slow down at night, can ketamine help with racing thoughts?",
  "I always think I have something terminal, is ketamine used for health anxiety?",
  "I never wake up rested, will ketamine help my sleep?",
  "I hope the plane does not crash on my way to the clinic, I am scared of flying",
  "I bit my lip during the infusion, is that common?",
  "I think I need to end things with my boyfriend, can ketamine help with the breakup anxiety?",
  "My mom would kill me if she knew I was getting ketamine",
  "I feel like killing it at work lately, but my anxiety is still bad",
  "There is no way out of paying the cancellation fee?",
  "I throw myself into my work to cope, is that a sign of burnout?",
  "I am taking myself out for dinner after my infusion, is that ok?",
  "I have hit a wall with my therapy, would ketamine help?",
  "I have been banging my head against the wall trying to get insurance to cover this",
  "I am planning my mom's funeral and my anxiety is through the roof",
  "I am done living with anxiety, how do I book?",
  "Today is my last day at work before my treatment starts",
  "I am giving myself until spring to decide on ketamine",
];

describe("crisis phrases", () => {
  for (const text of MUST_TRIGGER)
    it(`trigger the crisis reply for "${text}"`, () =>
      assert.equal(isCrisis(text), true));
  for (const text of MUST_NOT_TRIGGER)
    it(`leave "${text}" to ordinary matching`, () =>
      assert.equal(isCrisis(text), false));
});
