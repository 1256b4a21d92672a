/**
 * CRISIS SIGNALS — for clinical review. The second net under the crisis
 * phrases: people at risk often say it without any of the phrases in
 * crisis-phrases.ts ("looking for a peaceful exit", "sleeping with my dad's
 * revolver under my pillow, it's an option"). Each sentence (and the whole
 * message) scores the kinds of signal it contains; at CRISIS_SIGNAL_THRESHOLD
 * or more, the crisis reply is shown first.
 *
 * - a means or a method (2 points, at most 2 counted),
 * - death or not existing (2 points, at most 2),
 * - finality: goodbyes, affairs in order, "for good" (2 points, at most 2),
 * - intent or timing: planning, tonight, hoping (1 point, at most 2),
 * - the person speaking about themselves (1 point),
 * - a safe frame that explains the words away ("can you die from ketamine",
 *   "ego death", "I almost died in an accident") (minus 3).
 *
 * Lines use the pattern language of phrase-pattern.ts, matched exactly (no
 * typo tolerance). The threshold was set so that no in-scope question of the
 * test sets (over 700, many with alarming words) is misread as a crisis.
 */
export const CRISIS_SIGNALS = {
  means: [
    'rope', 'noose', 'belt', 'neck', 'gun', 'guns', 'revolver', 'pistol', 'firearm', 'shotgun', 'rifle', 'bullet*', 'razor*', 'blade*', 'knife', 'knives',
    'wrist*', 'potassium', 'monoxide', 'exhaust', 'bridge', 'overpass', 'cliff', 'ledge', 'rooftop', 'tracks', 'tylenol', 'acetaminophen', 'paracetamol',
    'seroquel', 'insulin', 'bleach', 'antifreeze', 'poison*', 'cyanide', 'hanging', 'hang', 'jump', 'jumping', 'drown*', 'cutting', 'cut', 'bleeding', 'bleed',
    'blister*', 'burner', 'overdose*', 'od', 'pills lined', 'car running', 'whole bottle', 'all my pills', 'every pill', 'river', 'truck',
    'stove', 'car door', 'finger*', 'lithium', 'balcony', 'charcoal', 'benzos', 'alcohol', 'building', 'method', 'propranolol', 'amitriptyline', 'garage',
  ],
  death: [
    'die', 'dying', 'died', 'dead', 'death', 'lethal', 'fatal', 'kill', 'killing', 'killed', 'kills', 'exit', 'gone', 'disappear', 'vanish', 'alive', 'exist',
    'existing', 'last breath', 'funeral', 'grave', 'afterlife', 'forgive*', 'end it', 'end things', 'goodbye*', 'farewell', 'make peace', 'burden', 'relieved',
    'better off', 'take ... out', 'not ... wake', 'painless', 'go through with', 'do it', 'let go', 'checking out', 'check out'
  ],
  final: [
    'permanent*', 'forever', 'for good', 'last day', 'last time', 'last message', 'final', 'affairs', 'loose ends', 'letters to', 'letter for', 'will not be here',
    'will not be around', 'will not need', 'cancel all', 'thanks for everything', 'round two', 'tired of fighting', 'lined up', 'on purpose', 'decided how',
    'i have decided', 'kinda not', 'not jk', 'reasons', 'doing the math', 'never mind', 'peaceful', 'an option', 'do not bother',
    'this is it', 'arrangements', 'life insurance', 'will not be needing', 'thank you for everything', 'sorry', 'i am done', 'narrowed', 'the code', 'love you all',
  ],
  intent: [
    'plan', 'planning', 'planned', 'decided', 'ready', 'tonight', 'today', 'tomorrow', 'rn', 'right now', 'this week', 'next week', 'birthday', 'christmas',
    'soon', 'going to', 'want', 'hope', 'hoping', 'thinking', 'keep', 'been', 'tried', 'again', 'before i', 'early', 'already', 'need to know',
    'pray', 'wish', 'started', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
  self: ['i', 'me', 'my', 'myself'],
  safe: [
    'from ketamine', 'ketamine ... lethal', 'can you die', 'could you die', 'people die', 'risk of', 'ego death', 'feel like dying', 'feels like dying',
    'almost died', 'died in', 'died of', 'died by', 'died from', 'died when', 'on ketamine', 'kill my anxiety', 'kill the anxiety', 'kill my panic', 'horse',
    'animals', 'kill time', 'killing me', 'killing it', 'in the foot', 'dying to', 'to die for', 'dead tired', 'deadline', 'dead end', 'dead inside',
    'death of me', 'edge of my seat', 'was dying', 'almost killed', 'haha', 'ketamine be fatal|lethal|deadly|dangerous', 'ketamine kill', 'kill my buzz',
  ],
} as const;

/** Points per kind of signal, and how many matches of a kind count at most. */
export const CRISIS_SIGNAL_WEIGHTS = {
  means: { points: 2, most: 2 },
  death: { points: 2, most: 2 },
  final: { points: 2, most: 2 },
  intent: { points: 1, most: 2 },
  self: { points: 1, most: 1 },
  safe: { points: -3, most: 1 },
} as const;

/** A sentence scoring this much is read as a crisis. */
export const CRISIS_SIGNAL_THRESHOLD = 5;
