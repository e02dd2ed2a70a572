import { z } from 'zod';
import {
  ActorCountSchema, ActorsQuery, ClusterDetailSchema, ClusterSchema, ClustersQuery, CodeRequest, CodeResponseSchema,
  DocumentDetailSchema, DocumentSummarySchema, DocumentsQuery, DyadSeriesSchema, DyadsQuery, ErrorSchema, EventsQuery,
  HealthSchema, QuotesQuery, RunSchema, RunsQuery, StoredEventSchema, StoredQuoteSchema, ExportQuery, pageOf,
} from './schemas.js';

/** One documented route. The same schemas validate requests in `app.ts`. */
interface RouteDoc {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  readonly response: z.ZodType | { readonly contentType: string; readonly description: string };
  readonly pathParams?: readonly string[];
  readonly open?: boolean;
}

const ROUTES: readonly RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness and corpus counts (never needs the token)', response: HealthSchema, open: true },
  { method: 'get', path: '/api/events', summary: 'Coded events matching filters, paged', query: EventsQuery, response: pageOf(StoredEventSchema) },
  { method: 'get', path: '/api/events/{id}', summary: 'One event by event_id', pathParams: ['id'], response: StoredEventSchema },
  { method: 'get', path: '/api/documents', summary: 'Stored documents, paged; q searches their text', query: DocumentsQuery, response: pageOf(DocumentSummarySchema) },
  { method: 'get', path: '/api/documents/{id}', summary: 'A document with the spans of every annotation', pathParams: ['id'], response: DocumentDetailSchema },
  { method: 'get', path: '/api/clusters', summary: 'Stories: events grouped by dyad, code family and date window', query: ClustersQuery, response: pageOf(ClusterSchema) },
  { method: 'get', path: '/api/clusters/{id}', summary: 'One story with its events', pathParams: ['id'], response: ClusterDetailSchema },
  { method: 'get', path: '/api/actors', summary: 'Actor codes with event counts', query: ActorsQuery, response: pageOf(ActorCountSchema) },
  { method: 'get', path: '/api/quotes', summary: 'Quotes, paged', query: QuotesQuery, response: pageOf(StoredQuoteSchema) },
  { method: 'get', path: '/api/dyads', summary: 'Counts per quad class and Goldstein sums per period, both directions', query: DyadsQuery, response: DyadSeriesSchema },
  { method: 'get', path: '/api/runs', summary: 'Ingest and recode runs, newest first', query: RunsQuery, response: pageOf(RunSchema) },
  {
    method: 'get', path: '/api/export', summary: 'Download matching events as gdelt (TSV), plover, csv or jsonl',
    query: ExportQuery, response: { contentType: 'text/plain', description: 'the export, streamed' },
  },
  { method: 'post', path: '/api/code', summary: 'Code pasted text; with save, store it too', body: CodeRequest, response: CodeResponseSchema },
];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function queryParameters(query: z.ZodObject): unknown[] {
  const schema = jsonSchema(query, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (schema.required ?? []).includes(name) && !('default' in property),
    schema: property,
  }));
}

/** The OpenAPI 3.1 document for the API, built from the zod schemas that validate it. */
export function buildOpenApi(options: { readonly version: string; readonly bearer: boolean }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const parameters = [
      ...(route.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(route.query ? queryParameters(route.query) : []),
    ];
    const ok = 'contentType' in route.response
      ? { description: route.response.description, content: { [route.response.contentType]: { schema: { type: 'string' } } } }
      : { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } };
    const error = { description: 'Error', content: { 'application/json': { schema: jsonSchema(ErrorSchema, 'output') } } };
    const operation: Record<string, unknown> = {
      summary: route.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses: { 200: ok, 400: error, ...(route.pathParams ? { 404: error } : {}), ...(options.bearer && !route.open ? { 401: error } : {}) },
      ...(route.open ? { security: [] } : {}),
    };
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version: options.version,
      description: 'Coded political events (CAMEO, PLOVER) with the text they came from. Lists take limit (max 500) and offset.',
    },
    paths,
    ...(options.bearer ? {
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    } : {}),
  };
}
