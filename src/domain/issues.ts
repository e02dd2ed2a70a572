import type { Span } from './span.js';

/**
 * Problems inside the pipeline are data: a stage records one and goes on.
 * `code` is the discriminant; each code has one meaning across the project.
 */
export type PipelineIssue =
  | { readonly code: 'empty-document'; readonly stage: string; readonly message: string }
  | { readonly code: 'unknown-date'; readonly stage: string; readonly message: string; readonly span?: Span }
  | { readonly code: 'unresolved-actor'; readonly stage: string; readonly message: string; readonly span: Span }
  | { readonly code: 'sentence-too-long'; readonly stage: string; readonly message: string; readonly span: Span }
  | { readonly code: 'discarded'; readonly stage: string; readonly message: string; readonly span?: Span };

export type PipelineIssueCode = PipelineIssue['code'];
