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
  const record: { -readonly [K in keyof DocumentRecord]: DocumentRecord[K] } = { ...initial };
  for (const stage of stages) {
    // checkStageOrder guarantees the needed layers are present.
    const result = stage.run(record as DocumentRecord & Layers);
    if (result.issues?.length) record.issues = [...record.issues, ...result.issues];
    (record as Partial<Record<LayerName, unknown>>)[stage.adds] = result.layer;
  }
  return record;
}
