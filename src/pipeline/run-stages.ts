import type { DocumentRecord, LayerName, Layers, Stage } from '../domain/record.js';
import type { PipelineIssue } from '../domain/issues.js';

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

/** Runs the stages in order over one document, each adding its layer to a new record. */
export function runStages(stages: readonly AnyStage[], initial: DocumentRecord): DocumentRecord {
  let record = initial;
  for (const stage of stages) {
    // checkStageOrder guarantees the needed layers are present.
    const result = stage.run(record as DocumentRecord & Layers);
    const issues: readonly PipelineIssue[] = result.issues?.length ? [...record.issues, ...result.issues] : record.issues;
    record = { ...record, [stage.adds]: result.layer, issues };
  }
  return record;
}
