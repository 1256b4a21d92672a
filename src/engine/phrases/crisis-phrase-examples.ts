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
  "end|ending|ended|take|taking|took|finish|finishing my|their|his|her|own [own] life":
    {
      trigger: "I've thought about taking my own life",
      notTrigger: "I want to take back my life from panic attacks",
    },
  "end|ending it all": {
    trigger: "some days I just think about ending it all",
    notTrigger: "does it all end after six infusions or do I need boosters?",
  },
  "end|ending everything|things": {
    trigger: "I'm ready to end everything",
    notTrigger: "Do things like nausea end quickly after the session?",
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
  "never wake up": {
    trigger: "sometimes I wish I'd never wake up",
    notTrigger: "I never sleep well and wake up exhausted",
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
  "would|will|could|enough_to ... kill me": {
    trigger: "could my sleeping pills kill me",
    notTrigger: "Is it true ketamine could kill brain cells?",
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
  "stop|stopped ... existing": {
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
  "no|not ... reason|point ... to|in ... keep|go|=live|=living|continue|exist|existing|=alive":
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
  "feel|feeling|am|so|totally|completely ... hopeless": {
    trigger: "I've been feeling completely hopeless for weeks",
    notTrigger: "I am hopeful this will help my anxiety",
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
  "my last ... message|words|goodbye|night": {
    trigger: "this is my last message",
    notTrigger: "my last session was great, when should I book the next one?",
  },
  "i am not safe": {
    trigger: "I'm not safe, I don't know what to do",
    notTrigger: "I'm not sure it's safe for me with my heart condition",
  },
  "not safe ... right_now|tonight": {
    trigger: "I'm really not safe tonight",
    notTrigger: "is it not safe to drive after the infusion?",
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
  "cut|cutting|cuts|burn|burning|hit|hitting|scratch|scratching|scratched|starve|starving|starved ... myself|arm|arms|leg|legs|thigh|thighs|skin":
    {
      trigger: "I've been scratching my arms until they bleed",
      notTrigger: "I fasted for the infusion and I'm starving, when can I eat?",
    },
  cutter: {
    trigger: "I'm a cutter and it's getting worse",
    notTrigger: "I'm a chronic worrier, does ketamine help with that?",
  },
  "urge|urges|want|wanna|going ... to cut ... tonight|today|again|myself|deep":
    {
      trigger: "I have the urge to cut again",
      notTrigger:
        "I want to cut down on caffeine, does it affect the infusion?",
    },
  "cutting ... again|deep": {
    trigger: "I started cutting again",
    notTrigger: "I'm cutting carbs, is fasting before the infusion okay?",
  },
  "relapse* ... cutting|harm|harming": {
    trigger: "I relapsed and started cutting",
    notTrigger: "what's the relapse rate for anxiety after ketamine?",
  },
  "myself|pills|tablets|meds|medication on purpose": {
    trigger: "I took extra pills on purpose",
    notTrigger: "Should I skip my medication the morning of the infusion?",
  },
  "feel like ending|killing|hurting ... it|things|myself|everything": {
    trigger: "I feel like ending everything",
    notTrigger: "I feel like ending my therapy, is that okay?",
  },
  "no way out": {
    trigger: "I feel like there's no way out",
    notTrigger: "Which way out of the parking garage is closest to the clinic?",
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
  "going|want|plan ... to ... take ... all my pills|meds|medication|tablets": {
    trigger: "I'm going to take all my pills",
    notTrigger: "should I plan on taking my usual meds before the infusion?",
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
  "took|swallowed|ate|downed ... whole|entire ... bottle|pack|box": {
    trigger: "I swallowed an entire pack of sleeping pills",
    notTrigger: "I took a whole week off work for the infusions",
  },
  "took|=taken|swallowed|downed ... all|every|whole ... my|the|of|pills|tablets|bottle|meds|medication":
    {
      trigger: "I took all of my pills",
      notTrigger: "I took my usual medication this morning, is that fine?",
    },
  "took|=taken|swallowed|downed ... too many|much": {
    trigger: "I took too many of my sleeping pills",
    notTrigger: "I took way less than prescribed, is that a problem?",
  },
  "took|=taken|swallowed|downed ... handful|bunch": {
    trigger: "I just took a handful of xanax",
    notTrigger: "I have a handful of questions about the first infusion",
  },
  "all ... at once": {
    trigger: "I'm going to take them all at once",
    notTrigger: "everything hits me at once when I panic",
  },
  "vodka|alcohol|wine|beer|whiskey|drunk|drank ... and took": {
    trigger: "I drank a bottle of wine and took everything I had",
    notTrigger: "can I have wine the night before and take my meds as usual?",
  },
  "took ... on top": {
    trigger: "I took more xanax on top of the vodka",
    notTrigger: "I took the stairs to the top floor, where's the clinic?",
  },
  "pills|meds|medication|tablets ... saved|stockpiled|hidden|ready": {
    trigger: "I've got all my old meds hidden in a drawer",
    notTrigger: "I keep my meds in a pill organizer, should I bring it?",
  },
  "stockpil*": {
    trigger: "I've been stockpiling my sleeping pills",
    notTrigger: "I've been stocking up on snacks for after the infusion",
  },
  "hoard* ... pills|meds|medication": {
    trigger: "I've been hoarding my meds",
    notTrigger: "I have a hoarding disorder, can ketamine help with it?",
  },
  "saved|saving ... up ... pills|meds|medication|tablets": {
    trigger: "I've been saving up my pills",
    notTrigger: "I've been saving up money for treatment",
  },
  "plan|plans|planned|planning ... to ... kill|die": {
    trigger: "I'm planning to kill myself",
    notTrigger: "I'm planning to drive myself home, is that allowed?",
  },
  "plan|plans|planned|planning ... my ... death|suicide|funeral": {
    trigger: "I've been planning my death",
    notTrigger: "I'm planning my wedding and my anxiety is through the roof",
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
  "tired of existing": {
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
  "catch the bus": {
    trigger: "I think it's time for me to catch the bus",
    notTrigger: "can I take the bus home after my infusion?",
  },
  "long sleep": {
    trigger: "I just want a long sleep that I don't wake from",
    notTrigger: "How long should I sleep after the infusion?",
  },
  "permanent sleep": {
    trigger: "I want to go into a permanent sleep",
    notTrigger: "Can ketamine cause permanent damage?",
  },
  "big sleep": {
    trigger: "ready for the big sleep",
    notTrigger: "I need a big nap after sessions, is that normal?",
  },
  "will not be ... around|here|=alive ... much_longer|by|next|anymore|soon": {
    trigger: "I won't be around much longer",
    notTrigger: "I won't be able to come next week, can I reschedule?",
  },
  "will not be around": {
    trigger: "don't worry, I won't be around to bother anyone",
    notTrigger: "will you be around in December?",
  },
  "not ... planning|plan ... on being ... here|around|alive": {
    trigger: "I'm not planning on being here next year",
    notTrigger: "I'm not planning on being late, but what if traffic is bad?",
  },
  "not going to be ... around|here|alive": {
    trigger: "I'm not going to be around for much longer",
    notTrigger: "I'm not going to be able to make it Tuesday",
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
  "engine running": {
    trigger: "I'm sitting in the garage with the engine running",
    notTrigger: "my car engine light came on, I might be late",
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
  "final message": {
    trigger: "this is my final message",
    notTrigger: "Is there a final follow-up message after treatment?",
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
  "hitting|banging|punching|punch|hit|bang ... walls|wall": {
    trigger: "I've been punching walls until my knuckles bleed",
    notTrigger: "I feel like I've plateaued after the third session",
  },
  "hitting|banging|punching|punch|hit|bang ... my head": {
    trigger: "I keep banging my head against things",
    notTrigger:
      "I bumped my head last week, is ketamine safe after a concussion?",
  },
  "head against the wall": {
    trigger: "I've been slamming my head against the wall",
    notTrigger: "I lean my head on the wall during panic attacks",
  },
  "until|till ... it ... bleeds|bleed": {
    trigger: "I scratch until it bleeds",
    notTrigger: "how long should I press until it stops bleeding?",
  },
  bleeds: {
    trigger: "my arm bleeds every time I do it",
    notTrigger: "I bruise easily, is the IV a problem?",
  },
  "until they bleed": {
    trigger: "I pick at my scabs till they bleed",
    notTrigger: "I pick at my skin when I'm anxious, is that a compulsion?",
  },
  "carve|carving|carved ... into|my": {
    trigger: "I carved words into my arm",
    notTrigger: "We're carving pumpkins this weekend with the kids",
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
  "do not trust myself": {
    trigger: "I don't trust myself right now",
    notTrigger: "I don't trust the pharmacy to get my dose right",
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
  "swallowed|downed ... all|everything|whole|entire|bunch|lot|handful": {
    trigger: "I swallowed everything in the cabinet",
    notTrigger: "I swallowed my gum lol, is that fine before the infusion?",
  },
  "took|=taken ... everything ... in|from ... my": {
    trigger: "I took everything from my nightstand",
    notTrigger: "I took everything you said to heart",
  },
  "medicine cabinet": {
    trigger: "I just emptied my medicine cabinet",
    notTrigger: "should I bring a list of my medicines to my consult?",
  },
  "took|=taken|swallowed|ate|used ... # ... pills|tablets|tylenol|benadryl|advil|ibuprofen|xanax|klonopin|valium|ativan|sleeping|sertraline|times":
    {
      trigger: "I took 30 tylenol",
      notTrigger: "I've had 3 infusions so far, how many more?",
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
  "so i ... not have to wake up": {
    trigger: "I want to take enough so I do not have to wake up",
    notTrigger: "Can I book an afternoon slot so I can sleep in?",
  },
  "not have to wake up": {
    trigger: "I'd love to just not have to wake up",
    notTrigger: "I hate having to wake up early for appointments",
  },
  "can not feel my": {
    trigger: "I took everything and I can't feel my legs",
    notTrigger: "is it normal to feel numb during the infusion?",
  },
  // More ways people say it
  "expect to be ... around|here|=alive": {
    trigger: "I don't expect to be around next year",
    notTrigger: "how long should I expect the infusion to take?",
  },
  "do not want to be $": {
    trigger: "Honestly I don't want to be. Not like this.",
    notTrigger: "I don't want to be late for my first infusion",
  },
  "yeet|throw|launch|fling ... myself": {
    trigger: "I want to yeet myself off a bridge",
    notTrigger: "I throw up when I'm anxious, will ketamine make me nauseous?",
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
  "swallowed|took|=taken|downed ... [a] bottle": {
    trigger: "I took a bottle of sleeping pills",
    notTrigger: "Can I bring a water bottle into the session?",
  },
  "tell my ... i ... sorry|love": {
    trigger: "tell my family I'm sorry",
    notTrigger: "should I tell my boss I'm sick?",
  },
  "my plan is ... tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|set|ready":
    {
      trigger: "my plan is to do it tonight",
      notTrigger: "my insurance plan is Aetna, do you take it?",
    },
  "not existing": {
    trigger: "I think about not existing a lot",
    notTrigger: "I'm not on any existing medications",
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
  "stay under": {
    trigger: "I want to go under the water and stay under",
    notTrigger: "how long am I under during the infusion?",
  },
  "had the guts": {
    trigger: "if I had the guts I'd end it",
    notTrigger: "I wish I had the courage to try ketamine sooner",
  },
  "already|just ... took|=taken|swallowed ... the|my|all ... pills|meds|tablets|medication":
    {
      trigger: "I just took all the pills",
      notTrigger: "I already had breakfast, is that okay before the infusion?",
    },
  "taking|take ... all of it": {
    trigger: "I'm taking all of it tonight",
    notTrigger: "do I have to take the full dose?",
  },
  "picked|set|chosen|chose ... the|a ... date|day": {
    trigger: "I've picked a date and I feel calm about it",
    notTrigger: "Can I pick my own infusion day?",
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
  "swallow*|drink*|drank ... bleach|poison|antifreeze": {
    trigger: "I drank bleach a few minutes ago",
    notTrigger: "Is ketamine a poison to the brain?",
  },
  "bleach ... swallow*|drink*": {
    trigger: "How much bleach should I drink",
    notTrigger: "I clean with bleach when I'm anxious, is that OCD?",
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
  "let it happen": {
    trigger: "if it happens I'll just let it happen",
    notTrigger: "should I just relax and go with it during the infusion?",
  },
  "fall|falling ... asleep ... snow|forever|never": {
    trigger: "I want to fall asleep forever",
    notTrigger: "I fall asleep during sessions sometimes",
  },
  "stopped eating and drinking": {
    trigger: "I've stopped eating and drinking, what's the point",
    notTrigger: "when should I have stopped eating before the infusion?",
  },
  "i cut $": {
    trigger: "I cut. I don't know what else to do.",
    notTrigger: "I cut back on caffeine",
  },
  "i cut myself": {
    trigger: "I cut myself last night",
    notTrigger: "I cut my hair short, does that matter for the EEG?",
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
  "stop|been ... cutting": {
    trigger: "I've been cutting again",
    notTrigger: "I've been reducing my caffeine, does that matter?",
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
  "today is my last day": {
    trigger: "today is my last day, I just wanted someone to know",
    notTrigger: "Friday is my last day at work before the infusions",
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
  "hope|hoping ... kills|kill ... me": {
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
  "painless ... way|ways": {
    trigger: "what's the most painless way",
    notTrigger: "is the IV insertion painless?",
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
  "no point ... =living|existing|trying": {
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
  "bit|bite|biting ... my ... arm|hand|skin|lip": {
    trigger: "I bit my arm until it bled",
    notTrigger: "I bite my nails when I'm nervous",
  },
  "until|till ... it ... bled": {
    trigger: "I scratched until it bled",
    notTrigger: "my IV site bled a little, is that normal?",
  },
  "make it all stop": {
    trigger: "I need to make it all stop",
    notTrigger: "can ketamine make the worrying stop?",
  },
  "took|=taken|consumed|swallowed ... extra|ton|lot ... of my": {
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
  "high enough": {
    trigger: "I'm trying to find somewhere high enough",
    notTrigger: "is the dose strong enough?",
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
  "hit by a ... truck|car|bus|train": {
    trigger: "I hope I get hit by a bus",
    notTrigger: "I feel really tired after my infusion",
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
  "hope ... plane|car ... crash*|goes_down": {
    trigger: "I hope the plane goes down",
    notTrigger: "I hope the plane ride is okay, I'm flying in for treatment",
  },
  "something terminal": {
    trigger: "I wish I'd get something terminal",
    notTrigger: "I'm afraid I have something serious",
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
  "which method": {
    trigger: "which method would be quickest",
    notTrigger: "which is better, IV or nasal spray?",
  },
  "scared of myself": {
    trigger: "I'm scared of myself right now",
    notTrigger: "I'm scared of making a fool of myself in the waiting room",
  },
  "how many units": {
    trigger: "how many units of insulin would it take",
    notTrigger: "how many sessions are in a series?",
  },
  "taking|take|took myself out": {
    trigger: "I'm thinking about taking myself out",
    notTrigger: "I'm treating myself to dinner after my session",
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
  "asleep forever": {
    trigger: "I want to be asleep forever",
    notTrigger: "I felt half asleep during the infusion",
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
  "never woken|woke up": {
    trigger: "I wish I had never woke up this morning",
    notTrigger: "I never felt sleepy during the infusion",
  },
  "into my ... wrist*|arm*|skin|thigh*|palm": {
    trigger: "I pressed the blade into my wrist",
    notTrigger: "the IV went in easily",
  },
  "cigarette ... into|on ... my": {
    trigger: "I put a cigarette out on my arm",
    notTrigger: "Can I smoke a cigarette before the infusion?",
  },
  "way more than i should": {
    trigger: "I took way more than I should have",
    notTrigger: "I worry a lot more than my friends do",
  },
  "everything in my ... cabinet": {
    trigger: "I swallowed everything in my bathroom cabinet",
    notTrigger: "should I list everything I take at my consult?",
  },
  "swallowed|downed ... the|my ... pills|tablets": {
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
  "picked out ... spot|place": {
    trigger: "I've picked out the spot",
    notTrigger: "where should I park?",
  },
  "spot picked out": {
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
  "does not slow down": {
    trigger: "I'll stand where the train doesn't slow down",
    notTrigger: "my mind races at night",
  },
  "train schedule": {
    trigger: "I've been checking the train schedule",
    notTrigger: "what's the bus schedule to the clinic?",
  },
  "done =living": {
    trigger: "I'm done living, nothing helps",
    notTrigger: "I'm tired of anxiety",
  },
  "giving myself until": {
    trigger: "I'm giving myself until Friday",
    notTrigger: "I'm giving myself time to recover after each session",
  },
  charcoal: {
    trigger: "I bought charcoal and tape",
    notTrigger: "can I grill this weekend after treatment?",
  },
  "tape ... windows": {
    trigger: "I'm going to tape the windows",
    notTrigger: "I use blackout curtains to sleep",
  },
  "will not be coming back": {
    trigger: "thanks for trying to help, but I won't be coming back",
    notTrigger: "I'll be coming back for a booster in March",
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
  "better off with ... insurance|money": {
    trigger: "my family would be better off with the insurance money",
    notTrigger: "is it cheaper to pay cash than use insurance?",
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
};
