import type { z } from 'zod';

/** Stable error codes the API answers with, each with its HTTP status. */
export const API_ERRORS = {
  'bad-request': 400,
  'unauthorized': 401,
  'not-found': 404,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'coder-unavailable': 503,
  'internal': 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/** An error meant for the caller: its code picks the status, its message is shown as is. */
export class ApiHttpError extends Error {
  constructor(readonly code: ApiErrorCode, message: string, readonly issues?: readonly ApiIssue[]) {
    super(message);
    this.name = 'ApiHttpError';
  }

  get status(): (typeof API_ERRORS)[ApiErrorCode] {
    return API_ERRORS[this.code];
  }

  toJSON(): { error: { code: string; message: string; issues?: readonly ApiIssue[] } } {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

/** A 400 naming every bad field: `limit: Too big: expected number to be <=500`. */
export function validationError(where: string, error: z.ZodError): ApiHttpError {
  const issues = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { path: issue.keys.join(', '), message: `unknown ${where} parameter${issue.keys.length > 1 ? 's' : ''}` };
    }
    return { path: issue.path.join('.') || where, message: issue.message };
  });
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new ApiHttpError('bad-request', `invalid ${where}: ${summary}`, issues);
}
