/**
 * CRISIS PHRASE EXAMPLES — for clinical review, beside `crisis-phrases.ts`.
 *
 * One row for every line of CRISIS_PHRASES, keyed by the line exactly as it
 * is written there, with two messages a visitor might type:
 *
 * - `trigger`: a message this line, on its own, matches. It shows what the
 *   line is there to catch, in a visitor's words rather than the pattern's.
 * - `notTrigger`: a near miss this line does NOT match: an idiom, an
 *   educational or ketamine-safety question, or the same words in a safe
 *   frame. It shows where the line stops.
 *
 * A reviewer can read a row and ask: is the trigger really a sign of risk we
 * must not miss, and would the near miss really be safe to answer normally?
 * `crisis-phrase-examples.test.ts` runs every line alone, as the engine runs
 * it (typo tolerance on, sentence ends for lines with `$`), on both messages,
 * and fails when a line of the list has no row here or a row has no line.
 *
 * Other lines of the list may also match a row's messages: the near miss of
 * one line is not promised to be safe for the whole list (the whole-list
 * tests are in `crisis-phrases.test.ts`).
 */
export interface CrisisPhraseExample {
  /** A realistic message this line matches. */
  readonly trigger: string;
  /** A realistic near miss this line does not match. */
  readonly notTrigger: string;
}

export const CRISIS_PHRASE_EXAMPLES: Readonly<
  Record<string, CrisisPhraseExample>
> = {
  // Suicide, named
  "killmyself|killingmyself": {
    trigger: "#killmyself",
    notTrigger: "this commute is killing me lol, how long is a session",
  },
  "iwanttodie|wanttodie|iwannadie|wannadie": {
    trigger: "honestly #iwanttodie",
    notTrigger: "I want to diet before my first infusion, is that ok?",
  },
  kmss: {
    trigger: "kmss fr",
    notTrigger: "how many km is the drive to the clinic",
  },
  "k m s": {
    trigger: "k.m.s",
    notTrigger: "k so how much is one session",
  },
  "want|wanna|wanted =die": {
    trigger: "i want die, nothing helps",
    notTrigger: "I want diet tips for before the infusion",
  },
  "suicid*": {
    trigger:
      "I've been having suicidal thoughts again, is ketamine an option for me?",
    notTrigger:
      "Can ketamine help with depression that hasn't responded to SSRIs?",
  },
  "suiside*": {
    trigger: "i keep thinking about suiside",
    notTrigger: "Are the infusion rooms private suites?",
  },
  "sucid*": {
    trigger: "having sucidal thoughts, what should i do",
    notTrigger: "What is the success rate of ketamine for anxiety?",
  },
  "suecid*": {
    trigger: "I've had suecidal feelings since my divorce",
    notTrigger: "Will I feel sedated after the session?",
  },
  sewerslide: {
    trigger: "honestly just thinking about sewerslide lately lol",
    notTrigger: "our sewer backed up so I need to reschedule my appointment",
  },
  "sewer slide": {
    trigger: "been joking about sewer slide but im not really joking",
    notTrigger: "they're digging up the sewer on your street, where do I park?",
  },
  "unaliv*": {
    trigger: "sometimes I want to unalive myself",
    notTrigger: "Will ketamine make me feel more alive again?",
  },
  "self delete": {
    trigger: "I just want to self delete at this point",
    notTrigger: "How do I delete my chat history from this widget?",
  },
  selfdelete: {
    trigger: "been looking up how to selfdelete",
    notTrigger: "can I delete my account myself?",
  },
  kms: {
    trigger: "this week has been so bad i could kms",
    notTrigger: "how many km is the clinic from the highway exit?",
  },
  // Killing oneself
  "kill|killing|kil|killin|killed ... myself|mysef|meself": {
    trigger: "I want to kill myself and I don't know who to tell",
    notTrigger:
      "the waiting is killing me, when will I hear back about my consult?",
  },
  "off|offing ... myself": {
    trigger: "I've been thinking about offing myself",
    notTrigger:
      "I'm trying to wean myself off my benzos before starting ketamine",
  },
  "end|ending|ended|finish|finishing my|their|his|her|own [own] life": {
    trigger: "I keep thinking about ending my life",
    notTrigger: "Will ketamine end my anxiety for life?",
  },
  "take|=taking|took my|their|his|her own life": {
    trigger: "I've thought about taking my own life",
    notTrigger: "I want to take back my life from panic attacks",
  },
  "take|=taking|took my|their|his|her life $": {
    trigger: "sometimes I think about taking my life.",
    notTrigger:
      "I want to take my life back from anxiety, is ketamine right for me?",
  },
  "take|=taking|took my|their|his|her life tonight|today|tomorrow|soon|before|because|but|and|so|if|when|last|again|twice|after":
    {
      trigger:
        "I tried to take my life last year and I'm scared it will happen again",
      notTrigger: "I took my life back after years of panic attacks, thank you",
    },
  "end|ending it all": {
    trigger: "some days I just think about ending it all",
    notTrigger: "does it all end after six infusions or do I need boosters?",
  },
  "end|ending everything|things_tonight|things_today|things_now|things_soon|things_for_good|things_forever|things_after|things_when|things_before|things_once|things_if|things_because|things_can|things_does|things_is|things_what|things_how|things_but|things_and|things_so|things_i|things_honestly|things_lately|things_again|things_already|things_sometimes":
    {
      trigger: "I'm ready to end everything",
      notTrigger:
        "I think I need to end things with my boyfriend, can ketamine help with the breakup anxiety?",
    },
  "end|ending things $": {
    trigger: "some days I just want to end things.",
    notTrigger:
      "How do I end things with my old clinic before transferring to you?",
  },
  "end it ... tonight|today|now|soon|forever": {
    trigger: "I'm going to end it tonight",
    notTrigger:
      "the nausea came on strong, is there something to end it sooner next time?",
  },
  "end it for good": {
    trigger: "I just want to end it for good",
    notTrigger: "I want to end my anxiety for good, can ketamine do that?",
  },
  "thinking|thought|thoughts ... about|of ending it": {
    trigger: "I keep thinking about ending it",
    notTrigger: "I'm thinking about ending my SSRIs, can I still do ketamine?",
  },
  "want|wanted|going|plan|planning|ready ... to end it": {
    trigger: "I'm planning to end it this weekend",
    notTrigger:
      "I'm going to end the session early if I feel nauseous, is that okay?",
  },
  "end my existence": {
    trigger: "I just want to end my existence",
    notTrigger: "ketamine helped end my existential dread",
  },
  "hang|hanging myself": {
    trigger: "I thought about hanging myself last night",
    notTrigger:
      "I've been hanging out by myself a lot, is that a sign of social anxiety?",
  },
  "slit|slitting|cut|cutting ... wrist*": {
    trigger: "I want to slit my wrists",
    notTrigger: "Can you put the IV in my hand instead of my wrist?",
  },
  "jump|jumping ... off ... bridge|building|roof|cliff|balcony": {
    trigger: "I keep thinking about jumping off a bridge",
    notTrigger:
      "my kids love jumping off the diving board and I panic just watching",
  },
  "edge of ... roof|bridge|building|cliff|balcony": {
    trigger: "I'm sitting on the edge of the roof right now",
    notTrigger: "my anxiety has me on the edge of my seat all day",
  },
  "=shoot|=shooting myself": {
    trigger: "I've thought about shooting myself",
    notTrigger: "I used to shoot photos to calm myself down",
  },
  "drown|drowning myself": {
    trigger: "I want to drown myself",
    notTrigger: "I've been drowning in work stress, can ketamine help burnout?",
  },
  "gun ... on|to ... myself|head": {
    trigger: "I held a gun to my head last night",
    notTrigger:
      "my husband keeps a gun in the house, do you ask about that at intake?",
  },
  "use|using it on myself": {
    trigger: "I have a knife and I'm thinking of using it on myself",
    notTrigger: "can I get the nasal spray and use it at home by myself?",
  },
  "in front of ... train|truck": {
    trigger: "I want to step in front of a train",
    notTrigger: "I had a panic attack on the train this morning",
  },
  "drive|driving|crash|crashing ... into ... wall|tree|traffic": {
    trigger: "I keep thinking about driving into a wall",
    notTrigger: "I get anxious driving into the city, is there parking nearby?",
  },
  "not|never ... wake up ... again|anymore|tomorrow": {
    trigger: "I hope I never wake up again",
    notTrigger: "will I wake up groggy tomorrow after the infusion?",
  },
  "to not wake up": {
    trigger: "I just want to not wake up",
    notTrigger:
      "I try not to wake up my partner when I get home from the clinic",
  },
  "and not wake up": {
    trigger: "i want to go to sleep and not wake up",
    notTrigger:
      "can I go to sleep after the session and wake up fine the next morning?",
  },
  "and|to|just never wake up": {
    trigger: "I want to go to sleep and never wake up",
    notTrigger: "I never wake up rested, will ketamine help my sleep?",
  },
  "sleep forever": {
    trigger: "I just want to sleep forever",
    notTrigger: "after my first infusion I slept for hours, is that normal?",
  },
  "ways|way|methods|method ... to die|kill": {
    trigger: "what are painless ways to die",
    notTrigger: "what are some ways to calm down before an infusion?",
  },
  "take|takes ... to die": {
    trigger: "how long does it take to die from an overdose",
    notTrigger: "how long does it take to feel better?",
  },
  "how many|much ... would|to|will|could ... kill|die": {
    trigger: "how many of my pills would kill me",
    notTrigger: "how many sessions will I need before I feel better?",
  },
  "which|what|dose|doses|amount|combination|mix|pills|meds|sessions|infusions|mg|ketamine|enough|if|whether ... would|will|could|to ... kill me":
    {
      trigger: "which of my pills could kill me",
      notTrigger: "My mom would kill me if she knew I was getting ketamine",
    },
  "could|would|will|can my ... pills|meds|tablets|dose|prescription ... kill me":
    {
      trigger: "could my sleeping pills kill me",
      notTrigger: "My mom would kill me if she knew I missed my appointment",
    },
  "would|will|could it|that|this|they|the|those|these ... kill me": {
    trigger: "would the fall kill me",
    notTrigger: "My boss will kill me if I take the whole day off",
  },
  "how much|many ... to =die": {
    trigger: "how much tylenol to die",
    notTrigger: "how many people die from ketamine each year?",
  },
  "how much|many ... would|will|could ... be fatal|lethal|deadly": {
    trigger: "how many of these would be fatal",
    notTrigger: "how many infusions would be safe in one month?",
  },
  "how many ... to not wake": {
    trigger: "how many pills to not wake up",
    notTrigger: "how many sessions before I stop waking up with panic attacks?",
  },
  "how many ... would be fatal|lethal": {
    trigger: "how many of my xanax would be lethal",
    notTrigger: "how many infusions would be too many in a week?",
  },
  "lethal|fatal ... dose|amount": {
    trigger: "what's the lethal dose of my sertraline",
    notTrigger: "Has anyone ever had a fatal reaction to ketamine at a clinic?",
  },
  // Wanting to die or not to exist
  "want|wanna|wanted|wanting|wish|wishing|ready|long ... to =die": {
    trigger: "I'm so tired, I just want to die",
    notTrigger: "I want to diet while doing ketamine, any tips?",
  },
  "want|wish|wishing ... to be =dead": {
    trigger: "I just want to be dead",
    notTrigger: "I want to be deadlifting again, can I exercise after?",
  },
  "wish ... i ... was|were|had ... =dead|gone": {
    trigger: "I wish I was dead",
    notTrigger: "I wish I had known about ketamine years ago",
  },
  "better off =dead": {
    trigger: "honestly I'd be better off dead",
    notTrigger: "am I better off doing IV or nasal spray?",
  },
  "rather be =dead": {
    trigger: "I'd rather be dead than feel like this",
    notTrigger: "I'd rather be doing anything than sitting in traffic",
  },
  "better off without me": {
    trigger: "my family would be better off without me",
    notTrigger:
      "my team is better off without my constant worrying, so I'm taking leave for treatment",
  },
  "burden ... to|on ... everyone|everybody|family": {
    trigger: "I feel like a burden to everyone",
    notTrigger:
      "Is there a payment plan so treatment isn't a financial burden?",
  },
  "happier|better ... if|without ... i|me ... was|were|am|is ... =dead|gone": {
    trigger: "everyone would be happier if I was gone",
    notTrigger: "I'd feel better if my anxiety was gone",
  },
  "if i was|were|died ... gone|=dead": {
    trigger: "nobody would notice if I was gone",
    notTrigger: "what if I were late to my appointment?",
  },
  "do not ... want ... to be =alive|here|around": {
    trigger: "I don't want to be alive anymore",
    notTrigger: "I don't want to be alone during the infusion",
  },
  "do not want to be here ... anymore": {
    trigger: "I don't want to be here anymore",
    notTrigger:
      "I don't want to be on SSRIs anymore, is ketamine an alternative?",
  },
  "do not ... want ... [to] =live|exist|wake|continue": {
    trigger: "I don't want to exist",
    notTrigger: "I don't want my anxiety to control my life",
  },
  "not ... stay|staying =alive": {
    trigger: "I'm not sure I can stay alive much longer",
    notTrigger: "I'm not staying overnight, right? I need to be alert for work",
  },
  "stop|stopped ... =existing|=existin|=exsisting|=exisiting": {
    trigger: "I want to just stop existing",
    notTrigger: "Should I stop taking my current meds?",
  },
  "cease to exist": {
    trigger: "I wish I could cease to exist",
    notTrigger: "Does the numbness cease after the infusion?",
  },
  "disappear forever": {
    trigger: "I want to disappear forever",
    notTrigger: "will the anxiety disappear for good after treatment?",
  },
  "no|not ... reason|point ... to|in ... keep|go|=live|=living|continue|exist|=existing|=existin|=exsisting|=exisiting|=alive":
    {
      trigger: "I see no reason to keep going",
      notTrigger:
        "is there any reason to keep seeing my therapist during ketamine treatment?",
    },
  "life ... not|no ... worth =living": {
    trigger: "my life is not worth living",
    notTrigger: "My life isn't ruled by panic anymore, ketamine was worth it",
  },
  "not worth =living": {
    trigger: "it's not worth living like this",
    notTrigger: "is it not worth it to try the nasal spray first?",
  },
  "can not go on ... anymore|like|=living": {
    trigger: "I can't go on like this",
    notTrigger: "I can't go on vacation next month, can I reschedule?",
  },
  "can not go on $": {
    trigger: "i can't go on",
    notTrigger: "I can't go on Tuesday, is Wednesday open?",
  },
  "feel|feeling|felt like =dying $": {
    trigger: "honestly i feel like dying. where are you located",
    notTrigger: "I feel like dying my hair before the appointment, is that ok?",
  },
  "goodbye|bye|farewell cruel world": {
    trigger: "goodbye cruel world",
    notTrigger: "goodbye and thanks, the world feels a bit less scary",
  },
  "put|take me out of my misery": {
    trigger: "someone please put me out of my misery",
    notTrigger: "how soon will ketamine take me out of this anxious state?",
  },
  "please|someone|somebody|pls|plz|just kill me": {
    trigger: "please kill me",
    notTrigger: "my mom would kill me if she knew I was here",
  },
  "killme|killmenow|endme|endmylife|endmyself": {
    trigger: "#killme",
    notTrigger: "#selfcare before my first infusion",
  },
  "end|ending|erase|delete myself": {
    trigger: "thinking about how to end myself",
    notTrigger: "I want to end my panic attacks for good",
  },
  "hurt|harm|cut|hurts|harms|cuts|hurting|harming|cutting ... himself|herself|themselves|themself":
    {
      trigger: "i'm worried my brother might hurt himself",
      notTrigger: "can a patient hurt their back on the recliner?",
    },
  "my|our ... =overdosed|=od": {
    trigger: "my roommate overdosed",
    notTrigger: "has anyone ever overdosed on ketamine at a clinic?",
  },
  "can not keep ... =living|going": {
    trigger: "I can't keep going",
    notTrigger: "I can't keep my appointment on Friday, can I move it?",
  },
  "can not =live like this": {
    trigger: "I can't live like this anymore",
    notTrigger: "I can't live without my coffee, can I have some before?",
  },
  "tired of =living $": {
    trigger: "honestly I'm just tired of living",
    notTrigger: "I'm tired of living with this anxiety, what can help?",
  },
  "tired of being =alive": {
    trigger: "I'm so tired of being alive",
    notTrigger: "I'm tired of being anxious all the time",
  },
  "done with ... life|=living": {
    trigger: "I'm done with life, nothing ever gets better",
    notTrigger: "I'm done with the intake forms, what's next?",
  },
  "nothing to =live for": {
    trigger: "I have nothing to live for",
    notTrigger: "I have nothing to lose by trying ketamine",
  },
  "life is pointless": {
    trigger: "honestly life is pointless and I'm tired",
    notTrigger:
      "worrying about everything is pointless, I know, but I can't stop",
  },
  "feel|feeling|am|so|totally|completely ... =hopeless|hopeles|hopless": {
    trigger: "I've been feeling completely hopeless for weeks",
    notTrigger:
      "I am hopelessly confused by the insurance forms, can someone help?",
  },
  "no hope left": {
    trigger: "there's no hope left for me",
    notTrigger: "I have some hope left after my first session",
  },
  "lost all hope": {
    trigger: "I've lost all hope",
    notTrigger: "I lost all my hair from stress, will ketamine affect that?",
  },
  "think|thinking|thought ... about =dying": {
    trigger: "I think about dying all the time",
    notTrigger: "I thought I was dying during my panic attack, is that normal?",
  },
  "want|wish ... it all ... to end|over": {
    trigger: "I want it all to end",
    notTrigger: "I want it all explained before I sign the consent form",
  },
  "my funeral": {
    trigger: "I've started planning my funeral",
    notTrigger:
      "I have a funeral to go to this weekend, can I reschedule my session?",
  },
  "goodbye|suicide ... note|letter": {
    trigger: "I wrote a goodbye letter to my kids",
    notTrigger: "Can I get a letter for my employer saying I need time off?",
  },
  "say|saying ... goodbye ... everyone|forever|family|world": {
    trigger: "I've been saying goodbye to everyone",
    notTrigger:
      "I had to say goodbye to my dog last month and my anxiety is worse",
  },
  "my last ... =message|=messege|=mesage|words|goodbye|night": {
    trigger: "this is my last message",
    notTrigger:
      "I booked my last massage the day before the infusion, is that ok?",
  },
  "i am not safe": {
    trigger: "I'm not safe, I don't know what to do",
    notTrigger: "I'm not sure it's safe for me with my heart condition",
  },
  "not safe right_now|tonight": {
    trigger: "I'm really not safe tonight",
    notTrigger: "Is it not safe to drive home tonight after my infusion?",
  },
  // Self-harm
  "self harm*": {
    trigger: "I've been self harming again",
    notTrigger: "can I self administer the nasal spray at home?",
  },
  "selfharm*": {
    trigger: "relapsed on selfharm this week",
    notTrigger: "is there a selfhelp guide for panic attacks?",
  },
  "self injur*": {
    trigger: "I've been doing self injury again",
    notTrigger: "Is there a risk of injury if I get up during the session?",
  },
  "harm|hurt|injure|punish|harming|hurting|injuring|punishing|burn|burning|burned|burnt myself":
    {
      trigger: "I burned myself on purpose last night",
      notTrigger: "I burned my hand cooking, is that a problem for the IV?",
    },
  "cut|cutting|cuts ... arm|arms|leg|legs|thigh|thighs|skin": {
    trigger: "I've been cutting my thighs when the panic hits",
    notTrigger: "I cut back on caffeine like the nurse told me to",
  },
  "cut|cutting|cuts myself $": {
    trigger: "I think I'm going to cut myself",
    notTrigger:
      "I need to cut myself some slack, can ketamine help with perfectionism?",
  },
  "cut|cutting|cuts myself again|with|to|last|yesterday|today|tonight|deep|deeper|badly|when|because|for|since|and|but|so|until|till|every|lately|sometimes|daily|on_purpose|more|a_lot|after":
    {
      trigger: "I cut myself with a razor last night",
      notTrigger: "I keep cutting myself off from friends, is that depression?",
    },
  "burn|burning|hit|hitting|=stab|=stabbing|=stabbed|=scratch|=scratching|=scratched|=starve|=starving|=starved|starvin ... myself|arm|arms|leg|legs|thigh|thighs|skin":
    {
      trigger: "I scratch my arms until they're raw",
      notTrigger:
        "I stretched my legs during the infusion, is moving around ok?",
    },
  "=cutter": {
    trigger: "I'm a cutter and it's getting worse",
    notTrigger:
      "The clutter in my apartment stresses me out, can ketamine help with that kind of anxiety?",
  },
  "urge|urges|want|wanna|going|need ... to cut tonight|today|again|deep|deeper|so_bad|badly|right_now":
    {
      trigger: "I want to cut tonight so bad",
      notTrigger: "I want to cut down on coffee today before my infusion",
    },
  "urge|urges|want|wanna|going|need ... to cut $": {
    trigger: "I really want to cut",
    notTrigger: "I want to cut my dose in half, is that safe?",
  },
  "urge|urges to cut": {
    trigger: "the urges to cut are back",
    notTrigger: "I get the urge to clean when I'm anxious",
  },
  "cutting ... again|deep": {
    trigger: "I started cutting again",
    notTrigger: "I'm cutting carbs, is fasting before the infusion okay?",
  },
  "relapse* ... cutting|harm|harming": {
    trigger: "I relapsed and started cutting",
    notTrigger: "what's the relapse rate for anxiety after ketamine?",
  },
  "myself|pills|tablets|meds|=medication|=medications|=medicaton|=medicatons on purpose":
    {
      trigger: "I took extra pills on purpose",
      notTrigger: "Should I skip my medication the morning of the infusion?",
    },
  "feel like ending ... it|myself|everything": {
    trigger: "I feel like ending everything",
    notTrigger:
      "I feel like killing it at work lately, but my anxiety is still bad",
  },
  "no way out [of|from] [this|it|here] $": {
    trigger: "I see no way out",
    notTrigger: "There is no way out of paying the cancellation fee?",
  },
  "no way out for_me|for_us|but|except|anymore|left|other_than|of_this_pain|of_this_life|of_this_hell|of_here|can|what|and|but|so|i|is|does|how|please|honestly":
    {
      trigger: "there's no way out but to end it",
      notTrigger: "Is there no way out of the contract if I change my mind?",
    },
  "see ... way out": {
    trigger: "I can't see any way out",
    notTrigger: "I can see a way forward now after three infusions",
  },
  "can not take ... it|this ... anymore": {
    trigger: "I can't take this pain anymore",
    notTrigger: "I can't take my SSRIs anymore due to side effects",
  },
  "can not do this anymore": {
    trigger: "I'm so tired, I can't do this anymore",
    notTrigger: "I can't do this on Fridays anymore, can we move to Mondays?",
  },
  "wish ... i ... could ... disappear|vanish": {
    trigger: "I wish I could just disappear",
    notTrigger: "I wish my anxiety would just vanish",
  },
  "nobody ... would ... miss|notice ... me": {
    trigger: "nobody in my life would miss me",
    notTrigger:
      "nobody would know I'm getting treatment, right? Is it confidential?",
  },
  "notice|care|miss ... if i ... disappeared|died|gone|dead|disappear": {
    trigger: "would anyone even care if I died",
    notTrigger: "will you care if I cancel last minute?",
  },
  "no one ... would ... miss|notice ... me": {
    trigger: "be honest, no one would miss me",
    notTrigger: "No one would drive me, can I take a taxi home?",
  },
  "would not ... miss me": {
    trigger: "they wouldn't even miss me",
    notTrigger: "I would not miss my appointment for anything",
  },
  "i am ... a burden": {
    trigger: "I'm such a burden to everyone",
    notTrigger: "I am worried the cost will be a burden",
  },
  "life is not worth": {
    trigger: "life isn't worth it anymore",
    notTrigger: "life is not easy with panic disorder, will ketamine help?",
  },
  "gun ... use|using it": {
    trigger: "I have a gun and I might use it",
    notTrigger:
      "My husband is a police officer and carries a gun, does that matter at intake?",
  },
  "think|thinking|thought ... about|of ... =overdosing|=od": {
    trigger: "I've thought of overdosing on my meds",
    notTrigger:
      "I think about the risk of overdose with ketamine, how do you prevent it?",
  },
  "going|want|plan ... to ... take ... all my pills|meds|=medication|=medications|=medicaton|=medicatons|tablets":
    {
      trigger: "I'm going to take all my pills",
      notTrigger:
        "I plan to take all my meditation classes before starting ketamine, is that useful?",
    },
  // An overdose taken or planned, or means gathered
  "i|just|already|have|think ... =overdosed|=od": {
    trigger: "I think I overdosed, my heart is racing",
    notTrigger: "Has anyone ever overdosed on ketamine at your clinic?",
  },
  "=overdosed ... on_purpose|earlier|tonight|today|just_now|an_hour": {
    trigger: "overdosed earlier tonight, feeling really weird",
    notTrigger: "My friend overdosed years ago, so I'm nervous about ketamine",
  },
  "going|want|plan ... to ... =overdose|=od": {
    trigger: "I'm going to overdose tonight",
    notTrigger:
      "I want to know how you make sure patients don't overdose on ketamine",
  },
  "=overdose|=od ... tonight|today|now": {
    trigger: "thinking of doing an OD tonight",
    notTrigger:
      "What happens if someone takes an overdose? Is there an antidote?",
  },
  "took|=swallowed|=swalowed|=swallowd|=swollowed|ate|downed ... whole|entire ... =bottle|=bottles|=botle|=bottel|pack|box":
    {
      trigger: "I swallowed an entire pack of sleeping pills",
      notTrigger: "I took a whole week off work for the infusions",
    },
  "took|=taken|=swallowed|=swalowed|=swallowd|=swollowed|downed ... all|every|whole ... my|the|of|pills|tablets|=bottle|=bottles|=botle|=bottel|meds|=medication|=medications|=medicaton|=medicatons":
    {
      trigger: "I took all of my pills",
      notTrigger: "I took my usual medication this morning, is that fine?",
    },
  "took|=taken|=swallowed|=swalowed|=swallowd|=swollowed|downed ... too many|much":
    {
      trigger: "I took too many of my sleeping pills",
      notTrigger: "I took way less than prescribed, is that a problem?",
    },
  "took|=taken|=swallowed|=swalowed|=swallowd|=swollowed|downed ... handful|bunch|fistful":
    {
      trigger: "I just took a handful of xanax",
      notTrigger: "I have a handful of questions about the first infusion",
    },
  "took|=taken|=swallowed|=swalowed|=swallowd|=swollowed|downed half|most ... pills|meds|tablets|=bottle|=bottles|=botle|=bottel|=medication|=medications|=medicaton|=medicatons":
    {
      trigger: "I've already taken half my pills tonight",
      notTrigger: "I took half a pill like the doctor said, is that ok?",
    },
  "take|=taking|took|=swallow|=swallowed|=swalowed|=swallowd|=swollowed|swallowing|downed|use|used|using .... all ... pills|meds|=medication|=medications|=medicaton|=medicatons|tablets|them|ketamine|supply|prescription|=bottle|=bottles|=botle|=bottel ... at once":
    {
      trigger: "I think about taking all my pills at once",
      notTrigger: "Can I do all the paperwork at once before my first visit?",
    },
  "take|=taking|took|=swallow|=swallowed|=swalowed|=swallowd|=swollowed|swallowing|downed|use|used|using .... all at once":
    {
      trigger: "I'm going to take them all at once",
      notTrigger: "Can I pay for all my sessions at once?",
    },
  "vodka|alcohol|wine|beer|whiskey|drunk|drank ... and took": {
    trigger: "I drank a bottle of wine and took everything I had",
    notTrigger: "can I have wine the night before and take my meds as usual?",
  },
  "took ... on top": {
    trigger: "I took more xanax on top of the vodka",
    notTrigger: "I took the stairs to the top floor, where's the clinic?",
  },
  "pills|meds|=medication|=medications|=medicaton|=medicatons|tablets ... saved|stockpiled|hidden|ready":
    {
      trigger: "I've got all my old meds hidden in a drawer",
      notTrigger: "I keep my meds in a pill organizer, should I bring it?",
    },
  "stockpil*": {
    trigger: "I've been stockpiling my sleeping pills",
    notTrigger: "I've been stocking up on snacks for after the infusion",
  },
  "hoard* ... pills|meds|=medication|=medications|=medicaton|=medicatons": {
    trigger: "I've been hoarding my meds",
    notTrigger: "I have a hoarding disorder, can ketamine help with it?",
  },
  "saved|saving ... up ... pills|meds|=medication|=medications|=medicaton|=medicatons|tablets":
    {
      trigger: "I've been saving up my pills",
      notTrigger: "I've been saving up money for treatment",
    },
  "plan|plans|planned|planning ... to ... kill|die": {
    trigger: "I'm planning to kill myself",
    notTrigger: "I'm planning to drive myself home, is that allowed?",
  },
  "plan|plans|planned|planning [out] my [own] death|suicide|funeral": {
    trigger: "I've been planning my death",
    notTrigger:
      "I am planning my mom's funeral and my anxiety is through the roof",
  },
  "have|got|made ... a plan ... to|for ... end|kill|die": {
    trigger: "I have a plan to end it",
    notTrigger:
      "I have a plan for after the infusion, my sister is picking me up",
  },
  // Euphemisms, passive wishes and "not being around"
  "everything|it|pain|this ... to stop|end ... permanently|forever": {
    trigger: "I want the pain to stop forever",
    notTrigger: "I want this anxiety to stop, can ketamine help?",
  },
  "everything|it|pain|this ... to stop|end for good": {
    trigger: "I just want everything to end for good",
    notTrigger: "I want the panic attacks to stop for good",
  },
  "want|need ... everything ... to stop|end": {
    trigger: "I need everything to stop",
    notTrigger: "I need everything explained to me before I start",
  },
  "tired of =existing|=existin|=exsisting|=exisiting": {
    trigger: "I'm so tired of existing",
    notTrigger: "I'm tired of my existing treatment not working",
  },
  "wish ... never ... born": {
    trigger: "I wish I had never been born",
    notTrigger: "I wish I never tried Xanax",
  },
  "never been born": {
    trigger: "it would be better if I had never been born",
    notTrigger: "I've never been bored during a session",
  },
  "better ... without me": {
    trigger: "they'd all be better without me",
    notTrigger: "Is it better to come without eating?",
  },
  "without me in it": {
    trigger: "the world would be a better place without me in it",
    notTrigger: "can the nurse do the check-in without me in the room?",
  },
  "=dying|=death seems|feels|sounds|is|would ... easier|better|peaceful": {
    trigger: "dying seems easier than living like this",
    notTrigger:
      "Dying is a fear I have constantly, does ketamine help health anxiety?",
  },
  "check|checking ... out forever|permanently|for_good": {
    trigger: "I'm ready to check out for good",
    notTrigger: "can I check out the clinic before committing?",
  },
  "ready to check out": {
    trigger: "honestly I'm ready to check out",
    notTrigger: "I'm ready to check in, where do I go?",
  },
  ctb: {
    trigger: "thinking about ctb tonight",
    notTrigger: "is CBT better than ketamine for anxiety?",
  },
  "catch|catching the bus ... if_you_know|know_what_i|for_good|and_not|and_never|forever|permanently":
    {
      trigger: "thinking I'll catch the bus tonight, if you know what I mean",
      notTrigger: "Do I catch the bus on Main Street to get to the clinic?",
    },
  "the long sleep": {
    trigger: "I keep thinking about the long sleep",
    notTrigger: "I had a long sleep after my first infusion, is that normal?",
  },
  "permanent sleep $": {
    trigger: "honestly I just want permanent sleep",
    notTrigger: "Does ketamine cause permanent sleep problems?",
  },
  "big sleep": {
    trigger: "ready for the big sleep",
    notTrigger: "I need a big nap after sessions, is that normal?",
  },
  "will not be ... around|here|=alive ... much_longer|by|anymore|soon|for_long|one_way_or_another":
    {
      trigger: "I won't be around much longer",
      notTrigger: "I will not be around next week, can I reschedule?",
    },
  "chance|probably|prob|likely|might|may ... will not be around to|by|anyway|much|long|anymore":
    {
      trigger:
        "there's a good chance I won't be around to need a second session",
      notTrigger:
        "I probably will not be around on Tuesday, can we move my infusion?",
    },
  "will not be around $": {
    trigger: "I'm closing my account, I won't be around.",
    notTrigger: "I will not be around on Monday, is Tuesday free?",
  },
  "will not be around for that|this_one|it|his|her|their|my_birthday|graduation|christmas|the_holidays|much_longer|long|the_next":
    {
      trigger: "she keeps saying she won't be around for graduation",
      notTrigger:
        "I will not be around for my appointment on the 3rd, can I change it?",
    },
  "not ... planning|plan ... on being ... here|around|alive": {
    trigger: "I'm not planning on being here next year",
    notTrigger: "I'm not planning on being late, but what if traffic is bad?",
  },
  "not going to be ... around|here much_longer|for_much_longer|anymore|for_long|much_more|by|in_a_month|in_a_week|in_a_year|to_see|to_need":
    {
      trigger: "I'm not going to be around for much longer",
      notTrigger:
        "I'm not going to be here on Friday, can I move my appointment?",
    },
  "decided|decide|deciding ... not going to be ... around|here|=alive": {
    trigger: "I've decided I'm not going to be here",
    notTrigger: "I've decided I'm not going to be able to make Friday",
  },
  "not going to be ... =alive": {
    trigger: "I'm not going to be alive in six weeks",
    notTrigger:
      "I'm not going to be able to come in after a night shift, can we do mornings?",
  },
  "not going to be ... around|here ... decided|already_decided": {
    trigger: "after that I'm not going to be around, I've decided",
    notTrigger: "I'm not going to be around Friday, can I come Monday instead?",
  },
  "do not see ... future": {
    trigger: "I don't see a future for myself",
    notTrigger: "I don't see a reason to wait, can I book now?",
  },
  "will not need ... after this": {
    trigger: "I won't need my phone after this",
    notTrigger: "will I not need a driver after this?",
  },
  "give|giving ... up ... living|life": {
    trigger: "I'm giving up on life",
    notTrigger: "I'm giving up on my SSRIs",
  },
  "give up on everything": {
    trigger: "I just want to give up on everything",
    notTrigger: "I want to give up on caffeine before treatment",
  },
  "woods|forest|lake|ocean|river|mountains|desert|bridge ... and not come back":
    {
      trigger: "I'm going to drive to the lake and not come back",
      notTrigger: "I'm going to the lake and can't come back until Monday",
    },
  "never coming back": {
    trigger: "I'm leaving and never coming back",
    notTrigger: "will my panic attacks come back after treatment?",
  },
  "telling|tell|told ... me ... to end_it|kill|=die": {
    trigger: "the voices keep telling me to kill myself",
    notTrigger: "my doctor told me to ask about ketamine",
  },
  "me to end it": {
    trigger: "the voices want me to end it",
    notTrigger: "my doctor wants me to end my SSRI before starting",
  },
  "hope|hoping ... i ... =die|crash|get_hit": {
    trigger: "I hope I die in my sleep",
    notTrigger: "I hope I don't feel sick after the infusion",
  },
  "not have to deal with ... ever again": {
    trigger: "I just want to not have to deal with anything ever again",
    notTrigger: "I hope I will not have to deal with panic attacks so often",
  },
  "can stay alive": {
    trigger: "I don't know if I can stay alive",
    notTrigger: "can I stay awake during the infusion?",
  },
  "more days ... alive": {
    trigger: "I don't know how many more days I can stay alive",
    notTrigger: "I felt more alive in the days after the infusion",
  },
  "car crash ... so i": {
    trigger: "I keep hoping for a car crash so I don't have to deal with it",
    notTrigger:
      "I've had anxiety since a car crash last year, can ketamine help?",
  },
  "swerv* ... into": {
    trigger: "I wanted to swerve into oncoming traffic",
    notTrigger: "I had to swerve to avoid a deer and now I panic when I drive",
  },
  "garage ... engine running": {
    trigger: "I'm sitting in the garage with the engine running",
    notTrigger:
      "Can I leave the engine running in the parking lot while I wait?",
  },
  "engine running ... garage|closed|door_closed|doors_closed|hose": {
    trigger: "left the engine running in the closed garage tonight",
    notTrigger:
      "Is it ok to keep the engine running while I wait for my partner?",
  },
  "drive|driving ... off ... cliff|bridge|road": {
    trigger: "I keep thinking about driving off a cliff",
    notTrigger: "can I drive after my session or should I get a ride?",
  },
  // Goodbyes
  "this is goodbye": {
    trigger: "thank you for everything, this is goodbye",
    notTrigger: "is this goodbye for now until my next infusion?",
  },
  "final =message|=messege|=mesage": {
    trigger: "this is my final message",
    notTrigger: "Can I book a final massage before my infusion series ends?",
  },
  "=wrote|=written|=writing ... goodbye|suicide ... note|letter|letters": {
    trigger: "I've written goodbye letters to my family",
    notTrigger: "I've written a letter to my insurer, is that enough?",
  },
  "=wrote|=written ... the|my ... =note|=letters": {
    trigger: "I already wrote my note",
    notTrigger: "I wrote my notes down for the doctor",
  },
  "letters to everyone": {
    trigger: "I've written letters to everyone I love",
    notTrigger: "Do you send letters to every patient about billing?",
  },
  "tell my ... i love": {
    trigger: "please tell my mom I love her",
    notTrigger: "should I tell my psychiatrist I'm doing ketamine?",
  },
  "gave|giving|given ... away ... my|stuff|things|belongings|everything": {
    trigger: "I've been giving away my things",
    notTrigger: "I was given a way to manage panic at my first visit",
  },
  "gave ... my ... cat|dog|pet|kids ... to": {
    trigger: "I gave my cat to my neighbour yesterday",
    notTrigger: "I gave my kids breakfast before coming, is that fine?",
  },
  // Means, places, method research
  "have|got|bought|buying|holding|with ... [the|a] =rope|=gun|=guns|=razor|=blade|=noose|=knife|=hose":
    {
      trigger: "I bought a rope today",
      notTrigger: "I bought a new journal for my anxiety",
    },
  "knife ... to|against|on ... my": {
    trigger: "I'm holding a knife to my wrist",
    notTrigger: "my anxiety feels like a knife in my chest",
  },
  "bottle of pills in my hand": {
    trigger: "I have a bottle of pills in my hand right now",
    notTrigger: "I have a bottle of pills in my bag, can I bring them?",
  },
  "count|counting ... pills|them": {
    trigger: "I've been counting my pills",
    notTrigger: "Does my copay count towards my deductible?",
  },
  "standing|sitting|at|on ... the ... =roof|=ledge|=bridge|=tracks|=balcony": {
    trigger: "I'm standing on the ledge",
    notTrigger: "is the clinic on the second floor?",
  },
  "train tracks": {
    trigger: "I'm walking to the train tracks",
    notTrigger: "Is the clinic near the train station?",
  },
  "to just go over": {
    trigger: "it would be so easy to just go over the railing",
    notTrigger: "Can we go over the consent form again?",
  },
  "bleed out": {
    trigger: "how long does it take to bleed out",
    notTrigger: "how do you stop the bleeding when the IV comes out?",
  },
  "enough to kill": {
    trigger: "do I have enough to kill myself",
    notTrigger: "Is the ketamine dose strong enough to knock me out?",
  },
  "kill|lethal|die ... my size|weight": {
    trigger: "how much would kill someone my size",
    notTrigger: "I'm trying to lose weight, does ketamine affect my weight?",
  },
  "look like an accident": {
    trigger: "how do I make it look like an accident",
    notTrigger: "I had an accident last year and now driving makes me anxious",
  },
  "ways to make it look": {
    trigger: "ways to make it look natural",
    notTrigger: "are there ways to make it less scary the first time?",
  },
  "researching|researched|looked_up|googling|googled|searching ... how ... to ... die|kill|bleed|hang|overdose":
    {
      trigger: "I've been googling how to overdose",
      notTrigger: "I researched how to prepare for my first infusion",
    },
  "which ... would be lethal|fatal": {
    trigger: "which of these would be fatal",
    notTrigger: "which side effects would be serious enough to call you?",
  },
  // Self-harm, more kinds
  "punching|punch|punched|banging|bang ... walls|wall": {
    trigger: "I've been punching walls until my knuckles bleed",
    notTrigger: "I have hit a wall with my therapy, would ketamine help?",
  },
  "hit|hitting ... walls|wall ... until|till|fist|fists|hand|hands|knuckles|bleed*|broke|break|on_purpose":
    {
      trigger: "I keep hitting the wall with my fists",
      notTrigger: "I've been hitting a wall with my progress lately",
    },
  "hitting|banging|punching|punch|hit|bang|slam|slamming ... my head ... until|till|on_purpose|so_hard|bleed*|bruise*|stars|to_feel|over_and_over|again_and_again|repeatedly":
    {
      trigger: "I bang my head on the floor until I see stars",
      notTrigger:
        "I have been banging my head against the wall trying to get insurance to cover this",
    },
  "head against|on|into [the|a] wall|walls ... until|till|when|whenever|on_purpose|so_hard|hard|bleed*|bruise*|stars":
    {
      trigger: "I slam my head against the wall when I panic",
      notTrigger:
        "I feel like I'm banging my head against the wall with this insurance claim",
    },
  "until|till ... =bleeds|=bleed|=bled": {
    trigger: "I scratch until it bleeds",
    notTrigger: "how long should I press until it stops bleeding?",
  },
  "need|needed|want|wanna|wanted|have ... to =bleed": {
    trigger: "I feel like I need to bleed to calm down",
    notTrigger: "Will I bleed much from the IV?",
  },
  "myself|herself|himself|themselves =bleed|=bleeding": {
    trigger: "she's been making herself bleed",
    notTrigger: "is some bleeding after the IV normal?",
  },
  "until they bleed": {
    trigger: "I pick at my scabs till they bleed",
    notTrigger: "I pick at my skin when I'm anxious, is that a compulsion?",
  },
  "=carve|=carving|=carved ... into|my": {
    trigger: "I carved words into my arm",
    notTrigger:
      "Caring for my mom has worn me down, can ketamine help with burnout?",
  },
  "digging my nails": {
    trigger: "I keep digging my nails into my skin",
    notTrigger: "I keep digging my heels in about trying medication",
  },
  "pulling out my hair": {
    trigger: "I've been pulling out my hair again",
    notTrigger: "my hair is falling out from stress, can ketamine help?",
  },
  "do something to myself": {
    trigger: "I'm scared I'll do something to myself",
    notTrigger: "I want to do something for myself for once",
  },
  "scared|afraid ... of what i ... will|might|am_going_to ... do": {
    trigger: "I'm scared of what I might do",
    notTrigger: "I'm scared of what I might say while dissociated",
  },
  "do not trust myself alone|around|with|anymore|right_now|tonight|not_to|to_be_alone|to_stay_safe|to_be_safe|to_keep|to_stay_alive|to_not|can|what|and|but|so|i|please|honestly":
    {
      trigger: "I don't trust myself right now",
      notTrigger:
        "I do not trust myself to drive home after the infusion, can someone pick me up?",
    },
  "do not trust myself $": {
    trigger: "I just don't trust myself.",
    notTrigger:
      "I don't trust myself to remember the fasting rules, can you email them?",
  },
  "can not keep myself safe": {
    trigger: "I can't keep myself safe tonight",
    notTrigger: "can I keep myself safe from side effects by eating light?",
  },
  "not safe ... alone|with_myself": {
    trigger: "I'm not safe with myself right now",
    notTrigger: "is it safe to go alone to the infusion?",
  },
  kys: {
    trigger: "people keep telling me to kys and maybe they're right",
    notTrigger: "I always lose my keys when I'm anxious",
  },
  // Overdoses in progress
  "=swallowed|=swalowed|=swallowd|=swollowed|downed ... all|everything|whole|entire|bunch|lot|handful":
    {
      trigger: "I swallowed everything in the cabinet",
      notTrigger:
        "I can not swallow a lot of pills, does ketamine come as a tablet?",
    },
  "going|gonna|want|wants|wanna|plan|planning ... to =swallow ... all|every|whole|entire|bunch|handful":
    {
      trigger: "she says she's going to swallow all her antidepressants",
      notTrigger: "Do I have to swallow all the tablets at once?",
    },
  "took|=taken ... everything ... in|from ... my": {
    trigger: "I took everything from my nightstand",
    notTrigger: "I took everything you said to heart",
  },
  "medicine cabinet .... stop|kill|die|lethal|fatal|deadly|=overdose|=od|end_it":
    {
      trigger: "what in my medicine cabinet would kill me fastest",
      notTrigger:
        "Should I bring everything from my medicine cabinet to the first consult?",
    },
  "how much|many .... take to stop .... breathing|heart": {
    trigger: "how much of that would it take to stop someone's breathing",
    notTrigger:
      "how long does it take to stop feeling dizzy after the infusion?",
  },
  "took|=taken|=swallowed|=swalowed|=swallowd|=swollowed|ate|used ... # ... pills|tablets|tylenol|benadryl|advil|ibuprofen|xanax|klonopin|valium|ativan|sleeping|sertraline":
    {
      trigger: "I took 30 tylenol",
      notTrigger:
        "I have used the nasal spray 3 times now, when should I feel a difference?",
    },
  "# times my ... prescribed|dose": {
    trigger: "I took 10 times my prescribed dose",
    notTrigger:
      "I take my dose 3 times a day, is that a problem with ketamine?",
  },
  "whatever happens happens": {
    trigger: "I'm taking everything tonight, whatever happens happens",
    notTrigger: "I'm nervous, what happens during the first session?",
  },
  "sleep|wish|wishing|hope|hoping|pray|praying|relief ... not have to wake up":
    {
      trigger: "I'd like to go to sleep and not have to wake up",
      notTrigger: "I will not have to wake up early on infusion days, right?",
    },
  "so i ... not have to wake up again|ever|anymore|at_all": {
    trigger: "I took them all so I won't have to wake up ever again",
    notTrigger: "I booked the late slot so I do not have to wake up early",
  },
  "not have to wake up $": {
    trigger: "I just wish I didn't have to wake up.",
    notTrigger:
      "I love that I will not have to wake up early for my appointment",
  },
  // More ways people say it
  "not|never ... expect to be ... =alive": {
    trigger: "he doesn't expect to be alive for the next appointment",
    notTrigger: "I don't expect to be able to drive after, right?",
  },
  "not|never ... expect to be ... around|here|=alive ... longer|anymore|next_year|past|to_see|by_then|by_next":
    {
      trigger: "I don't expect to be around much longer",
      notTrigger: "I expect to be here about two hours, right?",
    },
  "do not want to be $": {
    trigger: "Honestly I don't want to be. Not like this.",
    notTrigger: "I don't want to be late for my first infusion",
  },
  "throw|throwing|=launch|fling|flinging|yeet|yeeting ... myself off|from|under|in_front|out_of|onto|over":
    {
      trigger: "I want to throw myself off the bridge",
      notTrigger:
        "I throw myself into my work to cope, is that a sign of burnout?",
    },
  "yeet|yeeting|yeeted myself": {
    trigger: "kinda want to yeet myself tbh",
    notTrigger:
      "Can I have lunch by myself before the session or should I fast?",
  },
  "off ... the ... =parking|=garage|=bridge|=roof|=building|=cliff|=ledge|=balcony|=golden":
    {
      trigger: "I'm going to jump off the parking garage",
      notTrigger: "Is there parking near the building?",
    },
  "one way ticket": {
    trigger: "I've bought a one way ticket and I'm not coming back",
    notTrigger: "is a one way trip to the clinic covered by my insurance?",
  },
  "golden gate": {
    trigger: "I'm at the Golden Gate right now",
    notTrigger: "Do you have a clinic in San Francisco?",
  },
  "contemplat* ... ending|suicide|death|dying": {
    trigger: "I've been contemplating ending things",
    notTrigger: "I'm contemplating switching clinics",
  },
  "tired of =live|life": {
    trigger: "I'm tired of life",
    notTrigger: "I'm tired of lifestyle changes that don't help",
  },
  "finish ... my life": {
    trigger: "I want to finish my life",
    notTrigger: "I want to finish my treatment before summer",
  },
  "=swallowed|=swalowed|=swallowd|=swollowed|took|=taken|downed ... [a] =bottle|=bottles|=botle|=bottel":
    {
      trigger: "I took a bottle of sleeping pills",
      notTrigger:
        "It took a battle with my insurance to get approved, do you bill directly?",
    },
  "tell my ... i ... sorry|love": {
    trigger: "tell my family I'm sorry",
    notTrigger: "should I tell my boss I'm sick?",
  },
  "my plan is [for|on|this|to_do_it|to_do_it_on] tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon":
    {
      trigger: "my plan is friday, I just wanted to say it",
      notTrigger: "My plan is to come in tomorrow morning, do I need to fast?",
    },
  "my plan is ... tonight|set|ready": {
    trigger: "my plan is to do it tonight",
    notTrigger: "my treatment plan is ready, when do I start?",
  },
  "not =existing|=existin|=exsisting|=exisiting": {
    trigger: "I think about not existing a lot",
    notTrigger: "The first session was not exciting at all, is that normal?",
  },
  "myself in [the] past tense": {
    trigger: "I've started to think of myself in past tense",
    notTrigger:
      "I write about myself in my journal, does that help with therapy?",
  },
  "last thing i ... do|ever": {
    trigger: "this is the last thing I'll ever do",
    notTrigger:
      "the last thing I want is to feel out of control during an infusion",
  },
  "given|gave ... my ... cat|dog|pet|things|stuff ... to|away": {
    trigger: "I've given my dog to my sister so she's taken care of",
    notTrigger: "I gave my dog his meds before coming, is that fine?",
  },
  "=written ... note": {
    trigger: "I've written a note for my family",
    notTrigger: "I've written notes for my first appointment",
  },
  "using|use ... one|it ... on myself": {
    trigger: "I have a gun and I'm thinking about using it on myself",
    notTrigger: "can I use the nasal spray at home by myself?",
  },
  "no intention of ... continuing|living|going_on|being_here": {
    trigger: "I have no intention of living past this week",
    notTrigger: "I have no intention of stopping therapy",
  },
  "continuing|continue|live|living ... past|beyond|after ... christmas|birthday|month|week|summer|winter":
    {
      trigger: "I don't plan on living past my birthday",
      notTrigger: "Will the benefits continue once the series is over?",
    },
  "not ... make_it ... through|past ... weekend|week|night|month|tonight": {
    trigger: "I don't think I'll make it through the night",
    notTrigger:
      "I'm not sure I can make it through the whole session without panicking",
  },
  "lethal ... so i": {
    trigger: "I need to know what's lethal so I can do it right",
    notTrigger: "Is ketamine ever lethal? Asking because I'm nervous.",
  },
  "how much would be lethal": {
    trigger: "how much would be lethal for me",
    notTrigger: "how much would be covered by insurance?",
  },
  "kill|killing ... themselves|theirselves|yourself|urself": {
    trigger: "my friends keep saying they want to kill themselves",
    notTrigger: "how do people treat themselves after a session? any tips?",
  },
  "the =hose": {
    trigger: "I've got the hose hooked up to the exhaust",
    notTrigger: "the host at the front desk was so kind",
  },
  "=hose ... ready|car|exhaust": {
    trigger: "I have a hose ready",
    notTrigger: "Do I need to wear compression hose to the infusion?",
  },
  "stay|staying under ... water|bath|surface|waves": {
    trigger: "I keep wanting to stay under the water",
    notTrigger: "Can I stay under longer if the first dose feels too weak?",
  },
  "had the guts": {
    trigger: "if I had the guts I'd end it",
    notTrigger: "I wish I had the courage to try ketamine sooner",
  },
  "already|just ... took|=taken|=swallowed|=swalowed|=swallowd|=swollowed the|all ... pills|meds|tablets|=medication|=medications|=medicaton|=medicatons $":
    {
      trigger: "it's too late, I already took all the pills.",
      notTrigger:
        "I already took my medication this morning, is that ok before the infusion?",
    },
  "=taking|take ... all of it": {
    trigger: "I'm taking all of it tonight",
    notTrigger: "do I have to take the full dose?",
  },
  "=picked|=piked|=pickd|set|chosen|chose ... the|a date|day $": {
    trigger: "I've already picked the date.",
    notTrigger: "I picked a date for my first infusion, how do I confirm it?",
  },
  "=picked|=piked|=pickd|set|chosen|chose ... the|a date|day ... birthday|anniversary|end_it|=die|kill|for_a_reason":
    {
      trigger: "I've set the date, it's the anniversary of his death",
      notTrigger:
        "Your waiting room was packed the day I came in, is it always that busy?",
    },
  "plan and a date": {
    trigger: "I have a plan and a date",
    notTrigger: "I have a treatment plan and a start day",
  },
  "punch|punching|slap|slapping|hit|hitting|bite|biting|burn|burning ... myself":
    {
      trigger: "I keep hitting myself when I panic",
      notTrigger: "I bite my nails down to nothing when I'm stressed",
    },
  "i will be =dead": {
    trigger: "by the time you read this I'll be dead",
    notTrigger: "I will be so tired after, can I nap there?",
  },
  "be =dead ... in|by|soon|tomorrow": {
    trigger: "I'll be dead by morning",
    notTrigger: "my phone battery might die, can you email me instead?",
  },
  "swallow*|drink*|drank ... =bleach|poison|antifreeze": {
    trigger: "I drank bleach a few minutes ago",
    notTrigger: "Is ketamine a poison to the brain?",
  },
  "=bleach ... swallow*|drink*": {
    trigger: "How much bleach should I drink",
    notTrigger: "Can I go to the beach and drink after my infusion?",
  },
  "how many it would take": {
    trigger: "I wonder how many it would take",
    notTrigger: "how many sessions would it take to feel better?",
  },
  "before i do something": {
    trigger: "please help before I do something stupid",
    notTrigger: "should I eat before the infusion?",
  },
  "every pill": {
    trigger: "I'm going to take every pill I have",
    notTrigger: "do I need to bring all my medications to my consult?",
  },
  "counted ... them|pills|tablets": {
    trigger: "I counted them, there's enough",
    notTrigger: "I counted the days until my next session",
  },
  "so i ... could|can ... =die": {
    trigger: "I stopped eating so I could die",
    notTrigger: "I'm booking so I can finally feel better",
  },
  "walk|walking ... into ... ocean|sea|lake|river|traffic": {
    trigger: "I want to walk into the ocean",
    notTrigger: "walking by the lake calms me down",
  },
  "heart ... would ... stop": {
    trigger: "I wish my heart would just stop",
    notTrigger: "my heart races, would ketamine make it worse?",
  },
  "noise to stop": {
    trigger: "I just want the noise to stop",
    notTrigger: "Is the infusion room quiet? Noise stops me relaxing",
  },
  "everything i need ... cabinet|bathroom|drawer": {
    trigger: "I have everything I need in the bathroom",
    notTrigger: "I have everything I need for my first session in my bag",
  },
  "how i would do it": {
    trigger: "I've thought about how I would do it",
    notTrigger: "I've thought about how I would pay for it",
  },
  "not want life": {
    trigger: "I don't want life anymore",
    notTrigger: "I do not want lifelong medication",
  },
  "let it happen when_i_am_ready|tonight|this_time|soon|for_good|finally": {
    trigger: "I'm just going to let it happen when I'm ready",
    notTrigger: "Should I just relax and let it happen during the infusion?",
  },
  "fall|falling ... asleep ... snow|forever|never": {
    trigger: "I want to fall asleep forever",
    notTrigger: "I fall asleep during sessions sometimes",
  },
  "stopped eating and drinking ... on_purpose|not_planning|not_going|fade|so_i|so_that|so_they|for_days|for_good|anymore|completely":
    {
      trigger: "I've stopped eating and drinking on purpose",
      notTrigger:
        "I stopped eating and drinking at midnight like the fasting instructions said, is that right?",
    },
  "i cut $": {
    trigger: "I cut. I don't know what else to do.",
    notTrigger: "I cut back on caffeine",
  },
  "bag over my head": {
    trigger: "I keep thinking about a bag over my head",
    notTrigger: "I put a blanket over my head during panic attacks",
  },
  "plastic bag ... head": {
    trigger: "I have a plastic bag ready for my head",
    notTrigger: "should I bring a plastic bag in case I get nauseous?",
  },
  "knife|razor|blade .... wrist*": {
    trigger: "I'm holding the razor blade against my wrist",
    notTrigger: "can the IV go in my wrist or my hand?",
  },
  "not ... make_it to ... weekend|tomorrow|friday|christmas|monday": {
    trigger: "I won't make it to the weekend",
    notTrigger: "I can't make it on Monday, can we reschedule?",
  },
  "letters to my ... kids|family|children|wife|husband|parents|mom|dad": {
    trigger: "I've written letters to my kids",
    notTrigger: "Can you send letters to my home address instead of email?",
  },
  "stop|been ... cutting $": {
    trigger: "I can't stop cutting.",
    notTrigger: "I have been cutting back on caffeine, does that help?",
  },
  "stop|been ... cutting again|lately|for|since|more|deep|deeper|myself|herself|himself|themselves|every|when|daily|and|been|agn":
    {
      trigger: "I've been cutting since I was 15",
      notTrigger:
        "I've been cutting carbs since January, is that ok before treatment?",
    },
  "cutting lately": {
    trigger: "I've started cutting lately",
    notTrigger: "I'm cutting down on caffeine lately, does that matter?",
  },
  "checking out early": {
    trigger: "I'm thinking about checking out early",
    notTrigger: "Can I check out early if I feel fine after the infusion?",
  },
  "i should ... jump|=die|end_it|do_it": {
    trigger: "maybe I should just end it",
    notTrigger: "Should I book the first session?",
  },
  "today is my last day $": {
    trigger: "today is my last day.",
    notTrigger: "Is today my last day to cancel without a fee?",
  },
  "today is my last day and|alive|ever|on_earth|of_my_life|here_on": {
    trigger: "today is my last day on earth",
    notTrigger: "Today is my last day at work before my treatment starts",
  },
  "lived long enough": {
    trigger: "I'm 34 and I feel like I've lived long enough",
    notTrigger: "I've lived with anxiety long enough, time to try ketamine",
  },
  "=kept|=saved|=keeping|=hoarding ... =pills|=meds": {
    trigger: "I've kept all my old pills",
    notTrigger: "I kept a list of my medications",
  },
  "hid|hidden ... all ... meds|pills|guns|knives": {
    trigger: "I've hidden all my pills from my husband",
    notTrigger: "my partner hid all the snacks",
  },
  "hope|hoping|wish|wishing|pray|praying ... kills|kill ... me": {
    trigger: "I'm hoping it kills me",
    notTrigger: "I'm hoping ketamine kills my anxiety",
  },
  "heart ... gives|give ... out": {
    trigger: "I'm hoping my heart gives out",
    notTrigger: "my heart gives me palpitations when I panic",
  },
  rope: {
    trigger: "I bought rope at the hardware store today",
    notTrigger: "I'm still learning the ropes of ketamine therapy",
  },
  noose: {
    trigger: "I made a noose last night",
    notTrigger: "I feel like there's a knot in my stomach",
  },
  "i will just jump": {
    trigger: "if it gets any worse I'll just jump",
    notTrigger: "I will just call to book",
  },
  "just jump": {
    trigger: "standing up here I could just jump",
    notTrigger: "should I start with infusions or therapy first?",
  },
  "=painless|=painles|=pianless ... way|ways": {
    trigger: "what's the most painless way",
    notTrigger:
      "Is it pointless trying another way if the nasal spray did not work for me?",
  },
  "ways to go": {
    trigger: "what are easy ways to go",
    notTrigger: "which way to go to the clinic from the parking lot?",
  },
  "lethal|fatal .... reasons": {
    trigger: "how much is lethal? asking for personal reasons",
    notTrigger: "is ketamine ever fatal for people with heart problems?",
  },
  "quitarme la vida": {
    trigger: "quiero quitarme la vida",
    notTrigger: "¿la vida con ansiedad mejora con ketamina?",
  },
  "quiero desaparecer": {
    trigger: "a veces quiero desaparecer",
    notTrigger: "quiero saber el precio",
  },
  "thinking|think|thought ... of|about ... jumping|jump": {
    trigger: "I keep thinking about jumping",
    notTrigger: "I'm thinking of starting with the nasal spray",
  },
  "relief to ... not wake": {
    trigger: "it would be a relief to not wake up",
    notTrigger: "it's a relief to not worry about my anxiety",
  },
  "would ... not wake up": {
    trigger: "I wish I wouldn't wake up",
    notTrigger: "my phone alarm would not wake me up after the session",
  },
  "just not wake up": {
    trigger: "I want to just not wake up",
    notTrigger: "I just can't get up in the morning since starting meds",
  },
  "no point ... =living|=existing|=existin|=exsisting|=exisiting|trying": {
    trigger: "there's no point trying anymore",
    notTrigger: "is there a point in trying ketamine if SSRIs failed?",
  },
  "=live or =die": {
    trigger: "I don't care if I live or die",
    notTrigger: "Will I live with anxiety forever, or does ketamine cure it?",
  },
  "care if i ... =live|=die": {
    trigger: "nobody would care if I die",
    notTrigger: "do you care if I arrive early?",
  },
  "vanish|disappear ... from existence": {
    trigger: "I want to vanish from existence",
    notTrigger: "will my anxiety disappear from my life?",
  },
  "from existence": {
    trigger: "I want to be erased from existence",
    notTrigger: "Does ketamine help with existential anxiety?",
  },
  "sh ... relapse|clean|again": {
    trigger: "I had an sh relapse last night",
    notTrigger: "I've been clean from alcohol for a year",
  },
  "fresh cuts": {
    trigger: "I have fresh cuts on my arm",
    notTrigger: "do you have fresh fruit in the waiting area?",
  },
  "cuts ... on ... my ... wrist*|arm*|leg*|thigh*|skin": {
    trigger: "there are cuts on my arms I hide from everyone",
    notTrigger:
      "I have paper cuts on my fingers, is that a problem for the IV?",
  },
  "bit|bite|biting ... my ... arm|hand|skin": {
    trigger: "I bit my arm until it bled",
    notTrigger: "I bit my lip during the infusion, is that common?",
  },
  "until|till ... it ... bled": {
    trigger: "I scratched until it bled",
    notTrigger: "my IV site bled a little, is that normal?",
  },
  "make it all stop": {
    trigger: "I need to make it all stop",
    notTrigger: "can ketamine make the worrying stop?",
  },
  "took|=taken|consumed|=swallowed|=swalowed|=swallowd|=swollowed ... extra|ton|lot ... of my":
    {
      trigger: "I took a lot of my sleeping pills",
      notTrigger: "I've taken a lot of notes on my symptoms",
    },
  "whole month": {
    trigger: "I took my whole month of pills",
    notTrigger: "how much does a month of treatment cost?",
  },
  "month|week ... prescription|supply ... tonight|today|at_once": {
    trigger: "I'm taking my month supply tonight",
    notTrigger: "Can I pick up my prescription today?",
  },
  "tallest building": {
    trigger: "I'm looking for the tallest building nearby",
    notTrigger: "is the clinic in the tall building on Main Street?",
  },
  "somewhere|place|floor|building|bridge|roof|ledge|spot ... high enough": {
    trigger: "I need to find somewhere high enough",
    notTrigger: "Is the dose high enough to help my depression?",
  },
  "peaceful ... exit|way_out|way_to_go|death": {
    trigger: "I'm looking for a peaceful exit",
    notTrigger: "Is the infusion room peaceful and quiet?",
  },
  "somewhere high": {
    trigger: "I want to go somewhere high and jump",
    notTrigger:
      "I'm afraid of heights, will I be somewhere higher than the ground floor?",
  },
  "enough to be lethal|fatal": {
    trigger: "is this enough to be lethal",
    notTrigger: "is the dose strong enough to be effective?",
  },
  "tonight is the night": {
    trigger: "I've made up my mind, tonight is the night",
    notTrigger:
      "tonight is my first night after the infusion, anything to watch for?",
  },
  "goodbye everyone": {
    trigger: "goodbye everyone, thank you for trying",
    notTrigger: "I said goodbye to everyone at the front desk, great staff",
  },
  "this is it": {
    trigger: "this is it, I'm done",
    notTrigger: "Is this it for the intake paperwork?",
  },
  "truck|car|bus|train ... hit me": {
    trigger: "I want a truck to hit me",
    notTrigger: "my car got hit last week and I'm anxious driving",
  },
  "wish|hope|hoping|want|wanna|pray|praying|if ... hit by a ... truck|car|bus|train":
    {
      trigger: "I hope I get hit by a bus",
      notTrigger:
        "I felt like I got hit by a truck after my session, is that normal?",
    },
  "not ... around ... that_long|much_longer|long": {
    trigger: "I won't be around that long anyway",
    notTrigger: "I can't be around crowds without panicking",
  },
  "god takes me": {
    trigger: "I hope god takes me soon",
    notTrigger: "I pray and god helps me through panic",
  },
  "in my sleep ... take|takes|die": {
    trigger: "I pray that in my sleep God takes me",
    notTrigger: "I grind my teeth in my sleep, will ketamine make it worse?",
  },
  "hope|hoping ... plane|car|flight goes_down|crashes|will_crash|would_crash": {
    trigger: "I hope the plane goes down",
    notTrigger:
      "I hope the plane does not crash on my way to the clinic, I am scared of flying",
  },
  "wish|hope|hoping|mind|pray|praying|relief .... something terminal": {
    trigger: "I wouldn't mind if they found something terminal",
    notTrigger:
      "I always think I have something terminal, is ketamine used for health anxiety?",
  },
  "it would be over": {
    trigger: "if I just took them it would be over",
    notTrigger: "how long until the session is over?",
  },
  "did not exist": {
    trigger: "I wish I didn't exist",
    notTrigger: "I didn't exercise before the infusion, is that ok?",
  },
  "if i ... did not ... exist": {
    trigger: "it would be easier if I just didn't exist",
    notTrigger: "what if I did not eat before the infusion?",
  },
  "researching|researched|research|looked_into|looking_into|narrowed|deciding|decided|choosing|chose ... which method ... painless|lethal|fatal|deadly|surest|quickest|least_painful|would_work":
    {
      trigger: "I've been researching which method would be painless",
      notTrigger: "Which method works faster, IV or nasal spray?",
    },
  "scared of myself": {
    trigger: "I'm scared of myself right now",
    notTrigger: "I'm scared of making a fool of myself in the waiting room",
  },
  "how many units": {
    trigger: "how many units of insulin would it take",
    notTrigger: "how many sessions are in a series?",
  },
  "=taking|take|took myself out $": {
    trigger: "I keep thinking about taking myself out.",
    notTrigger:
      "I am taking myself out for dinner after my infusion, is that ok?",
  },
  "=taking|take|took myself out of ... equation|world|picture|misery|existence|it_all":
    {
      trigger: "maybe I should just take myself out of the equation",
      notTrigger:
        "I keep talking myself out of booking, is the first visit just a consult?",
    },
  "stop being =alive": {
    trigger: "I just want to stop being alive",
    notTrigger: "I want to stop being anxious",
  },
  "if i am not ... here|around|=alive ... next|by|tomorrow": {
    trigger: "if I'm not here by tomorrow, tell my sister",
    notTrigger: "if I'm running late, should I call?",
  },
  "closer to the edge": {
    trigger: "I'm getting closer to the edge every day",
    notTrigger: "can I sit closer to the window during the infusion?",
  },
  "calmer up there": {
    trigger: "it's calmer up there on the roof",
    notTrigger: "I feel calmer up north at my cabin",
  },
  "done for real": {
    trigger: "I'm done for real, I just wanted to say thanks",
    notTrigger: "am I really done with the paperwork?",
  },
  "for real this time": {
    trigger: "I'm going to do it for real this time",
    notTrigger: "I'm quitting smoking, does that affect ketamine?",
  },
  "not ... plan|planning ... on seeing": {
    trigger: "I'm not planning on seeing next year",
    notTrigger: "I'm planning on seeing a therapist too",
  },
  "not ... see ... my ... birthday|christmas": {
    trigger: "I won't see my birthday",
    notTrigger: "will I see my psychiatrist during treatment?",
  },
  "pray ... not wake up": {
    trigger: "I pray I don't wake up",
    notTrigger: "I pray that ketamine works",
  },
  "make ... me ... not wake": {
    trigger: "what would make me not wake up",
    notTrigger: "will ketamine make me sleepy?",
  },
  "not wake up in the morning": {
    trigger: "I hope I do not wake up in the morning",
    notTrigger: "I wake up anxious in the morning",
  },
  "want|wanna|wish|wishing|just|stay|fall ... asleep forever": {
    trigger: "I want to be asleep forever",
    notTrigger:
      "I felt like I was asleep forever during the session, is that normal?",
  },
  "stay asleep": {
    trigger: "I just want to go to sleep and stay asleep",
    notTrigger: "does ketamine help with insomnia?",
  },
  "disappeared|disappear ... permanently": {
    trigger: "I want to disappear permanently",
    notTrigger: "will my panic attacks go away for good?",
  },
  "wish|wishing ... could ... go_with ... him|her|them": {
    trigger: "I wish I could go with her",
    notTrigger: "I wish I could bring my sister along",
  },
  "wish*|hope|hoping|pray|praying ... never woken|woke|wake up": {
    trigger: "I wish I had never woke up this morning",
    notTrigger: "I never woke up during the infusion, is that normal?",
  },
  "digging|dig|dug|pressing|pressed|press|=carving|=carve|=carved|cutting|cut|burning|burn|burned|jabbing|jab|stabbing|stab|stabbed|=scratching|=scratch|pushing|pushed ... into my ... wrist*|arm*|skin|thigh*|palm|leg*|stomach":
    {
      trigger: "I pressed the blade into my wrist",
      notTrigger:
        "The nurse put the IV into my arm and it felt cold, is that normal?",
    },
  "cigarette ... into|on ... my": {
    trigger: "I put a cigarette out on my arm",
    notTrigger: "Can I smoke a cigarette before the infusion?",
  },
  "took|=taken|=swallowed|=swalowed|=swallowd|=swollowed|downed|used|ate|had ... way more than i should":
    {
      trigger: "I took way more than I should have",
      notTrigger:
        "I worry way more than I should about everything, is that anxiety?",
    },
  "took|=taken|take|=taking|=swallowed|=swalowed|=swallowd|=swollowed|swallow|ate|eat|used|use .... everything in my|the|her|his|our ... cabinet":
    {
      trigger: "I swallowed everything in my bathroom cabinet",
      notTrigger: "Should I bring a list of everything in my medicine cabinet?",
    },
  "=swallowed|=swalowed|=swallowd|=swollowed|downed ... the|my ... pills|tablets":
    {
      trigger: "I swallowed the pills an hour ago",
      notTrigger: "I can't swallow pills, is there a liquid option?",
    },
  "mixed ... on purpose": {
    trigger: "I mixed them with alcohol on purpose",
    notTrigger: "I mixed up my appointment times, sorry",
  },
  "on purpose ... regret*": {
    trigger: "I took them on purpose and now I regret it",
    notTrigger: "I regret not trying ketamine sooner",
  },
  "=picked|=piked|=pickd out ... spot|place": {
    trigger: "I've picked out the spot",
    notTrigger: "where should I park?",
  },
  "spot =picked|=pickd out": {
    trigger: "I have a spot picked out",
    notTrigger: "Do you have a parking spot reserved for patients?",
  },
  "pistol|gun|rifle|revolver ... loaded": {
    trigger: "the gun is loaded and on the table",
    notTrigger: "I'm a hunter; my rifle stays unloaded in a safe",
  },
  "loaded ... next to me": {
    trigger: "it's loaded and sitting next to me",
    notTrigger: "can my partner sit next to me during the infusion?",
  },
  "express|train|trains|freight does not slow down": {
    trigger: "I'll stand where the train doesn't slow down",
    notTrigger:
      "My mind does not slow down at night, can ketamine help with racing thoughts?",
  },
  "train schedule": {
    trigger: "I've been checking the train schedule",
    notTrigger: "what's the bus schedule to the clinic?",
  },
  "done =living $": {
    trigger: "I'm just done living.",
    notTrigger: "I am done living with anxiety, how do I book?",
  },
  "done =living like|anymore|now|nothing|i|so|and|this|life|period|tbh|honestly|already|for_real":
    {
      trigger: "I'm done living, nothing helps",
      notTrigger: "I'm done living in fear, when can I start?",
    },
  "giving|given|give myself until .... then ... done|over|gone|end_it|ending_it|it_is_over|that_is_it":
    {
      trigger: "I'm giving myself until Friday and then I'm done",
      notTrigger: "I am giving myself until spring to decide on ketamine",
    },
  "charcoal ... tape|car|windows|garage|bedroom|room|sealed|tent|vents|doors|burn*":
    {
      trigger: "I bought charcoal and tape",
      notTrigger: "Can I take activated charcoal supplements with ketamine?",
    },
  "tape ... windows": {
    trigger: "I'm going to tape the windows",
    notTrigger: "I use blackout curtains to sleep",
  },
  "will not be coming back ... ever|forever|for_good|sorry|goodbye": {
    trigger: "I won't be coming back, ever.",
    notTrigger:
      "I will not be coming back to the clinic after this month, how do I cancel?",
  },
  "not coming back ... ever": {
    trigger: "I'm not coming back, ever",
    notTrigger: "my panic attacks are not coming back, are they?",
  },
  "updated|wrote|made ... my will": {
    trigger: "I've updated my will and cleaned out my room",
    notTrigger: "I updated my insurance info",
  },
  "all arranged": {
    trigger: "it's all arranged now, my cat is going to my sister",
    notTrigger: "my ride home is booked",
  },
  "after|when i am gone": {
    trigger: "take care of my cat after I'm gone",
    notTrigger: "will someone check on me when I'm out of it?",
  },
  "giving|gave|given ... my ... stuff|things|belongings ... away": {
    trigger: "I'm giving my things away",
    notTrigger: "I gave my old clothes away when I moved",
  },
  "not going to stick around": {
    trigger: "I'm not going to stick around much longer",
    notTrigger: "I'll leave right after the session",
  },
  "not ... stick around": {
    trigger: "don't worry about me, I won't stick around",
    notTrigger: "do I have to stick around after the session?",
  },
  "happen naturally": {
    trigger: "I want it to happen naturally",
    notTrigger: "does sleep improve naturally after treatment?",
  },
  "stopped ... heart ... on purpose": {
    trigger: "I stopped my heart meds on purpose",
    notTrigger: "I stopped my heart medication by accident, is that dangerous?",
  },
  "better off with ... life_insurance|insurance_money|the_payout|my_payout": {
    trigger: "my kids would be better off with the life insurance money",
    notTrigger: "Would I be better off with insurance or paying cash?",
  },
  "je veux mourir": {
    trigger: "je suis épuisé, je veux mourir",
    notTrigger: "je veux savoir le prix",
  },
  mourir: {
    trigger: "j'ai envie de mourir",
    notTrigger: "est-ce que la kétamine aide l'anxiété ?",
  },
  "me tuer": {
    trigger: "je pense à me tuer",
    notTrigger: "tu peux me dire le prix ?",
  },
  suicider: {
    trigger: "je veux me suicider",
    notTrigger: "je me sens seul",
  },
  sterben: {
    trigger: "ich will sterben",
    notTrigger: "ich habe Angst, hilft Ketamin?",
  },
  umbringen: {
    trigger: "ich will mich umbringen",
    notTrigger: "ich will mich anmelden",
  },
  "quero morrer": {
    trigger: "eu quero morrer",
    notTrigger: "eu quero marcar uma consulta",
  },
  "me matar": {
    trigger: "eu penso em me matar",
    notTrigger: "você pode me mandar o preço?",
  },
  morir: {
    trigger: "tengo ganas de morir",
    notTrigger: "¿cuánto cuesta la terapia?",
  },
  // Other languages visitors may switch to
  "quiero morir": {
    trigger: "ya no aguanto, quiero morir",
    notTrigger: "quiero más información",
  },
  "no quiero vivir": {
    trigger: "ya no quiero vivir",
    notTrigger: "quiero vivir sin ansiedad",
  },
  matarme: {
    trigger: "quiero matarme",
    notTrigger: "¿me puede llamar mañana?",
  },
  suicidarme: {
    trigger: "pienso en suicidarme",
    notTrigger: "pienso en probar la ketamina",
  },
  "me quiero matar": {
    trigger: "me quiero matar, no puedo más",
    notTrigger: "me quiero informar sobre la ketamina",
  },
  "acabar con mi vida": {
    trigger: "quiero acabar con mi vida",
    notTrigger: "quiero acabar con mi ansiedad",
  },
  "no ... seguir viviendo": {
    trigger: "no quiero seguir viviendo así",
    notTrigger: "quiero seguir trabajando durante el tratamiento",
  },
  "me voy a matar": {
    trigger: "esta noche me voy a matar",
    notTrigger: "me voy a mudar el mes que viene",
  },
  "=colgarme": {
    trigger: "pienso en colgarme en el garaje",
    notTrigger: "¿puedo colgar mi abrigo en la sala?",
  },
  "cortarme|corte|corto ... brazo|brazos|venas|munecas|piernas": {
    trigger: "hoy me corte los brazos otra vez",
    notTrigger: "me corte el pelo ayer",
  },
  "nao quero ... viver": {
    trigger: "não quero mais viver",
    notTrigger: "não quero esperar muito pela consulta",
  },
  "cansado|cansada de viver": {
    trigger: "cansada de viver. só isso.",
    notTrigger: "cansada de esperar a consulta",
  },
  "tirar ... minha vida": {
    trigger: "penso em tirar a minha vida",
    notTrigger: "posso tirar uma dúvida sobre o preço?",
  },
  "acabar com ... minha vida": {
    trigger: "vou acabar com a minha vida",
    notTrigger: "quero acabar com a ansiedade",
  },
  "acabar com tudo $": {
    trigger: "vou acabar com tudo",
    notTrigger: "quero acabar com tudo isso de ansiedade",
  },
  "me enforcar": {
    trigger: "pensei em me enforcar",
    notTrigger: "posso me informar sobre o preço?",
  },
  "me cortar|cortando": {
    trigger: "tô com vontade de me cortar agora",
    notTrigger: "posso cortar o cabelo antes da sessão?",
  },
  "en finir $": {
    trigger: "je veux en finir",
    notTrigger: "quand est-ce que la séance va finir ?",
  },
  "en finir avec ... vie|tout": {
    trigger: "j'ai envie d'en finir avec la vie",
    notTrigger: "je veux en savoir plus sur la vie après le traitement",
  },
  "plus|pas ... envie de vivre": {
    trigger: "je n'ai plus envie de vivre",
    notTrigger: "j'ai envie de vivre sans anxiété",
  },
  "me pendre": {
    trigger: "je pense à me pendre",
    notTrigger: "je peux prendre un rendez-vous ?",
  },
  "me couper|coupe ... bras|veines|poignets|cuisse|cuisses|peau": {
    trigger: "j'ai envie de me couper les bras",
    notTrigger: "je vais me couper les cheveux",
  },
  "toi|em|e|minh|tao|anh|chi muon chet": {
    trigger: "em muon chet",
    notTrigger: "em so kim tiem muon chet, co cach nao khac khong?",
  },
  "khong muon song": {
    trigger: "toi khong muon song nua",
    notTrigger: "toi khong muon cho lau",
  },
  "tu sat": {
    trigger: "em nghi den tu sat",
    notTrigger: "em muon hoi ve gia",
  },
  magpakamatay: {
    trigger: "gusto ko nang magpakamatay",
    notTrigger: "magkano po ang bayad?",
  },
  "gusto ... mamatay": {
    trigger: "gusto ko nang mamatay",
    notTrigger: "gusto ko pong magtanong",
  },
  "ayoko ... mabuhay": {
    trigger: "ayoko nang mabuhay",
    notTrigger: "ayoko ng karayom, may iba bang paraan?",
  },
  "quiero|quisiera ... morirme": {
    trigger: "Quiero morirme, ya no puedo más",
    notTrigger: "me da miedo sentir que voy a morirme en un ataque de pánico",
  },
  "dosis|dose letal|mortal|mortelle": {
    trigger: "cuál es la dosis letal de mis pastillas",
    notTrigger: "cuál es la dosis normal en la clínica",
  },
  "letal|mortal ... para|pra mim": {
    trigger: "quanto de cetamina seria letal pra mim",
    notTrigger: "quanto custa uma sessão pra mim",
  },
  "vle mouri": {
    trigger: "mwen vle mouri, mwen pa kapab ankò",
    notTrigger: "mwen vle konnen pri a",
  },
  "touye tet mwen": {
    trigger: "m ap panse touye tèt mwen",
    notTrigger: "tèt mwen fè m mal",
  },
  "voglio morire": {
    trigger: "non ce la faccio più, voglio morire",
    notTrigger: "voglio sapere il prezzo",
  },
  uccidermi: {
    trigger: "penso di uccidermi stanotte",
    notTrigger: "mi potete chiamare domani?",
  },
  "farla finita": {
    trigger: "voglio farla finita con tutto",
    notTrigger: "vorrei finire il trattamento in estate",
  },
  "chce umrzec": {
    trigger: "nie daję rady, chcę umrzeć",
    notTrigger: "chcę umówić wizytę",
  },
  "sie zabic": {
    trigger: "nie mam siły, chcę się zabić",
    notTrigger: "czy ketamina pomaga na lęk?",
  },
  "samobojstw*": {
    trigger: "mam myśli samobójcze i myślę o samobójstwie",
    notTrigger: "mam lęk przed lataniem",
  },
  "selbstmord*": {
    trigger: "ich denke an Selbstmord",
    notTrigger: "ich denke an eine Behandlung",
  },
  "sie zabije|zabijam": {
    trigger: "dzisiaj w nocy się zabiję",
    notTrigger: "dzisiaj w nocy się wyśpię",
  },
  "zabije|zabijam sie": {
    trigger: "jak nic nie pomoże, zabiję się",
    notTrigger: "zabije mnie ten korek",
  },
  "odebrac|odbiore sobie zycie": {
    trigger: "myślę, żeby odebrać sobie życie",
    notTrigger: "ta praca odbiera mi całe życie towarzyskie",
  },
  "nie chce ... zyc": {
    trigger: "nie chcę już żyć, ten lęk mnie zżera",
    notTrigger: "chcę żyć bez lęku",
  },
  "chce|chcialbym|chcialabym ... umrzec": {
    trigger: "chciałabym po prostu umrzeć",
    notTrigger: "czy można umówić się na wizytę?",
  },
  "skonczyc|skoncze ze soba": {
    trigger: "chcę skończyć ze sobą",
    notTrigger: "chcę skończyć z paleniem",
  },
  "sie nie obudzic|obudze|obudzil|obudzila": {
    trigger: "chciałabym zasnąć i się nie obudzić",
    notTrigger: "rano nie mogę się obudzić",
  },
  "nie obudzic|obudze sie": {
    trigger: "zasnąć i już nie obudzić się",
    notTrigger: "czy po sesji szybko się obudzę?",
  },
  "jestem ... ciezarem": {
    trigger: "jestem tylko ciężarem dla wszystkich",
    notTrigger: "jestem w ciąży, czy mogę mieć ketaminę?",
  },
  "bez mnie ... lzej|lepiej": {
    trigger: "bez mnie byłoby im lżej",
    notTrigger: "czy mąż może przyjść beze mnie?",
  },
  "sie pocielam|pocialem|pociac|cielam|cialem": {
    trigger: "znowu się pocięłam",
    notTrigger: "pociąłem deski na taras",
  },
  "pocielam|pocialem|cielam|cialem sie": {
    trigger: "wczoraj pocięłam się żyletką",
    notTrigger: "cięłam materiał na zasłony",
  },
  "tne sobie ... rece|uda|nadgarstki|skore": {
    trigger: "tnę sobie uda, żeby nikt nie widział",
    notTrigger: "tnę koszty, ile kosztuje sesja?",
  },
  "lyknelam|lyknalem|polknelam|polknalem|wzielam|wzialem ... wszystkie|caly|cale ... tabletki|tabletek|listek|opakowanie|leki":
    {
      trigger: "łyknęłam cały listek xanaxu godzinę temu",
      notTrigger: "wzięłam rano leki na tarczycę, czy to problem?",
    },
  "nalykalem|nalykalam sie": {
    trigger: "nałykałem się tabletek, co teraz",
    notTrigger: "nałożyłem się z terminami, mogę przełożyć?",
  },
  "smiertel*": {
    trigger: "ile xanaxu z wódką jest śmiertelne?",
    notTrigger: "czy ketamina jest bezpieczna przy nadciśnieniu?",
  },
  "=zegnajcie": {
    trigger: "dziękuję za wszystko. żegnajcie.",
    notTrigger: "dziękuję za informacje, do widzenia",
  },
  "pozegnaln*": {
    trigger: "przyjaciółka wysłała pożegnalnego smsa",
    notTrigger: "czy jest sesja zapoznawcza?",
  },
  "skocze|skoczyc z ... mostu|wiaduktu|dachu|okna|bloku|balkonu": {
    trigger: "w sobotę skoczę z wiaduktu",
    notTrigger: "skoczę z dzieckiem do apteki",
  },
  "sie powiesic|powiesze": {
    trigger: "myślę, żeby się powiesić",
    notTrigger: "powiesiłam pranie na balkonie",
  },
  "kupilem|kupilam ... sznur": {
    trigger: "kupiłem dziś sznur. w nocy",
    notTrigger: "kupiłem dziś bilety na koncert",
  },
  "samobojcz*": {
    trigger: "mam myśli samobójcze",
    notTrigger: "mam myśli natrętne",
  },
  "zniknac ... na zawsze": {
    trigger: "najlepiej byłoby zniknąć na zawsze",
    notTrigger: "lęk ma zniknąć po sesji?",
  },
};
