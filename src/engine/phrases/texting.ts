/**
 * Texting shorthand and contractions → plain words, applied before anything
 * else so every later step sees ordinary English.
 */
export const TEXTING: Readonly<Record<string, string>> = Object.freeze({
  u: 'you', suicde: 'suicide', sucide: 'suicide', sueside: 'suicide', suiciedal: 'suicidal', evry: 'every', wnat: 'want', wnt: 'want', waht: 'what', hlep: 'help', halp: 'help', thnx: 'thanks', thanx: 'thanks', dieing: 'dying', kil: 'kill', kll: 'kill', mysef: 'myself', myslef: 'myself', dont: 'do not', '1st': 'first', '2nd': 'second', '3rd': 'third', rite: 'right', nite: 'night', tmrw: 'tomorrow', bf: 'boyfriend', gf: 'girlfriend', lng: 'long', cn: 'can', til: 'until', till: 'until', hav: 'have', fx: 'effects', n: 'and', '2': 'to', ppl: 'people', ur: 'your', r: 'are', y: 'why', wat: 'what', wut: 'what', wht: 'what', whats: 'what is',
  hw: 'how', hows: 'how is', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', b4: 'before',
  pls: 'please', plz: 'please', thx: 'thanks', tx: 'thanks', ty: 'thank you', tysm: 'thank you so much',
  idk: 'i do not know', rn: 'right now', tho: 'though', w: 'with', wo: 'without', smth: 'something',
  sth: 'something', dr: 'doctor', doc: 'doctor', docs: 'doctors', yr: 'year', yrs: 'years',
  hr: 'hour', hrs: 'hours', min: 'minutes', mins: 'minutes', wk: 'week', wks: 'weeks', mo: 'month', mos: 'months',
  da: 'the', dat: 'that', wen: 'when', wher: 'where', shud: 'should', cud: 'could', wud: 'would', gonna: 'going to',
  wanna: 'want to', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', lemme: 'let me', gimme: 'give me',
  im: 'i am', ive: 'i have', doesnt: 'does not', didnt: 'did not',
  cant: 'can not', cannot: 'can not', wont: 'will not', isnt: 'is not', arent: 'are not', wasnt: 'was not',
  shouldnt: 'should not', wouldnt: 'would not', couldnt: 'could not', havent: 'have not', hasnt: 'has not',
  thats: 'that is', theres: 'there is', youre: 'you are', theyre: 'they are', hes: 'he is', shes: 'she is',
  lets: 'let us', whos: 'who is', wheres: 'where is', whens: 'when is',
});
