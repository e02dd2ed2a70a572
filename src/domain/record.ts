import type { SourceDocument } from './document.js';
import type { PipelineIssue } from './issues.js';
import type { SegmentLayer } from './segment.js';
import type { SyntaxLayer } from './syntax.js';
import type { ActorsLayer } from './actors.js';
import type { DatesLayer } from './dates.js';
import type { EventsLayer } from './events.js';
import type { QuotesLayer } from './quotes.js';

/** The layers a document record can carry, each added by exactly one stage. */
export interface Layers {
  readonly segment: SegmentLayer;
  readonly syntax: SyntaxLayer;
  readonly actors: ActorsLayer;
  readonly dates: DatesLayer;
  readonly events: EventsLayer;
  readonly quotes: QuotesLayer;
}

export type LayerName = keyof Layers;

/** One document flowing through the pipeline: the source plus whatever layers stages have added. */
export interface DocumentRecord extends Partial<Layers> {
  readonly doc: SourceDocument;
  readonly issues: readonly PipelineIssue[];
}

/** A record that is known to carry the layers `K`. */
export type RecordWith<K extends LayerName> = DocumentRecord & Pick<Layers, K>;

/** A pipeline stage: reads the layers it needs and returns the one it adds (plus any issues). */
export interface Stage<Needs extends LayerName, Adds extends LayerName> {
  readonly name: string;
  readonly needs: readonly Needs[];
  readonly adds: Adds;
  run(record: RecordWith<Needs>): StageResult<Adds>;
}

export interface StageResult<Adds extends LayerName> {
  readonly layer: Layers[Adds];
  readonly issues?: readonly PipelineIssue[];
}
