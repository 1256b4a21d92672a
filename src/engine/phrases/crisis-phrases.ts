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
  'kill|killing|kil|killin|killed ... myself|mysef|meself', 'off|offing ... myself', 'end|ending|ended|take|taking|took my [own] life',
  'end|ending it all', 'end|ending everything|things', 'end it ... tonight|today|now|soon|forever', 'end it for good',
  'thinking|thought|thoughts ... about|of ending it', 'want|wanted|going|plan|planning|ready ... to end it', 'end my existence',
  'hang|hanging myself', 'slit|slitting|cut|cutting ... wrist*', 'jump|jumping ... off ... bridge|building|roof|cliff|balcony',
  'edge of ... roof|bridge|building|cliff|balcony', 'shoot|shooting myself', 'drown|drowning myself', 'gun ... on|to ... myself|head',
  'use|using it on myself', 'in front of ... train|truck', 'drive|driving|crash|crashing ... into ... wall|tree|traffic',
  'not|never ... wake up ... again|anymore|tomorrow', 'to not wake up', 'and not wake up', 'never wake up', 'sleep forever',
  'ways|way|methods|method ... to die|kill', 'take|takes ... to die', 'how many ... would|to ... kill|die', 'how many ... to not wake',
  'how many ... would be fatal|lethal', 'lethal|fatal ... dose|amount',
  // Wanting to die or not to exist
  'want|wanna|wanted|wish|wishing|ready|long ... to die', 'want|wish|wishing ... to be =dead', 'wish ... i ... was|were|had ... =dead|gone',
  'better off =dead', 'rather be =dead', 'better off without me', 'burden ... to|on ... everyone|everybody|family',
  'happier|better ... if|without ... i|me ... was|were|am|is ... =dead|gone', 'if i was|were|died ... gone|=dead', 'do not ... want ... to be =alive|here|around',
  'do not want to be here ... anymore', 'do not ... want to =live|exist|wake|continue', 'not ... stay|staying =alive', 'stop|stopped ... existing',
  'cease to exist', 'disappear forever', 'no|not ... reason|point ... to|in ... keep|go|=live|=living|continue|exist|existing|=alive',
  'life ... not|no ... worth =living', 'not worth =living', 'can not go on ... anymore|like|=living', 'can not keep ... =living|going',
  'can not =live like this', 'tired of ... =living|being =alive', 'done with ... life|=living', 'nothing to =live for', 'life is pointless',
  'think|thinking|thought ... about =dying', 'want|wish ... it all ... to end|over', 'my funeral', 'goodbye|suicide ... note|letter',
  'say|saying ... goodbye ... everyone|forever|family|world', 'my last ... message|words|goodbye|night', 'i am not safe', 'not safe ... right now|tonight',
  // Self-harm
  'self harm*', 'selfharm*', 'self injur*', 'harm|hurt|injure|punish|harming|hurting|injuring|punishing|burn|burning|burned|burnt myself',
  'cut|cutting|cuts|burn|burning|hit|hitting|scratch|scratching|scratched|starve|starving|starved ... myself|arm|arms|leg|legs|thigh|thighs|skin',
  'cutter', 'urge|urges|want|wanna|going ... to cut ... tonight|today|again|myself|deep', 'cutting ... again|deep', 'relapse* ... cutting|harm|harming',
  'myself|pills|tablets|meds|medication on purpose', 'feel like ending|killing|hurting ... it|things|myself|everything', 'feel like =dying',
  'no way out', 'see ... way out', 'can not take ... it|this ... anymore', 'can not do this anymore', 'wish ... i ... could ... disappear|vanish',
  'nobody ... would ... miss|notice ... me', 'notice|care|miss ... if i ... disappeared|died|gone|dead|disappear', 'no one ... would ... miss|notice ... me', 'would not ... miss me', 'i am ... a burden', 'life is not worth', 'gun ... use|using it',
  'think|thinking|thought ... about|of ... =overdosing|=od', 'going|want|plan ... to ... take ... all my pills|meds|medication|tablets',
  // An overdose taken or planned, or means gathered ("can you overdose on it?" is a safety question, not a crisis)
  'i|just|already|have|think ... =overdosed|=od', '=overdosed', 'going|want|plan ... to ... =overdose|=od', '=overdose|=od ... tonight|today|now',
  'took|swallowed|ate|downed ... whole|entire ... bottle|pack|box', 'took|=taken|swallowed|downed ... all|every ... pills|tablets|bottle|meds|medication',
  'took|=taken|swallowed|downed ... too many|much', 'took|=taken|swallowed|downed ... handful|bunch', 'all ... at once',
  'vodka|alcohol|wine|beer|whiskey|drunk|drank ... and took', 'took ... on top', 'pills|meds|medication|tablets ... saved|stockpiled|hidden|ready', 'stockpil*', 'hoard* ... pills|meds|medication', 'saved|saving ... up ... pills|meds|medication|tablets',
  'plan|plans|planned|planning ... to ... kill|die', 'plan|plans|planned|planning ... my ... death|suicide|funeral', 'have|got|made ... a plan ... to|for ... end|kill|die',
  // Euphemisms, passive wishes and "not being around"
  'everything|it|pain|this ... to stop|end ... permanently|forever', 'everything|it|pain|this ... to stop|end for good', 'want|need ... everything ... to stop|end', 'tired of existing',
  'wish ... never ... born', 'never been born', 'better ... without me', 'without me in it', '=dying|=death seems|feels|sounds|is|would ... easier|better|peaceful',
  'check|checking ... out forever', 'check|checking ... out for good', 'ready to check out', 'ctb', 'catch the bus', 'long sleep', 'permanent sleep', 'big sleep',
  'will not be ... around|here|alive ... much longer|by then|next|anymore|soon', 'will not be around', 'not ... planning|plan ... on being ... here|around|alive',
  'not going to be ... around|here|alive', 'do not see ... future', 'will not need ... after this', 'give|giving ... up ... living|life', 'give up on everything',
  'woods|forest|lake|ocean|river|mountains|desert|bridge ... and not come back', 'never coming back', 'telling|tell|told ... me ... to end it|kill|die', 'me to end it',
  'hope ... i ... die|crash|get hit', 'in a car crash|accident', 'not have to deal with ... ever again', 'can stay alive', 'more days ... alive', 'car crash ... so i', 'swerv* ... into', 'engine running', 'drive|driving ... off ... cliff|bridge|road',
  // Goodbyes
  'this is goodbye', 'final message', '=wrote|=written|=writing ... goodbye|suicide ... note|letter|letters', '=wrote|=written ... the|my ... =note|=letters', 'letters to everyone', 'tell my ... i love',
  'gave|giving|given ... away ... my|stuff|things|belongings|everything', 'gave ... my ... cat|dog|pet|kids ... to',
  // Means, places, method research
  'have|got|bought|buying|holding|with ... the|a ... rope|gun|razor|blade|noose', 'knife ... to|against|on ... my', 'bottle of pills in my hand',
  'count|counting ... pills|them', 'standing|sitting|at|on ... the ... roof|ledge|bridge|tracks|balcony|edge', 'train tracks', 'to just go over',
  'bleed out', 'enough to kill', 'kill|lethal|die ... my size|weight', 'look like an accident', 'ways to make it look',
  'researching|researched|looked up|googling|googled|searching ... how ... to die|kill|bleed|hang|overdose', 'which ... would be lethal|fatal',
  // Self-harm, more kinds
  'hitting|banging|punching|punch|hit|bang ... walls|wall', 'hitting|banging|punching|punch|hit|bang ... my head', 'head against the wall', 'until|till ... it ... bleeds|bleed', 'bleeds', 'till they bleed',
  'carve|carving|carved ... into|my', 'digging my nails', 'pulling out my hair', 'do something to myself', 'scared|afraid ... of what i ... will|might|am going to ... do',
  'do not trust myself', 'can not keep myself safe', 'not safe ... alone|with myself', 'kys',
  // Overdoses in progress
  'swallowed|downed ... all|everything|whole|entire|bunch|lot|handful', 'took|=taken ... everything ... in|from ... my', 'medicine cabinet',
  'took|=taken|swallowed|ate|used ... # ... pills|tablets|tylenol|benadryl|advil|ibuprofen|xanax|klonopin|valium|ativan|sleeping|sertraline|times',
  '# times my ... prescribed|dose', 'whatever happens happens', 'so i ... not have to wake up', 'not have to wake up', 'can not feel my',
  // Other languages visitors may switch to
  'quiero morir', 'no quiero vivir', 'matarme', 'suicidarme', 'me quiero matar',
];
