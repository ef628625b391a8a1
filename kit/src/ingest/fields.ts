/** Field readers that several connectors share, each throwing a reject that names field and value. */
import { parseDateString } from '../scalars';
import { reject } from './reject';

const isoPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date-time; without an offset, the source system's local time, UTC+7.
 * @param required why the field is required (the reject's reason when it is missing), or false
 */
export function instantField(raw: Record<string, unknown>, field: string, required: string | false): Date | null {
  const value = raw[field];
  if (value === undefined || value === null || value === '') {
    if (required) throw reject(field, value, required);
    return null;
  }
  const m = typeof value === 'string' ? isoPattern.exec(value.trim()) : null;
  if (!m || !parseDateString(m[1]) || +m[2] > 23 || +m[3] > 59 || +(m[4] ?? 0) > 59) {
    throw reject(field, value, 'không phải ngày giờ ISO 8601 hợp lệ (ví dụ 2025-03-01T08:00:00+07:00)');
  }
  const text = (value as string).trim();
  return new Date(m[5] ? text : `${text}+07:00`);
}
