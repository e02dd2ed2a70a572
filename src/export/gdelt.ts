import { splitActorCode } from '../store/actor-code.js';
import type { ActorRecord } from '../domain/event-record.js';
import type { Cluster, StoredEvent } from '../store/store.js';

/** The 61 columns of the GDELT 2.0 event table, in order (GDELT 2.0 Event Codebook). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Fraction of the year completed by a day, as GDELT's `YYYY.FFFF`. */
export function fractionDate(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const dayOfYear = Math.round((Date.parse(day + 'T00:00:00Z') - start) / 86_400_000) + 1;
  const daysInYear = Math.round((Date.UTC(year + 1, 0, 1) - start) / 86_400_000);
  return (year + dayOfYear / daysInYear).toFixed(4);
}

/** `YYYYMMDDHHMMSS` (UTC) from an ISO date-time, GDELT 2.0's DATEADDED form. */
export function gdeltTimestamp(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t).toISOString().replace(/[-:T]/gu, '').slice(0, 14);
}

/** GDELT fields are tab-separated on one line, so tabs and line breaks inside a value become spaces. */
function clean(value: string): string {
  return value.replace(/[\t\r\n]+/gu, ' ').trim();
}

function actorFields(actor: ActorRecord | null | undefined): string[] {
  if (!actor) return ['', '', '', '', '', '', '', '', '', ''];
  const parts = splitActorCode(actor.code);
  return [
    actor.code, clean(actor.text).toUpperCase(), parts.country, parts.knownGroup, parts.ethnic,
    parts.religion1, parts.religion2, parts.types[0] ?? '', parts.types[1] ?? '', parts.types[2] ?? '',
  ];
}

/**
 * One GDELT 2.0 event-table row. Parley fills what it knows; tone and geography it does not code stay
 * empty. Counts come from the event's story cluster (one mention, source and article when it has none).
 */
export function gdeltRow(event: StoredEvent, cluster: Cluster | null): string[] {
  const day = event.day;
  const geo = Array.from({ length: 24 }, () => '');
  return [
    String(event.seq),
    day ? day.replace(/-/gu, '') : '',
    day ? day.slice(0, 7).replace('-', '') : '',
    day ? day.slice(0, 4) : '',
    day ? fractionDate(day) : '',
    ...actorFields(event.source),
    ...actorFields(event.target),
    event.sentence === 0 ? '1' : '0',
    event.cameo,
    event.cameo.slice(0, 3),
    event.root,
    String(event.quad),
    String(event.goldstein),
    String(cluster?.numMentions ?? 1),
    String(cluster?.numSources ?? 1),
    String(cluster?.numDocuments ?? 1),
    '',
    ...geo,
    gdeltTimestamp(event.doc_added_at),
    clean(event.doc_url ?? event.doc_id),
  ];
}
