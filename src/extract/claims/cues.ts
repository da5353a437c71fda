/**
 * Lexicons for attribution: reporting verbs (cues), denial verbs, nouns that
 * head an attributed statement, speaker role nouns (and which of them make an
 * unnamed speaker anonymous), hedges and well-known news outlets.
 */

/** Lemmas of verbs that introduce what someone said, wrote, believes or wants. */
export const CUE_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'write',
  'note',
  'report',
  'announce',
  'suggest',
  'claim',
  'warn',
  'believe',
  'fear',
  'want',
  'confirm',
  'deny',
  'argue',
  'insist',
  'explain',
  'state',
  'declare',
  'acknowledge',
  'admit',
  'reveal',
  'predict',
  'estimate',
  'think',
  'hope',
  'expect',
  'assert',
  'contend',
  'stress',
  'emphasize',
  'emphasise',
  'indicate',
  'show',
  'find',
  'conclude',
  'allege',
  'accuse',
  'tweet',
  'post',
  'recall',
  'reply',
  'respond',
  'complain',
  'concede',
  'agree',
  'disclose',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'urge',
  'reject',
  'dismiss',
  'observe',
  'worry',
  'doubt',
  'assure',
  'testify',
  'speculate',
  'suspect',
  'inform',
  'caution',
  'remark',
  'mention',
  'point',
  'question',
  'ask',
  'demand',
  'propose',
  'recommend',
  'insinuate',
  'imply',
  'refute',
  'dispute',
  'counter',
  'acknowledge',
  'boast',
  'brag',
  'lament',
  'concede',
  'allege',
  'affirm',
  'reiterate',
  'repeat',
  'echo',
  'continue',
  'feel',
  'know',
  'understand',
  'learn',
  'hear',
  'read',
  'describe',
  'call',
  'criticize',
  'criticise',
  'praise',
  'blame',
  'credit',
  'confess',
  'signal',
  'forecast',
  'project',
  'calculate',
  'determine',
  'intend',
  'cite',
  'attack',
  'support',
  'oppose',
  'endorse',
  'back',
  'defend',
  'condemn',
  'denounce',
  'blast',
  'slam',
  'seek',
  'tout',
  'highlight',
  'advocate',
  'challenge',
  'mock',
  'decry',
  'welcome',
  'applaud',
  'discuss',
  'characterize',
  'characterise',
  'label',
  'dub',
  'hail',
  'laud',
  'rebuke',
  'lambaste',
  'ridicule',
  'reaffirm',
  'request',
  'encourage',
  'refuse',
  'decline',
  'unveil',
  'outline',
  'acknowledge',
  'prefer',
  'plan',
  'speak',
  'talk',
  'order',
  'file',
  'name',
  'weigh',
  'sing',
  'lobby',
  'spar',
  'joke',
  'hint',
  'insult',
  'thank',
  'congratulate',
  'rule',
  'recognize',
  'recognise',
  'offer',
  'express',
  'view',
  'sign',
  'approve',
  'compare',
  'liken',
  'charge',
  'refer',
  'reference',
  'chant',
  'admire',
  'like',
  'love',
  'dislike',
  'release',
  'ignore',
  'champion',
]);

/**
 * Cue lemmas that only report when followed by a that-clause, a quote or a
 * colon (with a plain object they are ordinary verbs: "she read the book").
 */
export const CLAUSE_ONLY_LEMMAS = new Set([
  'continue',
  'read',
  'hear',
  'learn',
  'understand',
  'post',
  'point',
  'decide',
  'determine',
  'calculate',
  'project',
  'signal',
  'feel',
  'know',
  'find',
  'repeat',
  'echo',
  'recall',
  'confess',
  'think',
  'add',
  'write',
  'reply',
  'respond',
  'agree',
  'remark',
  'observe',
  'conclude',
  'expect',
  'fear',
  'worry',
  'doubt',
  'suspect',
  'speculate',
  'testify',
  'inform',
  'remind',
  'tweet',
  'complain',
  'boast',
  'brag',
]);

/**
 * Base forms of cue lemmas that after a plural noun are more often a noun, a preposition or a description than a
 * stance: "issues like X", "the news release", "maps outline the route", "the speeches offer a preview".
 */
export const NOUN_LIKE_BASE_FORMS: ReadonlySet<string> = new Set(['like', 'release', 'offer', 'outline', 'view']);

/**
 * Verbs of judging that report a stance only with a predicate: "voters see the plan as a failure", "the pier is
 * considered unsafe" (not "saw the film", "considered the offer").
 */
export const REGARD_LEMMAS: ReadonlySet<string> = new Set(['see', 'consider', 'regard', 'view', 'perceive']);

/**
 * Heads of subjects whose "found" states a finding even with a plain object: "the survey found the mayor ahead",
 * "researchers found little evidence" (a person's "found a coat" is no claim).
 */
export const FINDING_SOURCES: ReadonlySet<string> = new Set([
  'poll',
  'survey',
  'study',
  'report',
  'analysis',
  'audit',
  'inquiry',
  'investigation',
  'review',
  'paper',
  'research',
  'researcher',
  'probe',
  'census',
]);

/** Words naming a share of a group, which may stand for the group as a subject: "a third say", "half believe". */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'third',
  'thirds',
  'quarter',
  'quarters',
  'half',
  'fifth',
  'fifths',
  'majority',
]);

/** What a share of those polled does ("six in 10 say", "a third believe"); other words after a number are nouns. */
export const POLL_ANSWER_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'think',
  'believe',
  'expect',
  'want',
  'feel',
  'fear',
  'worry',
  'doubt',
]);

/**
 * Clause-only cues whose plain object is still what was published: "tweeted her thanks", "tweeted a photo of the
 * pier" ("wrote" is not one: "wrote the letter on Monday" names a document, not what it says).
 */
export const PUBLISHING_LEMMAS: ReadonlySet<string> = new Set(['tweet']);

/**
 * Verbs that with "back" report a retort, when a that-clause or a quote follows: "shot back that C", "fired back:
 * “C”", "wrote back, “C”" (not "the ferry shot back into the harbour", "hit back at critics").
 */
export const RETORT_LEMMAS: ReadonlySet<string> = new Set([
  'shoot',
  'fire',
  'hit',
  'snap',
  'strike',
  'write',
  'answer',
  'text',
  'email',
]);

/** Cues that take the addressee as object before the content: "told reporters that". */
export const ADDRESSEE_LEMMAS = new Set([
  'tell',
  'inform',
  'assure',
  'warn',
  'remind',
  'brief',
  'urge',
  'ask',
  'promise',
]);

/** Words that open an indirect question or a relative clause: "asked whether", "said what". */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'what',
  'why',
  'how',
  'who',
  'when',
  'where',
  'which',
]);

/**
 * Verbs of plain speech whose indirect content, when it is only "it", "that" or "this" ("I said it", "who told you
 * that?"), points back at something already said rather than stating anything (measured on polnear-train: 1 in 6 was
 * a claim). Stance verbs are left out: "opposed it" is a stance of its own. "so" stays a content ("says so").
 */
export const PLAIN_SPEECH_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell']);
export const ANAPHORIC_CONTENTS: ReadonlySet<string> = new Set(['it', 'that', 'this']);

/** Cues that deny the content. */
export const DENY_LEMMAS = new Set(['deny', 'reject', 'dismiss', 'refute', 'dispute']);

/** Nouns naming a statement: "a statement suggesting", "X's claim that", "rejected claims that". */
export const STATEMENT_NOUNS = new Set([
  'statement',
  'claim',
  'claims',
  'assertion',
  'assertions',
  'allegation',
  'allegations',
  'announcement',
  'warning',
  'belief',
  'view',
  'suggestion',
  'accusation',
  'accusations',
  'insistence',
  'contention',
  'argument',
  'assessment',
  'report',
  'reports',
  'message',
  'letter',
  'post',
  'tweet',
]);

/**
 * Heads of speaker noun phrases that name a role rather than a person, each
 * with whether an unnamed speaker so headed stays anonymous ("a source" yes,
 * "the minister" no: the text usually names the minister elsewhere).
 */
const ROLES: ReadonlyArray<readonly [string, boolean]> = [
  ['source', true],
  ['sources', true],
  ['official', true],
  ['officials', true],
  ['diplomat', true],
  ['diplomats', true],
  ['insider', true],
  ['insiders', true],
  ['aide', true],
  ['aides', true],
  ['person', true],
  ['people', true],
  ['officer', true],
  ['officers', true],
  ['spokesman', true],
  ['spokeswoman', true],
  ['spokesperson', true],
  ['representative', true],
  ['representatives', true],
  ['analyst', false],
  ['analysts', false],
  ['expert', false],
  ['experts', false],
  ['witness', true],
  ['witnesses', true],
  ['resident', false],
  ['residents', false],
  ['member', false],
  ['members', false],
  ['adviser', false],
  ['advisers', false],
  ['advisor', false],
  ['advisors', false],
  ['director', false],
  ['head', false],
  ['chief', false],
  ['minister', false],
  ['secretary', false],
  ['leader', false],
  ['leaders', false],
  ['commander', false],
  ['lawmaker', false],
  ['lawmakers', false],
  ['investigator', true],
  ['investigators', true],
  ['agent', true],
  ['agents', true],
  ['staffer', true],
  ['staffers', true],
  ['professor', false],
  ['president', false],
  ['chairman', false],
  ['chairwoman', false],
  ['spokespeople', false],
  ['strategist', false],
  ['strategists', false],
  ['operative', true],
  ['operatives', true],
];

/** Quantifiers that head a partitive speaker ("one of the sources", "most of the miners"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'one',
  'some',
  'many',
  'most',
  'several',
  'all',
  'none',
  'each',
  'both',
  'two',
  'three',
  'few',
  'any',
  'majority',
  'half',
  'number',
  'dozens',
  'four',
]);

/** Verbs that give a name, whose past participle after a noun phrase names it: "a group called the League". */
export const NAMING_LEMMAS: ReadonlySet<string> = new Set(['call', 'title', 'name', 'dub', 'label', 'nickname']);

/**
 * Nouns that speak for an organisation although WordNet files them under acts or events: "the campaign said",
 * "her campaign announced".
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(['campaign']);

/** Role heads of speaker noun phrases (quantifiers included: "one of the aides"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...ROLES.map(([word]) => word), ...QUANTIFIERS]);

/** Role heads that leave a speaker anonymous when no name comes with them. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  ROLES.filter(([, anonymous]) => anonymous).map(([word]) => word),
);

/** Words in the content (or cue) that hedge it. */
export const HEDGE_WORDS = new Set([
  'allegedly',
  'reportedly',
  'purportedly',
  'supposedly',
  'apparently',
  'possibly',
  'perhaps',
  'presumably',
  'seemingly',
  'probably',
  'likely',
  'may',
  'might',
  'suggesting',
  'suggests',
  'suggested',
  'unconfirmed',
  'unverified',
  'alleged',
]);

/** Well-known news outlets, for `via` when the entity stage has not typed an outlet as media. */
export const OUTLETS = [
  'Reuters',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Agence France Presse',
  'Bloomberg',
  'CNN',
  'BBC',
  'Al Jazeera',
  'Al Arabiya',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'Washington Post',
  'The Wall Street Journal',
  'Wall Street Journal',
  'The Guardian',
  'Financial Times',
  'NBC',
  'NBC News',
  'ABC',
  'ABC News',
  'CBS',
  'CBS News',
  'Fox News',
  'MSNBC',
  'NPR',
  'Politico',
  'Axios',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Xinhua',
  'IRNA',
  'Tasnim',
  'Fars',
  'Anadolu',
  'Kyiv Independent',
  'Ukrainska Pravda',
  'Meduza',
  'Haaretz',
  'Times of Israel',
  'Der Spiegel',
  'Le Monde',
  'EFE',
  'DPA',
  'ANSA',
  'Kyodo',
  'Yonhap',
];

/** Participles of cue verbs that continue a clause: "…, adding that C". */
export function isParticipleCue(lower: string): boolean {
  return lower.endsWith('ing');
}

/** Days, months and relative time words that may sit between a cue and its content. */
export const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'earlier',
  'later',
  'recently',
  'last',
  'previously',
  'again',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'then',
]);

/** Word lists keyed by the preposition that follows the word, written as space-separated words. */
function byPreposition(lists: Record<string, string>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(lists).map(([prep, list]) => [prep, new Set(list.split(' '))]));
}

/**
 * Stance verbs whose prepositional object is what the stance is about: "railed against the deal",
 * "talked about the border", "vouched for her". Lemmas, by preposition.
 */
export const STANCE_VERBS = byPreposition({
  about:
    'talk speak complain joke worry boast brag muse write tweet testify rant fret warn argue comment care gush rave grumble groan gripe moan whine reminisce open',
  of: 'speak talk warn approve disapprove despair boast complain',
  for: 'advocate vouch argue lobby plead root push press clamor clamour stump apologize apologise',
  on: 'comment remark reflect dwell harp elaborate opine insist expound touch double weigh pounce',
  against: 'rail argue warn speak protest inveigh lobby testify fight lash push rule come',
  with: 'agree disagree side sympathize sympathise empathize empathise concur',
  over: 'fret agonize agonise clash spar bicker tussle quarrel feud',
  at: 'bristle scoff balk marvel lash',
});

/**
 * Attitude adjectives after a linking verb: "is skeptical of the plan", "was upbeat about his chances".
 * Participles that read as states ("worried", "focused", "divided") are listed with them.
 */
export const STANCE_ADJECTIVES = byPreposition({
  about:
    'quiet silent upbeat worried hopeful nervous vocal passionate skeptical sceptical concerned optimistic pessimistic anxious excited enthusiastic confident angry unsure uneasy cautious candid adamant bullish bearish emphatic wary doubtful defensive sanguine ambivalent upset furious outspoken',
  of: 'skeptical sceptical critical supportive wary tired sick proud fond enamored enamoured appreciative dismissive contemptuous suspicious scornful protective leery respectful aware complimentary tolerant ashamed afraid fearful',
  for: 'grateful thankful',
  with: 'comfortable uncomfortable frustrated satisfied dissatisfied unhappy happy pleased impressed disappointed displeased bored thrilled',
  on: 'focused bullish bearish keen divided split united unified silent quiet vocal outspoken',
  to: 'opposed sympathetic hostile receptive averse resistant favorable favourable',
  over: 'worried concerned divided split angry upset furious',
  at: 'angry furious frustrated upset outraged',
});

/** Stance nouns whose holder is a possessor or the subject of a light verb: "her criticism of", "raised concerns about". */
export const STANCE_NOUNS = byPreposition({
  about:
    'concern concerns question questions doubt doubts worry worries fear fears comment comments remark remarks complaint complaints warning warnings reservations misgivings optimism pessimism skepticism scepticism enthusiasm thoughts feelings claim claims statement statements words joke jokes tweet tweets message messages',
  of: 'support view vision accusation accusations characterization portrayal mention criticism criticisms critique critiques endorsement endorsements praise defense defence embrace rejection condemnation denunciation backing approval disapproval dismissal assessment',
  on: 'attacks criticism comments thoughts remarks statement statements words attack comment praise',
  against:
    'attacks campaign argument warning warnings swipe swipes protest protests tirade rant attack stance allegations accusations',
  at: 'swipe swipes dig digs jab jabs aim fun',
  to: 'opposition hostility reference references tribute congratulations reply',
  with: 'agreement disagreement frustration displeasure discomfort discontent dissatisfaction impatience issue',
  over: 'concern concerns anger outrage frustration fears worries',
});

/** Nouns naming someone by the stance they hold: "a fierce critic of the deal", "a supporter of Mr. Cruz". */
export const STANCE_AGENT_NOUNS = byPreposition({
  of: 'supporter supporters critic critics proponent proponents opponent opponents advocate advocates champion champions defender defenders backer backers admirer admirers detractor detractors skeptic skeptics fan fans foe foes booster boosters',
});

/** Nouns that, after "in", make a phrase of stance: "voted in favor of", "came out in support of". */
export const STANCE_IN_NOUNS = byPreposition({
  of: 'favor favour support defense defence praise',
  to: 'opposition',
});

/** Verbs whose object names a stance its subject holds or voices: "expressed concerns about", "raised questions about". */
export const LIGHT_STANCE_VERBS: ReadonlySet<string> = new Set(
  'express voice raise ask pose offer take poke pay lend give throw air level launch renew reiterate deliver issue register share have make step ramp intensify pledge declare announce unleash mount heap avoid show'.split(
    ' ',
  ),
);

/**
 * Common nouns that can hold a stance besides the speaker roles: people and the bodies they form ("voters
 * are wary of", "the campaign's attacks on"), unlike "the discussion focused on" or "the report's criticism of".
 */
export const STANCE_HOLDER_NOUNS: ReadonlySet<string> = new Set(
  'voters voter critics critic supporters supporter opponents opponent candidate candidates conservatives liberals progressives activists activist donors delegates senator senators governor mayor congressman congresswoman administration government campaign party committee court judge justices lawyers lawyer economists democrats republicans americans residents workers parents women men leaders member members group groups organizers protesters clergy bishops agency organization newspaper network union unions coalition'.split(
    ' ',
  ),
);

/** Verbs whose subject also does what the infinitive after them says: "wants to talk about". */
export const CONTROL_LEMMAS: ReadonlySet<string> = new Set([
  'want',
  'plan',
  'continue',
  'start',
  'begin',
  'refuse',
  'decline',
  'hope',
  'try',
  'prefer',
  'promise',
  'like',
  'love',
  'intend',
  'vow',
  'pledge',
  'need',
  'seem',
  'appear',
]);

/**
 * Verbs of belief, wish and intention: told inside another claim's content ("said they want it", "argued that
 * voters who think C …") they are part of what that speaker says, a state of mind the report describes, which
 * the news annotators do not take apart as a claim of its own.
 */
export const MENTAL_STATE_LEMMAS: ReadonlySet<string> = new Set([
  'want',
  'think',
  'believe',
  'plan',
  'know',
  'like',
  'hope',
  'expect',
  'intend',
  'seek',
  'feel',
  'fear',
  'prefer',
  'wish',
  'worry',
]);

/**
 * Verbs of taking a side: inside another claim's content ("said the voters who backed her …", "found that most
 * voters support C") they describe the people the report is about, not something those people are said to say.
 */
export const ALLEGIANCE_LEMMAS: ReadonlySet<string> = new Set(['support', 'back', 'endorse', 'oppose']);

/**
 * Verbs of refusing: inside another claim's content ("said the unions they declined to join …", "argued that
 * if he refuses to answer …") they tell what someone did, part of the report, not a claim of its own.
 */
export const REFUSAL_LEMMAS: ReadonlySet<string> = new Set(['decline', 'refuse']);

/**
 * Words opening a clause that is the background of a statement, not a statement: a condition ("if", "unless"),
 * a reason ("because", "since"), a time limit ("before", "until", "once") or a question ("whether", "how",
 * "why"). A cue in such a clause inside another claim's content ("said he would resign if the board asked
 * him to") tells nothing its speaker is said to have said.
 */
export const BACKGROUND_SUBORDINATORS: ReadonlySet<string> = new Set([
  'if',
  'unless',
  'because',
  'since',
  'before',
  'until',
  'once',
  'whether',
  'how',
  'why',
]);

/**
 * Verbs that bring their object to do what the infinitive after it says, without saying it themselves: "the loss led
 * some allies to worry whether", "the remark prompted him to declare" (the object speaks, not the subject).
 */
export const OBJECT_CONTROL_LEMMAS: ReadonlySet<string> = new Set([
  'lead',
  'prompt',
  'cause',
  'force',
  'drive',
  'leave',
  'spur',
  'inspire',
  'compel',
  'provoke',
  'allow',
  'embolden',
  'motivate',
]);

/**
 * Cue lemmas that with a plain object name a deed more often than a statement ("to release his returns", "to sign the
 * bill", "to claim the nomination"): in an infinitive they report only with a that-clause or a quote.
 */
export const DEED_LEMMAS: ReadonlySet<string> = new Set([
  'release',
  'sign',
  'file',
  'offer',
  'seek',
  'order',
  'approve',
  'claim',
  'view',
  'show',
  'charge',
  'deny',
  'recommend',
]);

/** Adjectives whose subject does what the infinitive after them says: "was eager to talk about". */
export const CONTROL_ADJECTIVES: ReadonlySet<string> = new Set([
  'eager',
  'happy',
  'willing',
  'reluctant',
  'quick',
  'ready',
  'careful',
  'unwilling',
  'keen',
  'anxious',
  'loath',
]);

/** Aspect verbs before a gerund with the same subject: "started talking about". */
export const ASPECT_LEMMAS: ReadonlySet<string> = new Set([
  'start',
  'begin',
  'keep',
  'continue',
  'stop',
  'resume',
  'quit',
]);

/**
 * Nouns naming the occasion of an act ("at a rally", "in an interview", "on his radio show"): a prepositional
 * phrase headed by one of them after an object says where the act happened, not what it was about.
 */
export const OCCASION_NOUNS = new Set([
  'interview',
  'interviews',
  'speech',
  'speeches',
  'statement',
  'rally',
  'rallies',
  'forum',
  'ruling',
  'debate',
  'debates',
  'meeting',
  'conference',
  'appearance',
  'hearing',
  'address',
  'remarks',
  'show',
  'program',
  'programme',
  'podcast',
  'broadcast',
  'briefing',
  'session',
  'summit',
  'visit',
  'stop',
  'campaign',
  'trail',
  'stump',
  'tweet',
  'post',
  'op-ed',
  'column',
  'letter',
  'video',
  'ad',
  'advertisement',
  'town',
  'hall',
  'convention',
  'dinner',
  'breakfast',
  'luncheon',
  'ceremony',
  'gathering',
]);

/**
 * Verbs whose subject sends out, puts out or spends what a participle after their object goes on to say: "the campaign
 * sent a press release saying C", "the group ran ads praising X", "she spent the speech attacking X". The participle
 * is the subject's own statement through the object, so the subject is its speaker. Not verbs of holding or receiving
 * ("held up a sign saying", "received calls saying"), where the object speaks for itself.
 */
export const PRODUCER_LEMMAS: ReadonlySet<string> = new Set([
  'send',
  'issue',
  'release',
  'launch',
  'place',
  'run',
  'publish',
  'post',
  'air',
  'put',
  'fire',
  'circulate',
  'distribute',
  'unveil',
  'deliver',
  'give',
  'make',
  'do',
  'email',
  'text',
  'write',
  'pen',
  'sign',
  'spend',
  'start',
]);

/** Particles that complete a producing verb before its object: "sent out", "fired back", "put up". */
export const PRODUCER_PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'up', 'off']);

/**
 * Prepositions of a time phrase that may stand between a subject and its verb ("Sanders on Tuesday said", "Ruiz on
 * Monday lashed out at") or open a participle phrase after its comma ("…, at one point calling X a liar").
 */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'in', 'during']);

/**
 * Auxiliaries that make a cue a supposition rather than a statement someone made: "any captain would say C",
 * "she could have told them C".
 */
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'can',
  'should',
  'must',
  'may',
  'might',
  'shall',
]);

/** Relative pronouns that stand for a thing, not a person: "the report that found C", "an ad which says C". */
export const THING_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which']);

/** Quantifiers that alone stand for a group as a subject: "both think", "most support", "many want". */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'most', 'many', 'some', 'others', 'few']);

/** Plural nouns without the plural "-s" or "-men": "people say", "children want". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children']);

/**
 * Verbs that with their particle voice or treat a view, the particle's object being what is voiced: "laid out his
 * plan", "brushed off the report", "played down the risk", "walked back his remarks", "pointed out the flaw".
 * Lemma to particle.
 */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['lay', 'out'],
  ['spell', 'out'],
  ['single', 'out'],
  ['play', 'down'],
  ['brush', 'off'],
  ['shrug', 'off'],
  ['laugh', 'off'],
  ['wave', 'off'],
  ['tick', 'off'],
  ['walk', 'back'],
  ['bring', 'up'],
  ['sum', 'up'],
  ['talk', 'up'],
]);
