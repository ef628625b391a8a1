import { Schema } from 'mongoose';

/** How every sector record stores its unit (see UnitRef in resolve.ts). */
export const unitRefSchema = new Schema(
  {
    code: { type: String, required: true },
    level: { type: String, required: true },
    register: { type: String, required: true },
    province: { type: String, required: true },
    district: { type: String, default: null },
    commune: { type: String, default: null },
    legacyCode: { type: Boolean, default: false },
    current: {
      province: { type: String, required: true },
      commune: { type: String, default: null },
      approximate: { type: Boolean, default: false },
    },
  },
  { _id: false },
);

/** The indexes that make every roll-up filter an index match, under `path`. */
export function indexUnitRef(schema: Schema, path = 'unit', extra: Record<string, 1 | -1> = {}): void {
  schema.index({ [`${path}.current.province`]: 1, ...extra });
  schema.index({ [`${path}.current.commune`]: 1, ...extra });
  schema.index({ [`${path}.province`]: 1, [`${path}.register`]: 1, ...extra });
  schema.index({ [`${path}.district`]: 1, ...extra });
  schema.index({ [`${path}.commune`]: 1, [`${path}.register`]: 1, ...extra });
}
