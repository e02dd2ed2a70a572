// Closed-class grammar words. These are the grammar of English, not a lexicon users extend,
// so they stay in code; open lists (reporting verbs, intent cues) live in dictionaries/frames.

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const NON_NP_PRONOUNS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'what', 'whatever', 'whichever', 'this', 'these', 'those',
  'itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself', 'yourself', 'each', 'other', 'there',
]);
export const MODALS = new Set(['will', 'would', "'ll", 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ca', 'wo']);
export const FUTURE_MODALS = new Set(['will', 'would', "'ll", 'shall', 'wo']);
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);
export const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'over', 'away', 'forward', 'ahead', 'apart']);
export const CLAUSE_OPENERS = new Set([
  'that', 'because', 'if', 'while', 'although', 'though', 'after', 'before', 'when', 'since', 'unless',
  'whereas', 'until', 'as', 'which', 'who', 'whom', 'where',
]);
export const COORDINATORS = new Set(['and', 'or', 'as well as']);
export const QUOTE_OPEN = new Set(['"', '“', '‘', '«']);
export const QUOTE_CLOSE = new Set(['"', '”', '’', '»']);
/** Any quotation mark, opening or closing, straight or curly, single or double. */
export const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);
export const IRREGULAR_PAST = new Set([
  'held', 'met', 'told', 'said', 'sent', 'gave', 'given', 'took', 'taken', 'made', 'left', 'went', 'gone',
  'came', 'won', 'lost', 'struck', 'shot', 'hit', 'fought', 'sought', 'brought', 'bought', 'thought',
  'spoke', 'spoken', 'broke', 'broken', 'wrote', 'written', 'led', 'fled', 'kept', 'began', 'begun',
  'drew', 'drawn', 'threw', 'thrown', 'put', 'set', 'cut', 'beat', 'beaten', 'hid', 'hidden', 'stood',
  'saw', 'seen', 'knew', 'known', 'found', 'paid', 'laid', 'felt', 'meant', 'got', 'gotten', 'rose',
  'risen', 'withdrew', 'withdrawn', 'overtook', 'undertook', 'forbade', 'forbidden', 'bore', 'borne',
  'flew', 'flown', 'sworn', 'swore', 'shown', 'blown', 'sold', 'caught', 'taught',
  'built', 'spent', 'bent', 'lent', 'dealt', 'slain', 'stolen', 'frozen', 'chosen',
  'overran', 'overrun', 'overthrew', 'overthrown', 'retook', 'retaken', 'upheld', 'drove', 'driven', 'stole', 'fell',
  'fallen', 'ran', 'sank', 'sunk', 'swept', 'shook', 'shaken', 'rode', 'ridden', 'arose', 'arisen', 'forgave', 'forgiven',
  'froze', 'chose', 'slew', 'hung', 'fed', 'bled',
]);
/**
 * Words the tagger reads as adjectives that head a phrase as nouns for a group ("The military seized
 * power"): a past participle after one is the clause's verb, not a modifier of the next noun.
 */
export const ADJECTIVES_AS_HEADS = new Set([
  'military', 'militant', 'official', 'rebel', 'civilian', 'paramilitary', 'separatist', 'extremist',
  'jihadist', 'islamist', 'insurgent', 'loyalist', 'radical', 'conservative', 'liberal', 'moderate',
  // "the U.N. human rights chief said": the tagger reads a title last in its phrase as an adjective.
  'chief', 'general',
]);
/** Verbs whose object, not subject, does what their to-infinitive says ("prompted Beijing to accuse"). */
export const OBJECT_CONTROL_VERBS = new Set([
  'prompt', 'force', 'compel', 'lead', 'push', 'persuade', 'convince', 'cause', 'allow', 'permit', 'enable',
  'invite', 'ask', 'urge', 'tell', 'order', 'encourage', 'pressure', 'press', 'spur', 'oblige',
]);
/** "by telephone", "by sea", "by night": a "by" phrase of means or time, not an agent. */
export const BY_MEANS = new Set([
  'telephone', 'phone', 'video', 'videolink', 'video-link', 'videoconference', 'sea', 'air', 'land', 'road', 'rail',
  'car', 'plane', 'bus', 'train', 'boat', 'email', 'letter', 'night', 'day', 'force', 'far', 'chance', 'mistake',
]);
/** First words of a quantity ("more than 300", "at least 12", "nearly 40", "up to 50"). */
export const QUANTITY_LEADS = new Set(['more', 'at', 'fewer', 'less', 'nearly', 'almost', 'about', 'around', 'over', 'some', 'up', 'roughly']);
/** Nouns that count what their "of" phrase names ("hundreds of protesters"). */
export const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'tens']);
/** Bare nouns that complete a passive participle rather than being its object ("women held hostage"). */
export const PARTICIPLE_COMPLEMENTS = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners', 'incommunicado']);
export const TIME_NOUNS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'weekend', 'morning', 'afternoon', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
export const TIME_MODIFIERS = new Set(['next', 'last', 'this', 'early', 'late', 'earlier', 'later']);
/** Participles that tell where a weapon was sent off from ("rockets fired from Lebanon"). */
export const FIRING_PARTICIPLES: ReadonlySet<string> = new Set(['fired', 'launched', 'shot']);
/** Words a bare time adjunct is made of ("late Sunday", "on Monday", "today"). */
export const TIME_ADJUNCT_WORDS = new Set([...TIME_NOUNS, ...TIME_MODIFIERS, 'on', 'today', 'yesterday', 'tomorrow', 'tonight']);

/** Verbs that give their object a name or a quality after it ("called the move a provocation", "branded them terrorists"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand']);
/** Verbs of a speaker's own act of speech ("..., and urged Manila"): after what the speaker said, the speaker did them. */
export const SPEECH_ACT_VERBS = new Set([
  'urge', 'ask', 'call', 'appeal', 'warn', 'demand', 'accuse', 'deny', 'reject', 'condemn', 'criticize', 'criticise',
  'denounce', 'praise', 'welcome', 'thank', 'congratulate', 'vow', 'pledge', 'promise', 'threaten', 'insist', 'blame', 'dismiss',
]);

/** Lower-case particles of personal names ("Leila de Lima", "Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben']);

/** Prepositions that may end a role set off after a name ("leader of ...", "envoy to ...", "the top official on Corsica"). */
export const ROLE_COMPLEMENTS = new Set(['of', 'on', 'in', 'to', 'at', 'for']);
