/**
 * Expected failures cross the IPC boundary as data: Electron keeps only the message of a thrown
 * error, so a handler returns a Result and the renderer switches on `error.code`.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'LOCKED_FIELD',
  'NOT_FOUND',
  'CONFLICT',
  'LOGO_REJECTED',
  'IO',
  'FORBIDDEN',
  'DATA_FOLDER_IN_USE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The form field the error belongs to, when there is one. */
  readonly field?: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
