/**
 * Errors with stable codes, shared by every capability.
 *
 * A `ForewarnError` carries a machine-readable `code` (never renamed once
 * released: API clients and scripts switch on it), a human message, and
 * optional structured `details`. The API maps codes to HTTP statuses; the
 * CLI prints `code: message` per failed item.
 */
export const ERROR_CODES = {
  // input (ingest)
  empty_input: 422,
  binary_input: 415,
  input_too_large: 413,
  invalid_encoding: 422,
  unsupported_type: 415,
  unreadable: 422,
  malformed_html: 422,
  // requests (api)
  bad_request: 400,
  not_found: 404,
  // internal
  storage_failure: 500,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ForewarnError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ForewarnError';
    this.code = code;
    if (details) this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }

  toJSON(): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export const isForewarnError = (e: unknown): e is ForewarnError => e instanceof ForewarnError;
