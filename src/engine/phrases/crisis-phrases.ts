/**
 * CRISIS PHRASES — for clinical review.
 *
 * If a visitor's message matches any line below, the widget shows crisis
 * resources (988, 911, Crisis Text Line) FIRST, before anything else, whatever
 * else the message asks. Missing a person at risk is far worse than showing
 * crisis resources to someone who only mentioned a hard topic, so the lines
 * lean towards triggering; a question that merely mentions suicide may get the
 * crisis reply.
 *
 * How to read a line (see phrase-pattern.ts): words in order; `a|b` either;
 * `word*` any word starting so; `...` up to three words between; `[x]` optional;
 * `=word` exactly that word (no typo tolerance).
 * Messages are lower-cased, contractions expanded ("don't" → "do not",
 * "I'm" → "i am") and one typo per longer word is tolerated before matching.
 * Every line is tested by `crisis-phrases.test.ts` (must / must not trigger).
 */
export const CRISIS_PHRASES: readonly string[] = [
  // Suicide, named (any form; one typo per longer word is tolerated). Alternatives are single words.
  'suicid*', 'suiside*', 'sucid*', 'suecid*', 'sewerslide', 'sewer slide', 'unaliv*', 'self delete', 'selfdelete', 'kms',
  // Killing oneself ("killing me" alone is left out: "this anxiety is killing me" is an idiom)
  'kill|killing|kil|killin|killed ... myself|mysef|meself', 'off|offing ... myself', 'end|ending|ended|take|taking|took|finish|finishing my|their|his|her|own [own] life',
  'end|ending it all', 'end|ending everything|things', 'end it ... tonight|today|now|soon|forever', 'end it for good',
  'thinking|thought|thoughts ... about|of ending it', 'want|wanted|going|plan|planning|ready ... to end it', 'end my existence',
  'hang|hanging myself', 'slit|slitting|cut|cutting ... wrist*', 'jump|jumping ... off ... bridge|building|roof|cliff|balcony',
  'edge of ... roof|bridge|building|cliff|balcony', '=shoot|=shooting myself', 'drown|drowning myself', 'gun ... on|to ... myself|head',
  'use|using it on myself', 'in front of ... train|truck', 'drive|driving|crash|crashing ... into ... wall|tree|traffic',
  'not|never ... wake up ... again|anymore|tomorrow', 'to not wake up', 'and not wake up', 'never wake up', 'sleep forever',
  'ways|way|methods|method ... to die|kill', 'take|takes ... to die', 'how many|much ... would|to|will|could ... kill|die', 'would|will|could|enough_to ... kill me', 'how much|many ... to =die', 'how much|many ... would|will|could ... be fatal|lethal|deadly', 'how many ... to not wake',
  'how many ... would be fatal|lethal', 'lethal|fatal ... dose|amount',
  // Wanting to die or not to exist
  'want|wanna|wanted|wanting|wish|wishing|ready|long ... to =die', 'want|wish|wishing ... to be =dead', 'wish ... i ... was|were|had ... =dead|gone',
  'better off =dead', 'rather be =dead', 'better off without me', 'burden ... to|on ... everyone|everybody|family',
  'happier|better ... if|without ... i|me ... was|were|am|is ... =dead|gone', 'if i was|were|died ... gone|=dead', 'do not ... want ... to be =alive|here|around',
  'do not want to be here ... anymore', 'do not ... want ... [to] =live|exist|wake|continue', 'not ... stay|staying =alive', 'stop|stopped ... existing',
  'cease to exist', 'disappear forever', 'no|not ... reason|point ... to|in ... keep|go|=live|=living|continue|exist|existing|=alive',
  'life ... not|no ... worth =living', 'not worth =living', 'can not go on ... anymore|like|=living', 'can not keep ... =living|going',
  'can not =live like this', 'tired of ... =living|being =alive', 'done with ... life|=living', 'nothing to =live for', 'life is pointless',
  'think|thinking|thought ... about =dying', 'want|wish ... it all ... to end|over', 'my funeral', 'goodbye|suicide ... note|letter',
  'say|saying ... goodbye ... everyone|forever|family|world', 'my last ... message|words|goodbye|night', 'i am not safe', 'not safe ... right_now|tonight',
  // Self-harm
  'self harm*', 'selfharm*', 'self injur*', 'harm|hurt|injure|punish|harming|hurting|injuring|punishing|burn|burning|burned|burnt myself',
  'cut|cutting|cuts|burn|burning|hit|hitting|scratch|scratching|scratched|starve|starving|starved ... myself|arm|arms|leg|legs|thigh|thighs|skin',
  'cutter', 'urge|urges|want|wanna|going ... to cut ... tonight|today|again|myself|deep', 'cutting ... again|deep', 'relapse* ... cutting|harm|harming',
  'myself|pills|tablets|meds|medication on purpose', 'feel like ending|killing|hurting ... it|things|myself|everything',
  'no way out', 'see ... way out', 'can not take ... it|this ... anymore', 'can not do this anymore', 'wish ... i ... could ... disappear|vanish',
  'nobody ... would ... miss|notice ... me', 'notice|care|miss ... if i ... disappeared|died|gone|dead|disappear', 'no one ... would ... miss|notice ... me', 'would not ... miss me', 'i am ... a burden', 'life is not worth', 'gun ... use|using it',
  'think|thinking|thought ... about|of ... =overdosing|=od', 'going|want|plan ... to ... take ... all my pills|meds|medication|tablets',
  // An overdose taken or planned, or means gathered ("can you overdose on it?" is a safety question, not a crisis)
  'i|just|already|have|think ... =overdosed|=od', '=overdosed ... on_purpose|earlier|tonight|today|just_now|an_hour', 'going|want|plan ... to ... =overdose|=od', '=overdose|=od ... tonight|today|now',
  'took|swallowed|ate|downed ... whole|entire ... bottle|pack|box', 'took|=taken|swallowed|downed ... all|every|whole ... my|the|of|pills|tablets|bottle|meds|medication',
  'took|=taken|swallowed|downed ... too many|much', 'took|=taken|swallowed|downed ... handful|bunch', 'all ... at once',
  'vodka|alcohol|wine|beer|whiskey|drunk|drank ... and took', 'took ... on top', 'pills|meds|medication|tablets ... saved|stockpiled|hidden|ready', 'stockpil*', 'hoard* ... pills|meds|medication', 'saved|saving ... up ... pills|meds|medication|tablets',
  'plan|plans|planned|planning ... to ... kill|die', 'plan|plans|planned|planning ... my ... death|suicide|funeral', 'have|got|made ... a plan ... to|for ... end|kill|die',
  // Euphemisms, passive wishes and "not being around"
  'everything|it|pain|this ... to stop|end ... permanently|forever', 'everything|it|pain|this ... to stop|end for good', 'want|need ... everything ... to stop|end', 'tired of existing',
  'wish ... never ... born', 'never been born', 'better ... without me', 'without me in it', '=dying|=death seems|feels|sounds|is|would ... easier|better|peaceful',
  'check|checking ... out forever|permanently|for_good', 'ready to check out', 'ctb', 'catch the bus', 'long sleep', 'permanent sleep', 'big sleep',
  'will not be ... around|here|=alive ... much_longer|by|next|anymore|soon', 'will not be around', 'not ... planning|plan ... on being ... here|around|alive',
  'not going to be ... around|here|alive', 'do not see ... future', 'will not need ... after this', 'give|giving ... up ... living|life', 'give up on everything',
  'woods|forest|lake|ocean|river|mountains|desert|bridge ... and not come back', 'never coming back', 'telling|tell|told ... me ... to end_it|kill|=die', 'me to end it',
  'hope|hoping ... i ... =die|crash|get_hit', 'not have to deal with ... ever again', 'can stay alive', 'more days ... alive', 'car crash ... so i', 'swerv* ... into', 'engine running', 'drive|driving ... off ... cliff|bridge|road',
  // Goodbyes
  'this is goodbye', 'final message', '=wrote|=written|=writing ... goodbye|suicide ... note|letter|letters', '=wrote|=written ... the|my ... =note|=letters', 'letters to everyone', 'tell my ... i love',
  'gave|giving|given ... away ... my|stuff|things|belongings|everything', 'gave ... my ... cat|dog|pet|kids ... to',
  // Means, places, method research
  'have|got|bought|buying|holding|with ... [the|a] =rope|=gun|=guns|=razor|=blade|=noose|=knife|=hose', 'knife ... to|against|on ... my', 'bottle of pills in my hand',
  'count|counting ... pills|them', 'standing|sitting|at|on ... the ... =roof|=ledge|=bridge|=tracks|=balcony', 'train tracks', 'to just go over',
  'bleed out', 'enough to kill', 'kill|lethal|die ... my size|weight', 'look like an accident', 'ways to make it look',
  'researching|researched|looked_up|googling|googled|searching ... how ... to ... die|kill|bleed|hang|overdose', 'which ... would be lethal|fatal',
  // Self-harm, more kinds
  'hitting|banging|punching|punch|hit|bang ... walls|wall', 'hitting|banging|punching|punch|hit|bang ... my head', 'head against the wall', 'until|till ... it ... bleeds|bleed', 'bleeds', 'till they bleed',
  'carve|carving|carved ... into|my', 'digging my nails', 'pulling out my hair', 'do something to myself', 'scared|afraid ... of what i ... will|might|am_going_to ... do',
  'do not trust myself', 'can not keep myself safe', 'not safe ... alone|with myself', 'kys',
  // Overdoses in progress
  'swallowed|downed ... all|everything|whole|entire|bunch|lot|handful', 'took|=taken ... everything ... in|from ... my', 'medicine cabinet',
  'took|=taken|swallowed|ate|used ... # ... pills|tablets|tylenol|benadryl|advil|ibuprofen|xanax|klonopin|valium|ativan|sleeping|sertraline|times',
  '# times my ... prescribed|dose', 'whatever happens happens', 'so i ... not have to wake up', 'not have to wake up', 'can not feel my',
  // More ways people say it (from independent test sets; kept general)
  'expect to be ... around|here|=alive', 'do not want to be $', 'yeet|throw|launch|fling ... myself', 'off ... the ... =parking|=garage|=bridge|=roof|=building|=cliff|=ledge|=balcony|=golden',
  'one way ticket', 'golden gate', 'contemplat* ... ending|suicide|death|dying', 'tired of =live|life', 'finish ... my life', 'swallowed|took|=taken|downed ... [a] bottle',
  'tell my ... i ... sorry|love', 'my plan is ... tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|set|ready', 'not existing',
  'last thing i ... do|ever', 'given|gave ... my ... cat|dog|pet|things|stuff ... to|away', '=written ... note', 'using|use ... one|it ... on myself',
  'no intention of ... continuing|living|going_on|being_here', 'continuing|continue|live|living ... past|beyond|after ... christmas|birthday|month|week|summer|winter',
  'not ... make_it ... through|past ... weekend|week|night|month|tonight', 'lethal ... so i', 'how much would be lethal', 'kill|killing ... themselves|theirselves|yourself|urself',
  'the =hose', '=hose ... ready|car|exhaust', 'stay under', 'had the guts', 'already|just ... took|=taken|swallowed ... the|my|all ... pills|meds|tablets|medication',
  'taking|take ... all of it', 'picked|set|chosen|chose ... the|a ... date|day', 'plan and a date', 'punch|punching|slap|slapping|hit|hitting|bite|biting|burn|burning ... myself',
  'i will be =dead', 'be =dead ... in|by|soon|tomorrow', 'swallow*|drink*|drank ... bleach|poison|antifreeze', 'bleach ... swallow*|drink*', 'how many it would take',
  'before i do something', 'every pill', 'counted ... them|pills|tablets', 'so i ... could|can ... =die', 'walk|walking ... into ... ocean|sea|lake|river|traffic',
  'heart ... would ... stop', 'noise to stop', 'everything i need ... cabinet|bathroom|drawer', 'how i would do it', 'not want life', 'let it happen',
  'fall|falling ... asleep ... snow|forever|never', 'stopped eating and drinking', 'i cut $', 'i cut myself', 'bag over my head', 'plastic bag ... head', 'knife|razor|blade .... wrist*', 'not ... make_it to ... weekend|tomorrow|friday|christmas|monday',
  'letters to my ... kids|family|children|wife|husband|parents|mom|dad', 'stop|been ... cutting', 'cutting lately', 'checking out early', 'i should ... jump|=die|end_it|do_it',
  'today is my last day', 'lived long enough', '=kept|=saved|=keeping|=hoarding ... =pills|=meds', 'hid|hidden ... all ... meds|pills|guns|knives',
  'hope|hoping ... kills|kill ... me', 'heart ... gives|give ... out', 'rope', 'noose', 'i will just jump', 'just jump', 'painless ... way|ways', 'ways to go', 'lethal|fatal .... reasons',
  'quitarme la vida', 'quiero desaparecer',
  'thinking|think|thought ... of|about ... jumping|jump', 'relief to ... not wake', 'would ... not wake up', 'just not wake up', 'no point ... =living|existing|trying',
  '=live or =die', 'care if i ... =live|=die', 'vanish|disappear ... from existence', 'from existence', 'sh ... relapse|clean|again', 'fresh cuts',
  'cuts ... on ... my ... wrist*|arm*|leg*|thigh*|skin', 'bit|bite|biting ... my ... arm|hand|skin|lip', 'until|till ... it ... bled', 'make it all stop',
  'took|=taken|consumed|swallowed ... extra|ton|lot ... of my', 'whole month', 'month|week ... prescription|supply ... tonight|today|at_once',
  'tallest building', 'high enough', 'somewhere high', 'enough to be lethal|fatal', 'tonight is the night', 'goodbye everyone', 'this is it',
  'truck|car|bus|train ... hit me', 'hit by a ... truck|car|bus|train', 'not ... around ... that_long|much_longer|long', 'god takes me', 'in my sleep ... take|takes|die',
  'hope ... plane|car ... crash*|goes_down', 'something terminal', 'it would be over', 'did not exist', 'if i ... did not ... exist', 'which method',
  'scared of myself', 'how many units', 'taking|take|took myself out', 'stop being =alive', 'if i am not ... here|around|=alive ... next|by|tomorrow',
  'closer to the edge', 'calmer up there', 'done for real', 'for real this time', 'not ... plan|planning ... on seeing', 'not ... see ... my ... birthday|christmas',
  'pray ... not wake up', 'make ... me ... not wake', 'not wake up in the morning', 'asleep forever', 'stay asleep', 'disappeared|disappear ... permanently',
  'wish|wishing ... could ... go_with ... him|her|them', 'never woken|woke up', 'into my ... wrist*|arm*|skin|thigh*|palm', 'cigarette ... into|on ... my',
  'way more than i should', 'everything in my ... cabinet', 'swallowed|downed ... the|my ... pills|tablets', 'mixed ... on purpose', 'on purpose ... regret*',
  'picked out ... spot|place', 'spot picked out', 'pistol|gun|rifle|revolver ... loaded', 'loaded ... next to me', 'does not slow down', 'train schedule',
  'done =living', 'giving myself until', 'charcoal', 'tape ... windows', 'will not be coming back', 'not coming back ... ever', 'updated|wrote|made ... my will',
  'all arranged', 'after|when i am gone', 'giving|gave|given ... my ... stuff|things|belongings ... away', 'not going to stick around', 'not ... stick around',
  'happen naturally', 'stopped ... heart ... on purpose', 'better off with ... insurance|money', 'je veux mourir', 'mourir', 'me tuer', 'suicider',
  'sterben', 'umbringen', 'quero morrer', 'me matar', 'morir',
  // Other languages visitors may switch to
  'quiero morir', 'no quiero vivir', 'matarme', 'suicidarme', 'me quiero matar',
];
