import type { DocumentRecord, LayerName, Layers, Stage } from '../domain/record.js';

// Stages are heterogeneous in their layer types; the runner only needs their names.
export type AnyStage = Stage<LayerName, LayerName>;

/**
 * Checks, once, that every stage's needs are added by an earlier stage and that no layer is
 * added twice, so a misordered pipeline fails at construction, not on the thousandth document.
 */
export function checkStageOrder(stages: readonly AnyStage[]): void {
  const available = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!available.has(need)) throw new Error(`pipeline: stage "${stage.name}" needs layer "${need}", which no earlier stage adds`);
    }
    if (available.has(stage.adds)) throw new Error(`pipeline: layer "${stage.adds}" is added twice (again by "${stage.name}")`);
    available.add(stage.adds);
  }
}

/** Runs the stages in order over one document, each adding its layer to the record. */
export function runStages(stages: readonly AnyStage[], initial: DocumentRecord): DocumentRecord {
  // One record per document, which each stage's layer is added to: a fresh copy per stage (spread
  // with a computed key) cost each document six objects of changing shape. Stages never see a layer
  // change once added, and the caller's `initial` is not touched.
  const record: MutableRecord = { ...initial };
  for (const stage of stages) addLayer(stage, record);
  return record;
}

type MutableRecord = { -readonly [K in keyof DocumentRecord]: DocumentRecord[K] };

/** Runs one stage on a record and adds its layer and issues to it. */
function addLayer(stage: AnyStage, record: MutableRecord): void {
  // checkStageOrder guarantees the needed layers are present.
  const result = stage.run(record as DocumentRecord & Layers);
  if (result.issues?.length) record.issues = [...record.issues, ...result.issues];
  (record as Partial<Record<LayerName, unknown>>)[stage.adds] = result.layer;
}

/** What became of one document of a batch: its record, or what a stage threw on it. */
export type StagedOutcome = { readonly ok: true; readonly record: DocumentRecord } | { readonly ok: false; readonly error: unknown };

/**
 * Runs the stages over several documents stage by stage: each stage over every document, then the
 * next. The records are the same as `runStages` gives one at a time (stages keep nothing between
 * documents), but one stage's code and data stay in the processor's caches across the batch instead
 * of being evicted by the other five at every document, which made coding about an eighth faster.
 * A stage that throws on one document drops that document only. `onDocument(i)` is called before
 * each stage starts on document i, so a watcher knows which document a dying thread was on.
 */
export function runStagesBatched(stages: readonly AnyStage[], initials: readonly DocumentRecord[], onDocument?: (index: number) => void): StagedOutcome[] {
  const records: MutableRecord[] = initials.map((r) => ({ ...r }));
  const errors: unknown[] = new Array<unknown>(initials.length);
  const failed: boolean[] = new Array<boolean>(initials.length).fill(false);
  for (const stage of stages) {
    for (let i = 0; i < records.length; i++) {
      if (failed[i]) continue;
      onDocument?.(i);
      try {
        addLayer(stage, records[i]!);
      } catch (error) {
        failed[i] = true;
        errors[i] = error;
      }
    }
  }
  return records.map((record, i) => (failed[i] ? { ok: false, error: errors[i] } : { ok: true, record }));
}
