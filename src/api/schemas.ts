import { z } from 'zod';

// Schemas at the HTTP boundary. Query schemas validate and normalize what callers send; response
// schemas document what the API returns (the OpenAPI document is built from both) and give the UI its types.

const isCalendarDay = (s: string): boolean => {
  const t = Date.parse(s + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};

export const DateParam = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDay, 'must be a real calendar date');
/** An actor code or its prefix: a country (`CHN`), or a fuller code (`CHNGOV`); case is ignored. */
export const ActorParam = z.string()
  .regex(/^[A-Za-z0-9]{2,40}$/u, 'must be an actor code such as CHN or CHNGOV (letters and digits)')
  .transform((s) => s.toUpperCase());
export const CameoParam = z.string().regex(/^\d{2,4}$/u, 'must be a CAMEO code or prefix of 2 to 4 digits');
export const RootParam = z.string().regex(/^\d{2}$/u, 'must be a two-digit CAMEO root such as 04');
export const QuadParam = z.enum(['1', '2', '3', '4'], 'must be a quad class 1-4').transform((s) => Number(s) as 1 | 2 | 3 | 4);
export const PloverParam = z.string().regex(/^[A-Za-z_]{2,40}$/u, 'must be a PLOVER event type such as CONSULT');
export const TextQueryParam = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** The largest page the API serves. */
export const MAX_PAGE_SIZE = 500;

const paging = {
  limit: z.coerce.number().int('must be a whole number').min(1).max(MAX_PAGE_SIZE).default(50),
  offset: z.coerce.number().int('must be a whole number').min(0).max(10_000_000).default(0),
};

export const EventSortParam = z.enum(['date', '-date', 'goldstein', '-goldstein', 'cameo', 'id']);

/** Filters shared by `/api/events` and `parley export`. */
export const eventFilterShape = {
  from: DateParam.optional(),
  to: DateParam.optional(),
  source: ActorParam.optional(),
  target: ActorParam.optional(),
  actor: ActorParam.optional(),
  cameo: CameoParam.optional(),
  root: RootParam.optional(),
  quad: QuadParam.optional(),
  plover: PloverParam.optional(),
  q: TextQueryParam.optional(),
  doc_id: z.string().min(1).max(500).optional(),
  cluster_id: z.string().min(1).max(500).optional(),
  representative: z.enum(['true', 'false']).transform((s) => s === 'true').optional(),
};

export const EventsQuery = z.strictObject({ ...eventFilterShape, ...paging, sort: EventSortParam.default('date') });
export const DocumentsQuery = z.strictObject({ from: DateParam.optional(), to: DateParam.optional(), q: TextQueryParam.optional(), ...paging });
export const ClustersQuery = z.strictObject({
  from: DateParam.optional(),
  to: DateParam.optional(),
  actor: ActorParam.optional(),
  root: RootParam.optional(),
  min_mentions: z.coerce.number().int().min(1).max(1_000_000).optional(),
  ...paging,
});
export const ActorsQuery = z.strictObject({
  from: DateParam.optional(),
  to: DateParam.optional(),
  prefix: ActorParam.optional(),
  role: z.enum(['source', 'target', 'any']).default('any'),
  ...paging,
});
export const QuotesQuery = z.strictObject({
  doc_id: z.string().min(1).max(500).optional(),
  speaker: ActorParam.optional(),
  q: TextQueryParam.optional(),
  from: DateParam.optional(),
  to: DateParam.optional(),
  ...paging,
});
export const DyadsQuery = z.strictObject({
  a: ActorParam,
  b: ActorParam,
  interval: z.enum(['day', 'week', 'month']).default('month'),
  from: DateParam.optional(),
  to: DateParam.optional(),
});
export const RunsQuery = z.strictObject({ ...paging });

/** Longest text `/api/code` accepts (characters). */
export const MAX_CODE_TEXT = 200_000;

export const CodeRequest = z.strictObject({
  text: z.string().refine((s) => s.trim() !== '', 'must not be empty').refine((s) => s.length <= MAX_CODE_TEXT, `must be at most ${MAX_CODE_TEXT} characters`),
  date: DateParam.optional(),
  title: z.string().max(1000).optional(),
  url: z.url().max(2000).optional(),
  id: z.string().min(1).max(500).optional(),
  save: z.boolean().default(false),
});

// ---- responses -------------------------------------------------------------------------------

export const TextSpanSchema = z.object({ start: z.int(), end: z.int(), text: z.string() });
export const ActorRecordSchema = TextSpanSchema.extend({ code: z.string() });
export const EventRecordSchema = z.object({
  doc_id: z.string(),
  event_id: z.string(),
  sentence: z.int(),
  date: z.string().nullable(),
  date_precision: z.enum(['day', 'month', 'year']).nullable(),
  source: ActorRecordSchema,
  target: ActorRecordSchema.nullable(),
  cameo: z.string(),
  root: z.string(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(),
  plover: z.object({ type: z.string(), mode: z.string().optional(), context: z.string().optional() }),
  trigger: TextSpanSchema,
  evidence: TextSpanSchema,
  rule: z.string(),
  reported_by: ActorRecordSchema.optional(),
});
export const StoredEventSchema = EventRecordSchema.extend({
  seq: z.int(),
  day: z.string().nullable(),
  cluster_id: z.string().nullable(),
  run_id: z.int().nullable(),
  doc_title: z.string().nullable(),
  doc_date: z.string().nullable(),
  doc_url: z.string().nullable(),
  doc_added_at: z.string(),
});
export const QuotePartySchema = TextSpanSchema.extend({ code: z.string().nullable(), name: z.string().nullable() });
export const QuoteRecordSchema = z.object({
  kind: z.literal('quote'),
  doc_id: z.string(),
  quote_id: z.string(),
  sentence: z.int(),
  quote_kind: z.enum(['direct', 'indirect']),
  text: z.string(),
  content: TextSpanSchema,
  speaker: QuotePartySchema.nullable(),
  reported_by: QuotePartySchema.nullable(),
  cue: TextSpanSchema,
  rule: z.string(),
});
export const StoredQuoteSchema = QuoteRecordSchema.extend({ date: z.string().nullable() });
export const EntityRecordSchema = TextSpanSchema.extend({
  kind: z.literal('entity'),
  doc_id: z.string(),
  sentence: z.int(),
  code: z.string(),
  name: z.string().nullable(),
  resolution: z.string(),
  rule: z.string(),
  entry: z.string().nullable(),
});
export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  origin: z.string().nullable(),
  contentHash: z.string(),
  length: z.int(),
  eventCount: z.int(),
  addedAt: z.string(),
});
export const SentenceSchema = z.object({ index: z.int(), start: z.int(), end: z.int() });
export const TimeExpressionSchema = TextSpanSchema.extend({
  sentence: z.int(),
  value: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  explicit: z.boolean(),
  rule: z.string(),
});
const SpanSchema = z.object({ start: z.int(), end: z.int() });
export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  dateline: SpanSchema.nullable(),
  sentences: z.array(SentenceSchema),
  mentions: z.array(EntityRecordSchema),
  events: z.array(StoredEventSchema),
  quotes: z.array(QuoteRecordSchema),
  timeExpressions: z.array(TimeExpressionSchema),
});
export const ClusterSchema = z.object({
  id: z.string(),
  dyad: z.tuple([z.string(), z.string()]),
  family: z.string(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  numMentions: z.int(),
  numDocuments: z.int(),
  numSources: z.int(),
  representativeEventId: z.string(),
  cameo: z.string(),
  quad: z.int(),
  goldstein: z.number(),
});
export const ClusterDetailSchema = ClusterSchema.extend({ events: z.array(StoredEventSchema) });
export const ActorCountSchema = z.object({ code: z.string(), asSource: z.int(), asTarget: z.int(), total: z.int() });
const DirectionTotalsSchema = z.object({
  events: z.int(),
  quad: z.tuple([z.int(), z.int(), z.int(), z.int()]).describe('counts per quad class 1-4'),
  goldstein: z.number(),
});
export const DyadSeriesSchema = z.object({
  a: z.string(),
  b: z.string(),
  interval: z.enum(['day', 'week', 'month']),
  periods: z.array(z.object({ period: z.string(), aToB: DirectionTotalsSchema, bToA: DirectionTotalsSchema })),
});
export const RunSchema = z.object({
  id: z.int(),
  command: z.string(),
  dictionaryVersion: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  documents: z.int(),
  sentences: z.int(),
  events: z.int(),
  quotes: z.int(),
  skipped: z.int(),
});
export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  coder: z.boolean().describe('whether POST /api/code is available'),
  stats: z.object({
    documents: z.int(), sentences: z.int(), mentions: z.int(), events: z.int(), quotes: z.int(), clusters: z.int(), runs: z.int(),
  }),
});
export const IssueSchema = z.object({ code: z.string(), stage: z.string(), message: z.string() }).loose();
/** What POST /api/code returns: the document with every annotation, like GET /api/documents/:id. */
export const CodeResponseSchema = z.object({
  id: z.string(),
  text: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  dateline: SpanSchema.nullable(),
  sentences: z.array(SentenceSchema),
  mentions: z.array(EntityRecordSchema),
  events: z.array(EventRecordSchema),
  quotes: z.array(QuoteRecordSchema),
  timeExpressions: z.array(TimeExpressionSchema),
  issues: z.array(IssueSchema),
  dictionaryVersion: z.string(),
  saved: z.boolean(),
  save: z.object({
    status: z.enum(['added', 'unchanged', 'replaced']),
    addedEvents: z.array(z.string()),
    removedEvents: z.array(z.string()),
  }).nullable(),
});
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** A page of results as every list route returns it. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ total: z.int(), limit: z.int(), offset: z.int(), items: z.array(item) });
}

export type ApiStoredEvent = z.infer<typeof StoredEventSchema>;
export type ApiDocumentDetail = z.infer<typeof DocumentDetailSchema>;
export type ApiCluster = z.infer<typeof ClusterSchema>;
export type ApiCodeResponse = z.infer<typeof CodeResponseSchema>;
export type ApiError = z.infer<typeof ErrorSchema>;

export const ExportQuery = z.strictObject({
  ...eventFilterShape,
  format: z.enum(['gdelt', 'plover', 'csv', 'jsonl']),
  all_events: z.enum(['true', 'false']).transform((s) => s === 'true').optional(),
  header: z.enum(['true', 'false']).transform((s) => s === 'true').optional(),
});
