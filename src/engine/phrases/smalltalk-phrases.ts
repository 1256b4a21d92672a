import type { SmalltalkIntent } from '../types.js';

/**
 * SMALL TALK — greetings, thanks, goodbyes, "are you a real person?" and
 * "what can you do?". A message made only of these (and filler words) gets a
 * short, kind reply saying what the widget can help with. When a real
 * question follows ("hi! how long is a session?"), the small talk is set
 * aside and the question is answered.
 *
 * Each line is a whole phrase, in the pattern language of crisis-phrases.ts
 * (one typo per longer word tolerated). Tested by `smalltalk-phrases.test.ts`.
 */
export const SMALLTALK_PHRASES: Readonly<Record<SmalltalkIntent, readonly string[]>> = {
  identity: [
    'are you ... real|human|person|bot|robot|ai|machine|computer|chatbot|chatgpt|automated|alive|doctor|nurse',
    'is this ... real|human|person|bot|robot|ai|automated|chatbot|machine|live', 'am i ... talking|chatting|speaking ... to|with ... real|human|person|bot|robot|ai|machine|someone|anyone|computer',
    'who|what are you', 'who am i talking to', 'who is this', 'real person', 'human please', 'talk to ... human|person|someone|real',
    'is anyone|someone there', 'anybody there', 'is there ... human|person|someone|anyone|bot|robot|ai', 'or [a] [an] bot|human|person|robot|ai|machine|computer',
  ],
  help: [
    'what can|do you ... do|help|answer|know', 'what can i ask [you] [about]', 'what ... questions ... can i ask', 'what topics ... you ... cover',
    'how does this work', 'how do i use this', 'what is this', 'help', 'help me', 'can you help [me]', 'i need help', 'i have a question',
    'i have some questions', 'can i ask [you] [a] [question]', 'what do you cover', 'what ... questions ... can you answer|handle|help', 'what kind of questions', 'what are my options', 'where do|can|should i start', 'where to start', 'menu', 'options', 'start', 'start over',
  ],
  thanks: [
    'thank you', 'thanks', 'thank', 'thankss', 'thnks', 'thx', 'tyvm', 'thanks a bunch|ton|million', 'thx', 'cheers', 'appreciate [it] [that] [you]', 'much appreciated', 'that helps|helped', 'that was helpful',
    'very helpful', 'helpful', 'great', 'awesome', 'perfect', 'cool', 'nice', 'got it', 'good to know', 'makes sense', 'ok|okay', 'alright', 'kk', 'k thanks',
  ],
  goodbye: [
    'bye', 'byee', 'goodbye', 'bye bye', 'good bye', 'see you|ya [later]', 'later', 'goodnight', 'good night', 'cya', 'see ya', 'night night', 'take care', 'have a good|nice ... day|night|one',
    'that is all', 'that is it', 'i am done', 'i have to go', 'got to go', 'gtg', 'ttyl', 'talk later', 'i will be back', 'signing off',
  ],
  wellbeing: ['how are you [doing] [today]', 'how is it going', 'how are things', 'you ok|okay|good', 'how have you been'],
  reaction: ['lol', 'haha|hahaha|lmao|rofl|heh', 'wow', 'oh', 'hmm|hm', 'interesting', 'i see', 'oh no', 'yikes', 'omg'],
  frustration: [
    'you are ... useless|stupid|dumb|worthless|terrible|annoying|unhelpful', 'this is ... useless|stupid|dumb|pointless|annoying', 'useless|stupid|dumb [bot]',
    'you do not understand [me]', 'that did not help', 'not helpful', 'that is wrong', 'wrong answer', 'whatever', 'ugh',
  ],
  greeting: [
    'hi|hii|hello|helloo|hey|heyy|heya|hiya|howdy|yo|sup|hola|greetings|helo|hallo|hellow', 'hey there', 'hi there', 'hello there', 'what is up', 'wassup|whatsup',
    'good morning|afternoon|evening|day', 'morning', 'evening', 'nice to meet you', 'anyone home',
  ],
};

/** Words that may surround small talk without making it a question. */
export const SMALLTALK_FILLER: readonly string[] = (
  'so very much a lot again for now your the this that and oh ok okay well um hmm lol haha please there you all guys friend bot ai doc doctor nurse human person real robot or really just'.split(' ')
);
