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
  // duty-to-warn workflow (warn)
  unauthenticated: 401,
  invalid_credentials: 401,
  too_many_attempts: 429,
  session_expired: 401,
  user_disabled: 403,
  forbidden_role: 403,
  self_approval: 403,
  ack_wrong_partner: 403,
  ack_token_invalid: 403,
  ack_token_used: 409,
  invalid_transition: 409,
  user_exists: 409,
  partner_exists: 409,
  waiver_justification_required: 422,
  invalid_warning: 422,
  weak_password: 422,
  delivery_failed: 502,
  // sharing (STIX import and export)
  stix_malformed_json: 422,
  stix_invalid_bundle: 422,
  stix_invalid_export: 422,
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
