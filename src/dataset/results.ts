/** Typed answers of the queries: a value, or an error an Excel cell can show (#N/A, #VALUE!, #DIV/0!). */

export type QueryErrorCode = "notAvailable" | "invalidValue" | "divisionByZero";

export interface QueryError {
  code: QueryErrorCode;
  message: string;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; error: QueryError };

export function success<T>(value: T): QueryResult<T> {
  return { ok: true, value };
}

export function notAvailable<T = never>(message: string): QueryResult<T> {
  return { ok: false, error: { code: "notAvailable", message } };
}

export function invalidValue<T = never>(message: string): QueryResult<T> {
  return { ok: false, error: { code: "invalidValue", message } };
}

export function divisionByZero<T = never>(message: string): QueryResult<T> {
  return { ok: false, error: { code: "divisionByZero", message } };
}

/** Unwraps for callers that prefer exceptions (CLI, tests). */
export class QueryFailure extends Error {
  constructor(readonly error: QueryError) {
    super(error.message);
    this.name = "QueryFailure";
  }
}

export function unwrap<T>(result: QueryResult<T>): T {
  if (!result.ok) throw new QueryFailure(result.error);
  return result.value;
}
