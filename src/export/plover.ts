import { actorCountry } from '../store/actor-code.js';
import type { ActorRecord } from '../domain/event-record.js';
import type { Cluster, StoredEvent } from '../store/store.js';

/** A PLOVER-style event record: event type, mode and contexts first, CAMEO kept alongside for tracing. */
export interface PloverRecord {
  readonly id: string;
  readonly date: string | null;
  readonly event_type: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly actor1: PloverActor;
  readonly actor2: PloverActor | null;
  readonly reported_by: PloverActor | null;
  readonly cameo: string;
  readonly quad_class: number;
  readonly goldstein: number;
  readonly text: string;
  readonly source: {
    readonly doc_id: string;
    readonly title: string | null;
    readonly url: string | null;
    readonly date: string | null;
    readonly sentence: number;
  };
  readonly story: { readonly id: string; readonly num_mentions: number; readonly num_sources: number; readonly num_documents: number } | null;
}

export interface PloverActor {
  readonly code: string;
  readonly country: string | null;
  readonly text: string;
}

function actor(a: ActorRecord | null | undefined): PloverActor | null {
  if (!a) return null;
  const country = actorCountry(a.code);
  return { code: a.code, country: country === a.code && a.code.length !== 3 ? null : country, text: a.text };
}

/** Converts a stored event to the PLOVER-style JSON object written one per line. */
export function ploverRecord(e: StoredEvent, cluster: Cluster | null): PloverRecord {
  const actor1 = actor(e.source);
  if (actor1 === null) throw new Error(`event ${e.event_id} has no source actor`);
  return {
    id: e.event_id,
    date: e.day,
    event_type: e.plover.type,
    mode: e.plover.mode ?? null,
    context: (e.plover.context ?? '').split(/[,;]/u).map((c) => c.trim()).filter((c) => c !== ''),
    actor1,
    actor2: actor(e.target),
    reported_by: actor(e.reported_by),
    cameo: e.cameo,
    quad_class: e.quad,
    goldstein: e.goldstein,
    text: e.evidence.text,
    source: { doc_id: e.doc_id, title: e.doc_title, url: e.doc_url, date: e.doc_date, sentence: e.sentence },
    story: cluster === null ? null : {
      id: cluster.id, num_mentions: cluster.numMentions, num_sources: cluster.numSources, num_documents: cluster.numDocuments,
    },
  };
}
