import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseWithNames, phraseText } from '../../../test/helpers/pipeline-fixture.js';

// sentence -> the first clause whose verb has this lemma: subject, object, prepositions, flags
const clauses: { text: string; verb: string; subject?: string; object?: string; preps?: string[]; negated?: boolean; passive?: boolean; tense?: string; complement?: string; subjectFrom?: string }[] = [
  // ", a move Germany called ...": the name after the aside's noun is a new clause's subject
  { text: 'Iran suspended its cooperation, a move Germany called a devastating signal.', verb: 'call', subject: 'Germany', object: 'a devastating signal', tense: 'past' },
  { text: 'China banned the imports, in a move Japan condemned.', verb: 'condemn', subject: 'Japan', tense: 'past' },
  // a plural's possessive before a participle still owns the phrase; "dead" after "shot" is no word of the object
  { text: "Troops arrested the guerrillas' masked leader.", verb: 'arrest', subject: 'Troops', object: "the guerrillas' masked leader", tense: 'past' },
  { text: 'Police shot dead two protesters.', verb: 'shoot', subject: 'Police', object: 'two protesters', tense: 'past' },
  // a grading adverb after a possessive stays in the phrase ("the country's most senior cleric")
  { text: "Bahrain stripped the country's most senior Shi'ite cleric of his citizenship.", verb: 'strip', subject: 'Bahrain', object: "the country's most senior Shi'ite cleric", tense: 'past' },
  // "dead" after a passive verb comes before its prepositions; a sniper is an armed attacker
  { text: 'The prime minister was shot dead by a sniper outside the government building.', verb: 'shoot', subject: 'The prime minister', preps: ['by:a sniper', 'outside:the government building'], passive: true, tense: 'past' },
  // ", and" with a verb after the second phrase opens a clause, even after "until"
  { text: 'Troops surrounded the building until dawn, and the attackers were taken into custody.', verb: 'take', subject: 'the attackers', passive: true, tense: 'past' },
  // a coordination right after a word that opens a clause is that clause's subject
  { text: 'Washington eased sanctions, a day after the government and the opposition signed an agreement.', verb: 'sign', subject: 'the government and the opposition', object: 'an agreement', tense: 'past' },
  { text: 'Chinese President Xi Jinping held talks with Ukrainian President Volodymyr Zelensky.', verb: 'hold', subject: 'Chinese President Xi Jinping', object: 'talks', preps: ['with:Ukrainian President Volodymyr Zelensky'], tense: 'past' },
  { text: 'Moscow and Beijing reaffirmed their readiness to strengthen cooperation.', verb: 'reaffirm', subject: 'Moscow and Beijing', object: 'their readiness', complement: 'to-infinitive' },
  { text: 'Iran did not agree to the proposal.', verb: 'agree', subject: 'Iran', negated: true },
  { text: 'Three protesters were arrested by police in Colombo on Monday.', verb: 'arrest', subject: 'Three protesters', passive: true, preps: ['by:police', 'in:Colombo', 'on:Monday'] },
  // after a relative pronoun, a form in "-s" before its object is the verb
  { text: 'The assault in the mountainous region, which borders Afghanistan, followed the killing.', verb: 'border', subject: 'the mountainous region', object: 'Afghanistan', tense: 'present' },
  // harm done goes with the attack told just before it, even in a clause set off by "after"
  { text: 'Pakistan shut the routes after NATO jets attacked two checkpoints, killing 24 soldiers.', verb: 'kill', subjectFrom: 'attack', object: '24 soldiers', tense: 'present' },
  // a speech act joined after a past perfect inside a clause of what someone felt is that someone's
  { text: 'Guterres regretted that efforts to avoid an escalation had failed and urged both sides to exercise restraint.', verb: 'urge', subjectFrom: 'regret', object: 'both sides', complement: 'to-infinitive', tense: 'past' },
  // ... and so is a verb joined after a participle read as a clause inside what was said; a clause opened by "while" keeps its own subject
  { text: 'Villagers said the new line would leave their homes and a key road exposed to Azerbaijani troops, and accused Prime Minister Nikol Pashinyan of giving away land.', verb: 'accuse', subjectFrom: 'say', object: 'Prime Minister Nikol Pashinyan', tense: 'past' },
  { text: 'The embassy said Georgia had moved backwards, while the European Union urged restraint and called on the government to resolve the crisis.', verb: 'call', subjectFrom: 'urge', complement: 'to-infinitive', tense: 'past' },
  // a quotation mark or a predeterminer before the object does not hide it
  { text: 'Karimov blamed "religious extremists" for the attacks.', verb: 'blame', subject: 'Karimov', object: 'religious extremists', tense: 'past' },
  { text: "The president sacked all the country's judges.", verb: 'sack', subject: 'The president', object: "the country's judges", tense: 'past' },
  // a form that is only a participle, after a phrase, tells about it; the phrase is the next verb's subject (past a particle)
  { text: 'Senegalese troops flown in at the request of President Vieira fought rebel soldiers in the capital.', verb: 'fight', subject: 'Senegalese troops', object: 'rebel soldiers', tense: 'past' },
  // a subject quoted whole keeps its verb; a quoted sentence's last phrase is not the next verb's subject ("my constitution" did not throw)
  { text: 'Police opened fire after "hooligans" set fire to the town hall.', verb: 'set', subject: 'hooligans', object: 'fire', tense: 'past' },
  { text: 'Protesters chanting "Don\'t touch my constitution" threw stones at police.', verb: 'throw', object: 'stones', tense: 'past' },
  // a participle on a counted crowd tells about it; the next past verb is the crowd's, not a participle on the slogans
  { text: 'Outside, tens of thousands of protesters chanting anti-war slogans marched through central Ankara.', verb: 'march', subject: 'tens', preps: ['through:central Ankara'], tense: 'past' },
  // "by" and a gerund say how, not by whom: no passive
  { text: 'Militants attacked army posts, and troops responded by pounding the camp with artillery.', verb: 'respond', subject: 'troops', passive: false, tense: 'past' },
  { text: 'Nigerian soldiers had killed at least 12 peaceful protesters in Lagos.', verb: 'kill', subject: 'Nigerian soldiers', object: '12 peaceful protesters', preps: ['in:Lagos'] },
  { text: 'Germany will send tanks to Ukraine.', verb: 'send', subject: 'Germany', object: 'tanks', preps: ['to:Ukraine'], tense: 'future' },
  { text: 'The sides agreed to strengthen cooperation in the region.', verb: 'agree', subject: 'The sides', complement: 'to-infinitive' },
  { text: 'Qin Gang, China\'s foreign minister, met Lavrov in New Delhi.', verb: 'meet', subject: 'Qin Gang', object: 'Lavrov' },
  // one role set off after a list of names tells about the last; the list is the subject
  { text: 'President Filipe Nyusi and Ossufo Momade, leader of the former rebel movement Renamo, signed a peace agreement.', verb: 'sign', subject: 'President Filipe Nyusi and Ossufo Momade', object: 'a peace agreement' },
  // a role set off before the name it is, its head read as an adjective by the tagger ("chief")
  { text: 'Guinea-Bissau\'s army chief of staff, General Verissimo Correia Seabra, detained President Kumba Yala.', verb: 'detain', subject: 'Guinea-Bissau\'s army chief', object: 'President Kumba Yala' },
  // ", and" then a phrase, a bracketed short name and a verb opens a new clause
  { text: 'Portugal condemned the coup, and the Economic Community of West African States (ECOWAS) said it would send a delegation.', verb: 'condemn', subject: 'Portugal', object: 'the coup' },
  { text: 'The African Union condemned the coup, and France, the former colonial power, said it was sending troops.', verb: 'condemn', subject: 'The African Union', object: 'the coup' },
  { text: 'The United States condemned the takeover, and its envoy to the Organization of American States, Luis Lauredo, warned that Washington would cut off aid.', verb: 'condemn', subject: 'The United States', object: 'the takeover' },
  // a name, an aside with a relative clause of its own, then the verb
  { text: 'Georgescu, an outsider who topped the first round, denounced the ruling.', verb: 'denounce', subject: 'Georgescu', object: 'the ruling' },
  // a nickname in quotes is inside the name; a graded participle modifies the head
  { text: "Marines captured Joaquin 'El Chapo' Guzman on Saturday.", verb: 'capture', subject: 'Marines', object: "Joaquin 'El Chapo' Guzman" },
  { text: "Police arrested the country's most wanted man.", verb: 'arrest', subject: 'Police', object: "the country's most wanted man" },
  { text: 'Rebels attacked the democratically elected government.', verb: 'attack', subject: 'Rebels', object: 'the democratically elected government' },
  // a name's hyphenated tail the tagger reads as a preposition ends the name
  { text: 'South Korean President Moon Jae-in met Kim Jong Un.', verb: 'meet', subject: 'South Korean President Moon Jae-in', object: 'Kim Jong Un' },
  { text: 'Moon Jae-in met Kim Jong Un.', verb: 'meet', subject: 'Moon Jae-in', object: 'Kim Jong Un' },
  // a participle modifier before a hyphenated one; a whole phrase quoted after its determiner
  { text: 'May suspended all planned high-level contacts with Moscow.', verb: 'suspend', subject: 'May', object: 'all planned high-level contacts', preps: ['with:Moscow'] },
  { text: 'Biden condemned an "unprovoked and unjustified attack" on Ukraine.', verb: 'condemn', subject: 'Biden', object: 'an "unprovoked and unjustified attack"', preps: ['on:Ukraine'] },
  // after "to", a form in "-s" is a plural noun; a participle after a finite past verb modifies its object
  { text: 'Tsipras bowed to demands for new austerity measures.', verb: 'bow', subject: 'Tsipras', preps: ['to:demands', 'for:new austerity measures'] },
  { text: 'Putin met ousted leader Viktor Yanukovych.', verb: 'meet', subject: 'Putin', object: 'ousted leader Viktor Yanukovych' },
  // a name, an aside between commas that is not an appositive phrase alone, then the verb
  { text: 'Blinken, the U.S. secretary of state, met Xi Jinping in Beijing.', verb: 'meet', subject: 'Blinken', object: 'Xi Jinping' },
  // the tagger's adjective "mediated" before "by" and its agent is a reduced relative
  { text: 'The two sides agreed to a ceasefire after talks mediated by China.', verb: 'mediated', subject: 'talks', passive: true, preps: ['by:China'] },
  { text: 'Blinken, the most senior U.S. official to visit China in five years, met Xi Jinping in Beijing.', verb: 'meet', subject: 'Blinken', object: 'Xi Jinping' },
  { text: 'Mazloum Abdi, commander of the Syrian Democratic Forces, signed an agreement.', verb: 'sign', subject: 'Mazloum Abdi', object: 'an agreement' },
  { text: 'Xi assured Zelensky that Beijing would make efforts to end the conflict.', verb: 'assure', subject: 'Xi', object: 'Zelensky', complement: 'that' },
  { text: 'Russia is ready to maintain close contacts with China.', verb: 'be', subject: 'Russia', complement: 'to-infinitive' },
  // a chain of prepositional phrases before the verb is skipped back to its host; a time adjunct keeps the infinitive linked
  // coordinated modifiers stay in one phrase even when the tagger reads one as a verb
  { text: "Ithilen's awful and cool minister Calimehtar warned of the prince.", verb: 'warn', subject: "Ithilen's awful and cool minister Calimehtar" },
  // past-tense verbs the tagger reads as nouns
  { text: 'The army rescued 20 hostages.', verb: 'rescued', subject: 'The army', object: '20 hostages', tense: 'past' },
  { text: 'The militia abducted two aid workers.', verb: 'abducted', subject: 'The militia', object: 'two aid workers', tense: 'past' },
  { text: 'Polish and NATO aircraft shot down Russian drones.', verb: 'shoot', subject: 'Polish and NATO aircraft', object: 'Russian drones', tense: 'past' },
  { text: 'Police shot dead 19 protesters.', verb: 'shoot', subject: 'Police', tense: 'past' },
  // "step down" after a bare subject is the verb of what was asked, not a noun
  { text: 'Protesters demanded that Hasina step down.', verb: 'demand', subject: 'Protesters', complement: 'that' },
  { text: 'Crowds demanded both leaders step down.', verb: 'step', subject: 'both leaders' },
  // an existential "there" opens what was said
  { text: 'Kerry said there was no justification for the coup.', verb: 'say', subject: 'Kerry', complement: 'that' },
  // an adverbial gerund shares the governing clause's subject; a complement gerund does not
  { text: 'Blinken arrived in Cairo after visiting Israel.', verb: 'visit', object: 'Israel', subjectFrom: 'arrive' },
  { text: 'Fidan spoke after meeting Swedish Foreign Minister Tobias Billstrom.', verb: 'meeting', object: 'Swedish Foreign Minister Tobias Billstrom', subjectFrom: 'speak' },
  { text: 'Pakistan accused India of violating the ceasefire.', verb: 'violate', object: 'the ceasefire' },
  // a verb of state, an adjective, then "to": the infinitive is its complement
  { text: 'The United States stood ready to assist Haiti.', verb: 'stand', subject: 'The United States', complement: 'to-infinitive' },
  // a verb in the middle of a series closed by "and" shares the series' subject; one of another tense does not
  { text: 'Turkey recalled its ambassador from Israel, cancelled three joint military exercises and demanded an emergency session.', verb: 'cancel', object: 'three joint military exercises', subjectFrom: 'recall' },
  { text: 'The rebels seized the town, killed two soldiers and burned the market.', verb: 'kill', object: 'two soldiers', subjectFrom: 'seize' },
  // a name, then "the ..." and a noun closed by a comma before the verb, is the name and what it is
  { text: "China, the North's main ally and trading partner, said it opposed the test.", verb: 'say', subject: 'China', complement: 'that' },
  { text: 'France, Germany and Italy said they opposed the plan.', verb: 'say', subject: 'France, Germany and Italy', complement: 'that' },
  // a per cent sign stays in its number's phrase
  { text: 'Trump said he would impose a 50% tariff on imports from Brazil.', verb: 'impose', subject: 'he', object: 'a 50% tariff', preps: ['on:imports', 'from:Brazil'] },
  // an appositive role with its "of" phrase ("X, leader of Y,"): the name is still the subject
  { text: 'Kim Jong Un, leader of North Korea, met Putin.', verb: 'meet', subject: 'Kim Jong Un', object: 'Putin' },
  // ", and" before a name and a verb (an adverb between) opens a clause, not a list
  { text: 'France recalled its ambassador for consultations, and Norway temporarily closed its embassy there.', verb: 'close', subject: 'Norway', object: 'its embassy' },
  // after a verb of phase or ending, a bare "-ing" form is what it governs, by its subject; after other verbs it is not
  { text: 'Russia ceased supplying gas to Moldova.', verb: 'supply', object: 'gas', preps: ['to:Moldova'], subjectFrom: 'cease' },
  { text: 'Russia began shelling Kharkiv on Monday.', verb: 'shell', object: 'Kharkiv', subjectFrom: 'begin' },
  { text: 'Iran denied supplying drones to Russia.', verb: 'supply', object: 'drones' },
  { text: 'Russia ceased supplying gas to Moldova.', verb: 'cease', subject: 'Russia', complement: 'gerund' },
  // a participle after a comma continues the clause before it (the tagger's noun reading included)
  { text: 'The junta bombed a monastery in the Sagaing region, killing 23 civilians.', verb: 'kill', object: '23 civilians', subjectFrom: 'bomb' },
  { text: 'Russian forces shelled Kharkiv, wounding five people.', verb: 'wounding', object: 'five people', subjectFrom: 'shell' },
  { text: 'Israeli troops raided the camp, arresting dozens of Palestinians.', verb: 'arresting', subjectFrom: 'raid' },
  // after ", with" a short phrase and an "-ing" form the tagger read as a noun: the phrase is its subject
  { text: 'Protests turned violent on Wednesday, with police firing rubber bullets at stone-throwing crowds.', verb: 'firing', subject: 'police', object: 'rubber bullets' },
  // a verb whose "-s" form is also a noun, before "to" and a verb
  { text: 'The European Union plans to impose sanctions.', verb: 'plan', subject: 'The European Union', complement: 'to-infinitive' },
  { text: 'Britain unveiled peace plans to end the war.', verb: 'unveil', subject: 'Britain', object: 'peace plans', complement: 'to-infinitive' },
  // a relative clause between commas is skipped back to its antecedent, which is also its own subject
  { text: 'The United States, which has been pushing for a ceasefire, on Sunday accused Russia.', verb: 'accuse', subject: 'The United States', object: 'Russia' },
  { text: 'The United States, which has been pushing for a ceasefire, accused Russia.', verb: 'push', subject: 'The United States' },
  // after a naming verb's object, an adjective is what it is called, not part of the phrase
  { text: 'Von der Leyen called the diversion outrageous and illegal behaviour by the regime.', verb: 'call', subject: 'Von der Leyen', object: 'the diversion' },
  { text: 'The army special forces stormed the building.', verb: 'storm', subject: 'The army special forces' },
  // a participle set off by commas between subject and verb is skipped; not one before "before ..."
  { text: 'President Lee Myung-bak, speaking from an underground bunker, warned the North.', verb: 'warn', subject: 'President Lee Myung-bak' },
  // a quantity's lead word before the count opens the subject; "-ing" forms joined after "of" have no subject
  { text: 'About 300 soldiers and police officers had occupied the complex before dawn.', verb: 'occupy', subject: '300 soldiers and police officers', object: 'the complex' },
  { text: 'Kurti accused Belgrade of organising and financing the attack.', verb: 'finance', object: 'the attack' },
  // an "-ing" form continuing the clause before is no aside on the phrase before it; ", then" coordinates
  { text: "Armed men stormed the city's prison late on Thursday, freeing 23 businessmen, then seized the administration building.", verb: 'seize', object: 'the administration building', subjectFrom: 'storm' },
  // what a taken party was made is not a word of its phrase
  { text: 'The gunmen took six officials hostage.', verb: 'take', subject: 'The gunmen', object: 'six officials' },
  // an irregular past form the tagger read as a noun, before its object
  { text: 'Police retook the gutted buildings overnight and detained about 200 people.', verb: 'retake', subject: 'Police', object: 'the gutted buildings' },
  // an adverb grading the adjective of a noun to come stays in the phrase
  { text: 'Morocco said it regretted the completely unjustified decision.', verb: 'regret', subject: 'it', object: 'the completely unjustified decision' },
  // "which" after a preposition opens a relative clause, comma or not, when a noun and its verb follow
  { text: 'The party withdrew the bill after two nights of protests in which police fired tear gas at demonstrators.', verb: 'fire', subject: 'police' },
  // after a demand's "that" and a name, a bare verb the tagger read as a noun
  { text: 'The general demanded that China return the rifles.', verb: 'return', subject: 'China', object: 'the rifles' },
  // a head the tagger read as an adjective, then a time phrase, then the verb
  { text: 'The Philippine military chief on Wednesday accused Chinese coast guard personnel of piracy.', verb: 'accuse', subject: 'The Philippine military chief', object: 'Chinese coast guard personnel' },
  // "that" before a name or title opens a clause; an owner's decision to act is the owner's act (a plan is not)
  { text: "The Supreme Court ruled on Thursday that President Sirisena's decision to dissolve parliament was unconstitutional.", verb: 'dissolve', subject: 'President Sirisena', object: 'parliament' },
  { text: "Israel and Hamas signed off on Trump's plan to end the war.", verb: 'end', object: 'the war', subjectFrom: 'sign' },
  // after ", and", a speech act goes with the verb of saying, not with what was said
  { text: 'Liu said the shoal, which China calls Huangyan Island, was part of Chinese territory, and urged Manila not to create trouble.', verb: 'urge', object: 'Manila', subjectFrom: 'say', complement: 'to-infinitive' },
  // a name and its aside the chunker joined into one list; but a list of names before the verb is no aside
  { text: "India, Nepal's giant neighbour and a major supplier of arms to its army, said it was concerned.", verb: 'say', subject: 'India', complement: 'that' },
  // (no subject is found there, which is better than "Germany")
  { text: 'The deal, negotiated together with Britain, France, Germany, Russia and China, had eased sanctions.', verb: 'ease', object: 'sanctions' },
  // ... or a past participle; but a finite verb with a subject of its own is no aside
  { text: 'RSF commander Mohamed Hamdan Dagalo, known as Hemedti, called Burhan a criminal.', verb: 'call', subject: 'RSF commander Mohamed Hamdan Dagalo', object: 'Burhan' },
  { text: 'The M23 rebels, backed by Rwanda, seized the city of Goma.', verb: 'seize', subject: 'The M23 rebels', object: 'the city' },
  { text: 'Iran, which supports the Houthis, demanded a halt to the strikes, calling them a dangerous step.', verb: 'call', subjectFrom: 'demand', object: 'them' },
  { text: 'Troops fought along the border on Friday, killing dozens of people, before the two countries\' security chiefs agreed to a ceasefire.', verb: 'agree', subject: 'the two countries\' security chiefs' },
  // the place an attack told with its side went into is not what a relative clause on it tells of; people are
  { text: 'Ecuador protested over a Colombian military raid into Ecuadorean territory that killed a rebel commander.', verb: 'kill', subject: 'a Colombian military raid' },
  { text: 'Ecuador protested over a raid into Ecuadorean territory that killed a rebel commander.', verb: 'kill', subject: 'Ecuadorean territory' },
  { text: 'Kenyan police opened fire on protesters who stormed parliament.', verb: 'storm', subject: 'protesters' },
  // after a modal with no copula, a word read as an adjective is the verb; participles chain before a noun
  { text: 'Israel will free around 2,000 Palestinian prisoners.', verb: 'free', subject: 'Israel', tense: 'future' },
  { text: 'Hamas is due to release the remaining living hostages.', verb: 'release', object: 'the remaining living hostages', subjectFrom: 'be' },
  // a bare participle after the previous verb's object, with no object of its own, is what was done to it
  { text: 'Police arrested three activists accused of plotting a coup.', verb: 'accuse', subject: 'three activists', passive: true },
  { text: 'Police said three activists attacked the mayor.', verb: 'attack', subject: 'three activists', object: 'the mayor' },
  // a past participle after an adjective that heads a phrase is the verb
  { text: "Guinea-Bissau's military seized power on Wednesday.", verb: 'seize', subject: "Guinea-Bissau's military", object: 'power' },
  { text: 'The government accused armed groups of attacks.', verb: 'accuse', subject: 'The government', object: 'armed groups' },
  // after a comma, "and" does not coordinate with a subordinate clause set off before it
  { text: 'The army seized power on Wednesday, a day before results were due, and detained the president.', verb: 'detain', subjectFrom: 'seize' },
  // a past verb joined after a copula inside what was said continues the report
  { text: 'Hamas said the strike was a violation of the truce and called on mediators to intervene.', verb: 'call', subjectFrom: 'say', complement: 'to-infinitive' },
  { text: 'The ministry said it had summoned the ambassador and demanded an explanation.', verb: 'demand', subjectFrom: 'say' },
  // ... or after a modal there, and the report in the middle of a series shares the series' subject
  { text: 'Olmert called the capture an act of war, said Lebanon would bear the consequences and promised a painful response.', verb: 'promise', subjectFrom: 'say' },
  { text: 'Olmert called the capture an act of war, said Lebanon would bear the consequences and promised a painful response.', verb: 'say', subjectFrom: 'call', complement: 'that' },
  // "that" opening a clause after a verb or a time, whatever the tagger made of it
  { text: 'Ruto said on Wednesday that police should shoot anyone.', verb: 'shoot', subject: 'police' },
  // ", and" before a phrase that a relative clause set off by commas follows opens a new clause
  { text: 'The United States recognised South Sudan, and U.N. Secretary-General Ban Ki-moon, who attended the ceremony, welcomed the new nation.', verb: 'recognize', subject: 'The United States', object: 'South Sudan' },
  { text: 'The United States recognised South Sudan, and U.N. Secretary-General Ban Ki-moon, who attended the ceremony, welcomed the new nation.', verb: 'welcome', subject: 'U.N. Secretary-General Ban Ki-moon', object: 'the new nation' },
  // a floating quantifier between subject and verb; a bare count is no conjunct of a name
  { text: 'Germany, France and Poland each expelled four diplomats.', verb: 'expel', subject: 'Germany, France and Poland', object: 'four diplomats' },
  { text: 'Canada expelled four and Ukraine expelled 13.', verb: 'expel', subject: 'Canada', object: 'four' },
  // a plural noun, then names set off by commas: the names are the subject
  { text: 'The rival candidates, Prime Minister Viktor Yanukovich and opposition leader Viktor Yushchenko, agreed to start talks.', verb: 'agree', subject: 'Prime Minister Viktor Yanukovich and opposition leader Viktor Yushchenko', complement: 'to-infinitive' },
  { text: 'China, the North\'s main ally and trading partner, said it opposed the test.', verb: 'say', subject: 'China', complement: 'that' },
  // ", in which" opens a clause whose subject is the noun after "which"; the comma after it closes it
  { text: 'India blames the assault, in which security forces killed all five gunmen, on two militant groups.', verb: 'blame', subject: 'India', object: 'the assault', preps: ['on:two militant groups'] },
  { text: 'India blames the assault, in which security forces killed all five gunmen, on two militant groups.', verb: 'kill', subject: 'security forces', object: 'all five gunmen', preps: [] },
  // a bare past form between a phrase and an agent's "by" is a passive; "by telephone" is no agent
  { text: 'More than 300 South Korean workers detained by U.S. immigration authorities will be flown home.', verb: 'detain', subject: '300 South Korean workers', passive: true, preps: ['by:U.S. immigration authorities'] },
  { text: 'Britain will return migrants under a pilot deal agreed by Starmer and Macron.', verb: 'agree', subject: 'a pilot deal', passive: true, preps: ['by:Starmer and Macron'] },
  { text: 'The Nigerian president spoke by telephone with the Japanese prime minister.', verb: 'speak', subject: 'The Nigerian president', preps: ['by:telephone', 'with:the Japanese prime minister'] },
  // a "whose" clause between commas is skipped; "A and B and C" is one list
  { text: "Viktor Orban, whose country holds the European Union's rotating presidency, met Vladimir Putin.", verb: 'meet', subject: 'Viktor Orban', object: 'Vladimir Putin' },
  { text: 'U.S. and British warplanes and warships struck Houthi targets.', verb: 'strike', subject: 'U.S. and British warplanes and warships' },
  // a verb joined after what was said, itself taking a "that" clause, reports in turn: the speaker's
  { text: "Obama said the deal cut off Iran's paths to a bomb, but warned that Washington would ratchet up the pressure.", verb: 'warn', subjectFrom: 'say', complement: 'that' },
  // an article before a quotation mark opens the quoted phrase: it is the object
  { text: 'Biden condemned what he called an "unprovoked and unjustified attack".', verb: 'call', subject: 'he', object: 'an "unprovoked and unjustified attack"' },
  // an "-ing" form after "the" with no object of its own is a noun
  { text: 'Putin called the downing "a stab in the back".', verb: 'call', subject: 'Putin', object: 'the downing' },
  // two modifiers of one noun joined by "and" make one item of a list a comma carries on
  { text: 'U.S. and British warplanes, ships and a submarine struck Houthi targets.', verb: 'strike', subject: 'U.S. and British warplanes, ships and a submarine' },
  { text: 'Russia and China, the two permanent members, rejected the draft.', verb: 'reject', subject: 'Russia and China' },
  // words after a name's short parenthesis say what the name is: the name, and the list it ends, is the subject
  { text: 'The government and the National Liberation Army (ELN) rebel group signed a ceasefire.', verb: 'sign', subject: 'The government and the National Liberation Army' },
  // after a verb of causing or asking, the object does what the infinitive says
  { text: 'Lai announced measures, prompting Beijing to accuse him.', verb: 'accuse', subject: 'Beijing', object: 'him' },
  { text: 'Bolivian soldiers led by General Juan Jose Zuniga stormed the government palace.', verb: 'storm', subject: 'Bolivian soldiers', object: 'the government palace' },
  { text: 'Gunmen who opened fire on concert-goers at the Crocus City Hall outside Moscow killed at least 133 people.', verb: 'kill', subject: 'Gunmen' },
  { text: "Japan summoned China's acting ambassador on Monday.", verb: 'summon', subject: 'Japan', object: "China's acting ambassador" },
  { text: 'Houthi rebels seized a cargo ship, saying it was Israeli-owned, and threatened to target more vessels.', verb: 'threaten', subjectFrom: 'say', complement: 'to-infinitive' },
  { text: 'Hamas gunmen stormed into southern Israel under cover of a barrage of rockets, killing hundreds of people.', verb: 'kill', subjectFrom: 'storm' },
  // an appositive after an "of" phrase belongs to the phrase's head
  { text: 'The Prime Minister of India, Narendra Modi, visited Washington.', verb: 'visit', subject: 'The Prime Minister', object: 'Washington' },
  // a clause right after the object, with its own subject, is about the object (no "that"); after a verb of saying it is what was said
  { text: 'Thailand suspended a peace declaration it signed with Cambodia.', verb: 'sign', subject: 'it', object: 'a peace declaration', preps: ['with:Cambodia'] },
  { text: 'Biden told reporters Russia would pay a price.', verb: 'tell', subject: 'Biden', object: 'reporters', complement: 'that' },
  // after "help", "let" or "make" the phrase is the object, and the subject of the bare verb after it
  { text: 'Moscow would help North Korea build satellites.', verb: 'help', subject: 'Moscow', object: 'North Korea' },
  { text: 'Moscow would help North Korea build satellites.', verb: 'build', subject: 'North Korea', object: 'satellites' },
  { text: 'Lavrov said Moscow is ready.', verb: 'say', subject: 'Lavrov', complement: 'that' },
  // a bare apostrophe after a plural in s marks a possessor; a closing quote does not
  { text: "The United Nations' top human rights official denounced the operation.", verb: 'denounce', subject: "The United Nations' top human rights official", object: 'the operation' },
  { text: "He called the charges 'baseless lies' on Monday.", verb: 'call', subject: 'He', object: 'the charges' },
  // a finite verb after "and" joins a finite one, past an infinitive or an "-ing" form
  { text: 'Belarus forced a Ryanair jet flying between two EU capitals to land and arrested a dissident journalist.', verb: 'arrest', subjectFrom: 'force', object: 'a dissident journalist' },
  // a participle after a comma skips a past form with no subject (a modifier read as a verb)
  { text: 'The military seized power in a coup against the democratically elected government of Aung San Suu Kyi, detaining her.', verb: 'detain', subjectFrom: 'seize' },
  // ", with X V-ing": X is the participle's subject, not the clause before's partner
  { text: 'Canada imposed tariffs on Tuesday, with Prime Minister Justin Trudeau accusing Washington of launching a trade war.', verb: 'accuse', subject: 'Prime Minister Justin Trudeau', object: 'Washington' },
  { text: "The envoys held talks in Muscat, with Oman's foreign minister shuttling between the delegations.", verb: 'hold', subject: 'The envoys', object: 'talks', preps: ['in:Muscat'] },
  { text: 'The envoys held talks with Oman on Saturday.', verb: 'hold', subject: 'The envoys', object: 'talks', preps: ['with:Oman', 'on:Saturday'] },
  // a verb straight after another shares its subject
  { text: 'Soldiers from Gondor will not wire tap the links.', verb: 'tap', subjectFrom: 'wire' },
  { text: 'The Kremlin rejected calls by Western leaders for a ceasefire.', verb: 'call', preps: ['by:Western leaders', 'for:a ceasefire'] },
  { text: 'The head of a commission between Russia and Ukraine called on Turkey late Sunday to host talks.', verb: 'call', subject: 'The head', preps: ['on:Turkey'], complement: 'to-infinitive' },
];

for (const row of clauses) {
  test(`clause: ${row.text}`, () => {
    const r = parse(row.text);
    const c = r.syntax!.clauses.find((x) => x.verb.lemma === row.verb);
    assert.ok(c, `no clause with verb ${row.verb}`);
    assert.equal(phraseText(r, c.subject), row.subject);
    if (row.object !== undefined) assert.equal(phraseText(r, c.object), row.object);
    if (row.preps) assert.deepEqual(c.preps.map((p) => `${p.prep}:${phraseText(r, p.np)}`), row.preps);
    assert.equal(c.verb.negated, row.negated ?? false);
    assert.equal(c.verb.passive, row.passive ?? false);
    if (row.tense) assert.equal(c.verb.tense, row.tense);
    assert.equal(c.complement?.kind, row.complement);
    assert.equal(r.syntax!.clauses.find((x) => x.id === c.subjectFrom)?.verb.lemma, row.subjectFrom);
  });
}

// sentence -> reporting frame: speaker, reporter, content, direct
const reports: { text: string; speaker?: string; reporter?: string; content: string; direct: boolean }[] = [
  { text: 'Lavrov said that Moscow is ready to talk.', speaker: 'Lavrov', content: 'Moscow is ready to talk', direct: false },
  { text: '"We will never give up," the minister told reporters.', speaker: 'the minister', content: 'We will never give up', direct: true },
  { text: 'The ministry quoted Qin as saying that China will help.', speaker: 'Qin', reporter: 'The ministry', content: 'China will help', direct: false },
  // a straight single quote after a comma closes what was said
  { text: "'We will respond,' Netanyahu said.", speaker: 'Netanyahu', content: 'We will respond', direct: false },
  { text: 'Moscow is ready to keep contacts with Beijing, the ministry cited Lavrov.', speaker: 'Lavrov', reporter: 'the ministry', content: 'Moscow is ready to keep contacts with Beijing', direct: false },
  { text: 'Turkey will host the talks, according to the Turkish Foreign Ministry.', speaker: 'the Turkish Foreign Ministry', content: 'Turkey will host the talks', direct: false },
  { text: 'Putin said some provisions could be a basis for peace.', speaker: 'Putin', content: 'some provisions could be a basis for peace', direct: false },
];

for (const row of reports) {
  test(`report frame: ${row.text}`, () => {
    const r = parse(row.text);
    const f = r.syntax!.reports[0];
    assert.ok(f, 'no report frame');
    assert.equal(phraseText(r, f.speaker), row.speaker);
    assert.equal(phraseText(r, f.reporter), row.reporter);
    assert.equal(r.doc.text.slice(f.contentStart, f.contentEnd), row.content);
    assert.equal(f.direct, row.direct);
  });
}

// negative table: no reporting frame
for (const text of ['The document underscores respect for sovereignty, which maintains peace.', 'Iran maintains close ties with Syria.']) {
  test(`no report frame: ${text}`, () => {
    assert.equal(parse(text).syntax!.reports.length, 0);
  });
}

test('coordination, possessor and appositive links', () => {
  const r = parse("Moscow and Beijing rejected Washington's plan.");
  const coordination = r.syntax!.phrases.find((p) => p.conjuncts);
  assert.equal(phraseText(r, coordination?.id), 'Moscow and Beijing');
  assert.deepEqual(coordination?.conjuncts?.map((id) => phraseText(r, id)), ['Moscow', 'Beijing']);
  const plan = r.syntax!.phrases.find((p) => p.possessor !== undefined);
  assert.equal(phraseText(r, plan?.possessor), 'Washington');
});

// known multiword names (from the actor dictionaries) are kept whole, also inside a longer phrase
const named: { text: string; names: string[]; subject: string }[] = [
  { text: 'The Calenardhon Ministry of Silly Walks condemned the attack.', names: ['Ministry of Silly Walks'], subject: 'The Calenardhon Ministry of Silly Walks' },
  { text: 'Doctors Without Borders condemned the attack.', names: ['Doctors Without Borders'], subject: 'Doctors Without Borders' },
];
for (const row of named) {
  test(`known name: ${row.text}`, () => {
    const r = parseWithNames(row.text, row.names);
    const c = r.syntax!.clauses.find((x) => x.verb.lemma === 'condemn');
    assert.equal(phraseText(r, c?.subject), row.subject);
    assert.equal(phraseText(parse(row.text), parse(row.text).syntax!.clauses.find((x) => x.verb.lemma === 'condemn')?.subject) === row.subject, false, 'without the name the phrase is split');
  });
}
