/**
 * An item is stored as one JSON string (`i.<key>: "<json>"`), not as an object of its fields.
 * FerretDB v1 decodes and encodes a stored document value by value (and keeps a type for each in
 * the document's schema), so an items document of objects cost it about four times what the same
 * items cost as strings. Measured on a province-month of procedures at size L (4,771 items): one
 * `_id` read 280–420 ms of the server's CPU as objects, 100 ms as strings; writing it 230 ms against
 * 50 ms. Node parses the strings back in about 3 µs an item, no more than its BSON decoding of the
 * objects took. MongoDB stores either form alike.
 *
 * JSON has no dates: a Date anywhere in an item is written as `{"$date": <ms>}` (MongoDB's
 * Extended JSON spelling) and read back as a Date, so an item reads back as it was put in.
 * `JSON.parse` with a reviver did the same three times slower (measured here: 10 against 3.4 µs).
 */
type Json = Record<string, unknown>;

function withDatesSpelled(v: unknown): unknown {
  if (v instanceof Date) return { $date: v.getTime() };
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(withDatesSpelled);
  const out: Json = {};
  for (const k in v as Json) out[k] = withDatesSpelled((v as Json)[k]);
  return out;
}

/** Changes the parsed value in place: it is no one else's. */
function withDatesRead(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = withDatesRead(v[i]);
    return v;
  }
  const o = v as Json;
  if (typeof o.$date === 'number') return new Date(o.$date);
  for (const k in o) if (o[k] !== null && typeof o[k] === 'object') o[k] = withDatesRead(o[k]);
  return o;
}

export const encodeItem = (item: Json): string => JSON.stringify(withDatesSpelled(item));

export const decodeItem = (text: string): Json => withDatesRead(JSON.parse(text)) as Json;
