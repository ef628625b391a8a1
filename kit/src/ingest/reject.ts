/** Thrown by a feed's `toRecord` when a record fails validation; the message names field and value. */
export class RejectError extends Error {
  constructor(
    readonly field: string | null,
    readonly value: unknown,
    reason: string,
  ) {
    super(reason);
  }
}

/** A rejection naming the field and the value, in Vietnamese: `NgayHenTra: "abc" — không phải ngày hợp lệ`. */
export function reject(field: string, value: unknown, why: string): RejectError {
  const shown = value === undefined ? 'thiếu' : JSON.stringify(value);
  return new RejectError(field, value, `${field}: ${shown} — ${why}`);
}
