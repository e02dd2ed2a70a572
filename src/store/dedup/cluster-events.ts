import { actorCountry } from '../actor-code.js';

/** What clustering needs to know about one stored event. */
export interface ClusterMember {
  readonly seq: number;
  readonly eventId: string;
  readonly docId: string;
  /** Where the document came from: its URL's host, else the document id. */
  readonly outlet: string;
  readonly day: string | null;
  readonly cameo: string;
  /** The story the event is filed under now, if any (lets the store skip rewriting unchanged members). */
  readonly storyId?: string | null;
}

/** One story's members and the figures reported for it. */
export interface ClusterSummary {
  readonly id: string;
  readonly members: readonly ClusterMember[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly numMentions: number;
  readonly numDocuments: number;
  readonly numSources: number;
  readonly representative: ClusterMember;
}

/** The CAMEO family events must share to be one story: the root code (`04` for all consultations). */
export function codeFamily(cameo: string): string {
  return cameo.slice(0, 2);
}

/**
 * The grouping key: the undirected country dyad and the code family, so "A met B" and "B met A"
 * land together. Undated events never match across documents, so their key carries the document id.
 */
export function clusterKey(sourceCode: string, targetCode: string | null, cameo: string, day: string | null, docId: string): string {
  const a = actorCountry(sourceCode);
  const b = targetCode === null ? '-' : actorCountry(targetCode);
  const [x, y] = a <= b ? [a, b] : [b, a];
  const base = `${x}|${y}|${codeFamily(cameo)}`;
  return day === null ? `${base}|doc:${docId}` : base;
}

/** The dyad and family parts of a key. */
export function parseClusterKey(key: string): { dyad: [string, string]; family: string } {
  const [a = '', b = '', family = ''] = key.split('|');
  return { dyad: [a, b], family };
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(day + 'T00:00:00Z') / 86_400_000);
}

/**
 * Whether an event on `day` must open a new story rather than join the open one, which began on
 * `firstDay` (day numbers; null when undated). Undated events always join.
 */
export function opensNewStory(firstDay: number | null, day: number | null, windowDays: number): boolean {
  return firstDay !== null && day !== null && day - firstDay > windowDays;
}

/**
 * Splits one key's events into stories: sorted by day, an event joins the open story while it is at
 * most `windowDays` after the story's first day, so any two members are within ±windowDays.
 * Because a story's start depends only on the events before it, a change at day d leaves every story
 * that starts before d's story alone, and the stories after it once a new story starts where an old
 * one did; the store rebuilds only that stretch.
 */
export function clusterByWindow(key: string, members: readonly ClusterMember[], windowDays: number): ClusterSummary[] {
  const sorted = [...members].sort((p, q) => compareDay(p.day, q.day) || p.seq - q.seq);
  const groups: ClusterMember[][] = [];
  let current: ClusterMember[] = [];
  let firstDay: number | null = null;
  for (const member of sorted) {
    const n = member.day === null ? null : dayNumber(member.day);
    if (current.length === 0 || opensNewStory(firstDay, n, windowDays)) {
      if (current.length > 0) groups.push(current);
      current = [];
      firstDay = n;
    }
    current.push(member);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => summarizeStory(key, group));
}

function compareDay(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The figures for one story's members (given in day order). */
export function summarizeStory(key: string, members: readonly ClusterMember[]): ClusterSummary {
  const first = members[0];
  if (first === undefined) throw new Error('clusterByWindow: empty group');
  const days = members.map((m) => m.day).filter((d): d is string => d !== null).sort();
  return {
    id: `${key}|${first.day ?? 'undated'}|${first.seq}`,
    members,
    firstDate: days[0] ?? null,
    lastDate: days[days.length - 1] ?? null,
    numMentions: members.length,
    numDocuments: new Set(members.map((m) => m.docId)).size,
    numSources: new Set(members.map((m) => m.outlet)).size,
    representative: pickRepresentative(members),
  };
}

/** The most often reported code wins; among its events, the earliest (members arrive sorted by day). */
function pickRepresentative(members: readonly ClusterMember[]): ClusterMember {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.cameo, (counts.get(m.cameo) ?? 0) + 1);
  let best: ClusterMember | undefined;
  let bestCount = 0;
  for (const m of members) {
    const c = counts.get(m.cameo) ?? 0;
    if (c > bestCount) {
      best = m;
      bestCount = c;
    }
  }
  if (best === undefined) throw new Error('pickRepresentative: empty group');
  return best;
}

/** The host of a URL, lower-cased without `www.`, or null when it does not parse. */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return null;
  }
}
