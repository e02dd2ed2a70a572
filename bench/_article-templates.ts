/**
 * Sentence templates for generated wire copy. Written for Parley's benchmark: the wording imitates
 * the register of international wire stories (dateline, attributed quotes, background paragraphs),
 * with a spread of event verbs the coder knows and many sentences it should code as nothing.
 */
import type { Random } from './_prng.js';
import type { CountryNames } from './_actor-pool.js';

/** A named official: title as printed before the name, and the name. */
export interface Official {
  readonly title: string;
  readonly name: string;
  readonly surname: string;
}

/** Everything one story's sentences may mention. */
export interface Story {
  readonly a: CountryNames;
  readonly b: CountryNames;
  readonly c: CountryNames;
  readonly leaderA: Official;
  readonly leaderB: Official;
  readonly ministerA: Official;
  readonly ministerB: Official;
  readonly spokesA: Official;
  /** An organisation with its article when it takes one ("the African Union", "NATO"). */
  readonly org: string;
  readonly group: string;
  readonly topic: string;
  /** "on Tuesday", the day of the week the story's events fall on. */
  readonly onDay: string;
  readonly month: string;
  readonly year: number;
}

export type Line = (s: Story, r: Random) => string;

/** A story type: its headline and lead paragraph belong together. */
export interface Lead {
  readonly headline: Line;
  readonly lead: Line;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const full = (country: CountryNames, o: Official): string => `${country.adjective} ${o.title} ${o.name}`;

export const FIRST_NAMES: readonly string[] = [
  'Karen', 'Daniel', 'Mei', 'Omar', 'Ana', 'Viktor', 'Amina', 'Jonas', 'Priya', 'Luis', 'Fatima', 'Kenji',
  'Elena', 'Samuel', 'Leila', 'Tomasz', 'Grace', 'Ahmed', 'Sofia', 'Ivan', 'Nadia', 'Pedro', 'Hana', 'Yusuf',
  'Maria', 'Chen', 'Olga', 'Kwame', 'Ines', 'Rahul', 'Sara', 'Mikhail', 'Aisha', 'Jorge', 'Lina', 'Hassan',
];
export const SURNAMES: readonly string[] = [
  'Holt', 'Marsh', 'Han', 'Haddad', 'Silva', 'Petrov', 'Diallo', 'Berg', 'Sharma', 'Ortega', 'Rahman', 'Sato',
  'Novak', 'Okafor', 'Karimi', 'Kowalski', 'Mensah', 'Farouk', 'Rossi', 'Volkov', 'Aziz', 'Moreno', 'Kim', 'Demir',
  'Lopez', 'Wang', 'Ivanova', 'Boateng', 'Duarte', 'Gupta', 'Nilsson', 'Orlov', 'Bello', 'Castro', 'Yilmaz', 'Nasser',
  'Tanaka', 'Mwangi', 'Laurent', 'Reyes', 'Abbas', 'Lindqvist', 'Zhou', 'Fischer', 'Mbeki', 'Costa', 'Suleiman', 'Park',
];
export const LEADER_TITLES: readonly string[] = ['President', 'Prime Minister', 'Chancellor', 'Vice President'];
export const MINISTER_TITLES: readonly string[] = [
  'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Interior Minister', 'Finance Minister', 'Energy Minister',
];
export const SPOKES_TITLES: readonly string[] = ['foreign ministry spokesman', 'government spokeswoman', 'presidential spokesman', 'army spokesman'];

export const TOPICS: readonly string[] = [
  'trade', 'border security', 'energy supplies', 'the disputed border region', 'grain exports', 'migration',
  'nuclear cooperation', 'fishing rights', 'water sharing', 'a ceasefire', 'prisoner exchanges', 'arms control',
  'climate finance', 'debt relief', 'visa rules', 'maritime boundaries', 'counter-terrorism', 'tariffs on steel',
];
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export const LEADS: readonly Lead[] = [
  {
    headline: (s) => `${s.a.adjective} and ${s.b.adjective} leaders hold talks on ${s.topic}`,
    lead: (s) => `${full(s.a, s.leaderA)} met ${full(s.b, s.leaderB)} in ${s.b.capital} ${s.onDay} for talks on ${s.topic}, the first such meeting in more than a year.`,
  },
  {
    headline: (s) => `${s.a.name}, ${s.b.name} agree to resume dialogue`,
    lead: (s) => `${s.a.name} and ${s.b.name} agreed ${s.onDay} to resume regular talks on ${s.topic}, ${s.a.adjective} officials said after a meeting of the two countries' foreign ministers.`,
  },
  {
    headline: (s) => `${s.a.name} accuses ${s.b.name} of violating ceasefire`,
    lead: (s) => `${s.a.name} ${s.onDay} accused ${s.b.name} of violating a ceasefire along their shared border, saying ${s.b.adjective} artillery had struck several villages overnight.`,
  },
  {
    headline: (s) => `${s.a.adjective} minister condemns attack on embassy`,
    lead: (s) => `${full(s.a, s.ministerA)} condemned ${s.onDay} an attack on the ${s.a.adjective} embassy in ${s.b.capital} and demanded that ${s.b.adjective} authorities find those responsible.`,
  },
  {
    headline: (s) => `${s.a.name} imposes new sanctions on ${s.b.adjective} banks`,
    lead: (s) => `${s.a.name} imposed new sanctions ${s.onDay} on three ${s.b.adjective} banks and a dozen officials it accused of helping to finance ${s.group}.`,
  },
  {
    headline: (s) => `${s.a.adjective} president to visit ${s.b.capital} next week`,
    lead: (s) => `${full(s.a, s.leaderA)} will visit ${s.b.capital} next week for talks with ${full(s.b, s.leaderB)} on ${s.topic}, the ${s.a.adjective} foreign ministry said ${s.onDay}.`,
  },
  {
    headline: (s) => `${s.a.adjective} and ${s.b.adjective} leaders speak by phone`,
    lead: (s) => `${full(s.a, s.leaderA)} spoke by telephone with ${full(s.b, s.leaderB)} ${s.onDay} and discussed ${s.topic}, according to a statement from ${s.leaderA.surname}'s office.`,
  },
  {
    headline: (s) => `${cap(s.org)} urges ${s.a.name} and ${s.b.name} to show restraint`,
    lead: (s) => `${cap(s.org)} ${s.onDay} urged ${s.a.name} and ${s.b.name} to show restraint and return to negotiations after a week of clashes in the border region.`,
  },
  {
    headline: (s) => `${s.a.name} expels two ${s.b.adjective} diplomats`,
    lead: (s) => `${s.a.name} expelled two ${s.b.adjective} diplomats ${s.onDay}, accusing them of spying, in a move that ${s.b.name} said it would answer in kind.`,
  },
  {
    headline: (s) => `${s.a.name} and ${s.b.name} sign energy deal`,
    lead: (s) => `${s.a.name} and ${s.b.name} signed an agreement ${s.onDay} to build a gas pipeline between the two countries, ${s.leaderA.title} ${s.leaderA.name} said at a news conference in ${s.a.capital}.`,
  },
  {
    headline: (s) => `${s.group} fighters attack army post in ${s.a.name}`,
    lead: (s, r) => `Fighters from ${s.group} attacked an army post in northern ${s.a.name} ${s.onDay}, killing ${r.int(3, 40)} soldiers, the ${s.a.adjective} military said.`,
  },
  {
    headline: (s) => `${s.a.adjective} police arrest protesters in ${s.a.capital}`,
    lead: (s, r) => `Police in ${s.a.capital} arrested ${r.int(12, 300)} people ${s.onDay} as thousands of protesters marched on parliament to demand the resignation of ${s.leaderA.title} ${s.leaderA.name}.`,
  },
  {
    headline: (s) => `${s.a.name} offers aid to flood-hit ${s.b.name}`,
    lead: (s, r) => `${s.a.name} ${s.onDay} offered ${s.b.name} $${r.int(2, 90)} million in emergency aid after floods that have killed more than ${r.int(20, 400)} people, ${s.a.adjective} officials said.`,
  },
  {
    headline: (s) => `${s.a.name} rejects ${s.b.adjective} demand over ${s.topic}`,
    lead: (s) => `${s.a.name} ${s.onDay} rejected a demand from ${s.b.name} to reopen talks on ${s.topic}, calling the proposal "a distraction from the real issues".`,
  },
  {
    headline: (s) => `${s.a.adjective} minister threatens retaliation over tariffs`,
    lead: (s) => `${full(s.a, s.ministerA)} threatened ${s.onDay} to retaliate against ${s.b.name} if it went ahead with new tariffs on ${s.a.adjective} steel and aluminium.`,
  },
  {
    headline: (s) => `${s.a.adjective} and ${s.b.adjective} ministers meet in ${s.c.capital}`,
    lead: (s) => `${full(s.a, s.ministerA)} and ${s.b.adjective} counterpart ${s.ministerB.name} met in ${s.c.capital} ${s.onDay} on the sidelines of a regional summit hosted by ${s.c.name}.`,
  },
  {
    headline: (s) => `${s.a.name} calls on ${s.b.name} to release detained journalists`,
    lead: (s) => `${s.a.name} ${s.onDay} called on ${s.b.name} to release two ${s.a.adjective} journalists detained last month while reporting on ${s.topic}.`,
  },
  {
    headline: (s) => `${s.a.adjective} warplanes strike targets near ${s.b.capital}`,
    lead: (s, r) => `${s.a.adjective} warplanes struck what ${s.a.name} called military targets on the outskirts of ${s.b.capital} ${s.onDay}, and ${s.b.adjective} officials said ${r.int(4, 60)} civilians were killed.`,
  },
];

export const QUOTES: readonly string[] = [
  'We had a frank and constructive conversation',
  'This is a step in the right direction, but much work remains',
  'We will not accept threats from anyone',
  'The door to dialogue remains open',
  'Our patience is not unlimited',
  'These accusations are groundless and politically motivated',
  'We expect concrete actions, not words',
  'Both sides want to avoid a wider conflict',
  'The agreement serves the interests of both our peoples',
  'We are ready to work with all our partners',
  'This attack will not go unanswered',
  'Nobody benefits from a trade war',
  'We call on the international community to act',
  'The talks were difficult but useful',
  'We have made it clear that this is a red line',
];

/** Body sentences: attributions, reactions, background; some carry events, most do not. */
export const BODY: readonly Line[] = [
  (s, r) => `"${r.pick(QUOTES)}," ${s.leaderA.surname} told reporters after the meeting.`,
  (s, r) => `"${r.pick(QUOTES)}," ${s.ministerB.surname} said in a statement.`,
  (s, r) => `"${r.pick(QUOTES)}," said ${s.spokesA.name}, a ${s.a.adjective} ${s.spokesA.title}.`,
  (s) => `${s.leaderB.surname} said ${s.b.name} was ready to expand cooperation with ${s.a.name} on ${s.topic}.`,
  (s) => `The ${s.b.adjective} foreign ministry did not immediately respond to a request for comment.`,
  (s, r) => `${s.a.name} and ${s.b.name} have been at odds over ${s.topic} since ${r.int(1995, s.year - 1)}.`,
  (s, r) => `Trade between the two countries reached $${r.int(2, 300)} billion last year, according to ${s.a.adjective} customs data.`,
  (s) => `The two sides agreed to hold another round of talks in ${s.a.capital} next month, according to a joint statement.`,
  (s) => `${s.ministerA.surname} praised the decision and said ${s.a.capital} would send a delegation to ${s.b.capital} in ${s.month}.`,
  (s) => `${s.b.name} denied the accusation and said the claims were part of a campaign to isolate it.`,
  (s) => `${cap(s.org)} said it was following the situation closely and called for calm.`,
  (s) => `Analysts said the move was unlikely to change ${s.b.adjective} policy in the short term.`,
  (s, r) => `The ${s.a.adjective} currency fell ${r.int(1, 9)}.${r.int(0, 9)} percent against the dollar after the announcement.`,
  (s) => `${s.leaderA.surname} also met opposition leaders and representatives of civil society during the visit.`,
  (s) => `${s.a.adjective} state television showed the two leaders shaking hands before the talks began.`,
  (s) => `${s.c.name} has offered to mediate between the two sides.`,
  (s) => `${s.b.adjective} officials accused ${s.a.name} of interfering in their country's internal affairs.`,
  (s) => `${s.ministerB.surname} warned that ${s.b.name} would take "all necessary measures" to protect its citizens.`,
  (s) => `The United Nations Security Council is due to discuss the crisis ${s.onDay === 'on Friday' ? 'next week' : 'on Friday'}.`,
  (s) => `${s.a.name} recalled its ambassador from ${s.b.capital} for consultations.`,
  (s, r) => `More than ${r.int(2, 90)},000 people have fled the fighting since ${s.month}, according to the U.N. refugee agency.`,
  (s) => `Diplomats said a draft agreement on ${s.topic} could be ready before the end of the year.`,
  (s) => `The ${s.a.adjective} parliament is expected to vote on the agreement in ${s.month}.`,
  (s) => `${s.group} did not claim responsibility for the attack, but ${s.a.adjective} officials blamed the group.`,
  (s) => `The ministry said the talks had covered ${s.topic}, investment and regional security.`,
  (s) => `${s.spokesA.name}, the ${s.spokesA.title}, said the government had "no plans" to change course.`,
  (s, r) => `Earlier this year, ${s.a.name} and ${s.b.name} signed ${r.int(3, 15)} cooperation agreements covering health, education and transport.`,
  (s) => `${s.b.name}'s ambassador to ${s.a.name} was summoned to the foreign ministry to receive a formal protest.`,
  (s) => `The European Union welcomed the agreement and said it hoped it would lead to lasting peace.`,
  (s, r) => `Rescue workers were still searching for survivors late on ${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`,
  (s) => `${s.leaderB.surname} is expected to travel to ${s.c.capital} later this month for a summit of regional leaders.`,
  (s) => `It was not clear whether the two leaders had discussed ${s.topic}.`,
  (s) => `Opposition parties in ${s.b.name} criticised the government for failing to consult parliament.`,
  (s) => `${s.a.adjective} troops have been deployed along the border since ${s.month} last year.`,
];

/** Short trailing lines wire copy ends with (editor credits); the segmenter is told to skip these. */
export const CREDITS: readonly Line[] = [
  (s, r) => `(Reporting by ${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)} in ${s.a.capital}; Editing by ${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)})`,
  (s, r) => `(Additional reporting by ${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)} in ${s.b.capital})`,
];
