import { Schema, type Connection, type Model } from 'mongoose';
import { ingestFields, unitRefSchema, indexUnitRef, type UnitRef } from '@ioc/kit';
import type { SchoolLevel, SchoolType } from './levels';

/**
 * A school of the register (truong.csv). Its commune code is resolved once per register: a school
 * year read before the reform places it by `unitPre`, one after by `unitPost` (null where the code
 * does not exist in that register).
 */
export interface SchoolDoc {
  _id: string;
  name: string;
  level: SchoolLevel;
  type: SchoolType;
  standard: boolean;
  commune: string;
  unitPre: UnitRef | null;
  unitPost: UnitRef | null;
  /** NgayCapNhat as epoch milliseconds, when the export carries it. */
  updatedAt: number | null;
}

/** One grade of one school in one school year (quy-mo.csv). */
export interface EnrolmentDoc {
  _id: string;
  school: string;
  schoolYear: string;
  grade: number;
  classes: number;
  students: number;
  girls: number;
  updatedAt: number | null;
}

/** Teachers of one school in one school year (giao-vien.csv). */
export interface TeachersDoc {
  _id: string;
  school: string;
  schoolYear: string;
  teachers: number;
  qualified: number;
  updatedAt: number | null;
}

const schoolSchema = new Schema<SchoolDoc>(
  {
    _id: String,
    name: String,
    level: String,
    type: String,
    standard: Boolean,
    commune: String,
    unitPre: { type: unitRefSchema, default: null },
    unitPost: { type: unitRefSchema, default: null },
    updatedAt: Number,
    ...ingestFields,
  },
  { versionKey: false },
);
indexUnitRef(schoolSchema, 'unitPre');
indexUnitRef(schoolSchema, 'unitPost');

const enrolmentSchema = new Schema<EnrolmentDoc>(
  {
    _id: String,
    school: String,
    schoolYear: String,
    grade: Number,
    classes: Number,
    students: Number,
    girls: Number,
    updatedAt: Number,
    ...ingestFields,
  },
  { versionKey: false },
);
enrolmentSchema.index({ school: 1, schoolYear: 1 });

const teachersSchema = new Schema<TeachersDoc>(
  {
    _id: String,
    school: String,
    schoolYear: String,
    teachers: Number,
    qualified: Number,
    updatedAt: Number,
    ...ingestFields,
  },
  { versionKey: false },
);
teachersSchema.index({ school: 1, schoolYear: 1 });

/** A school year some report named (`_id` = NamHoc): where a changed school looks for its years. */
export interface ReportYearDoc {
  _id: string;
}
const reportYearSchema = new Schema<ReportYearDoc>({ _id: String }, { versionKey: false });

export interface Models {
  School: Model<SchoolDoc>;
  Enrolment: Model<EnrolmentDoc>;
  Teachers: Model<TeachersDoc>;
  ReportYear: Model<ReportYearDoc>;
}

export function models(conn: Connection): Models {
  return {
    School: conn.models.School ?? conn.model<SchoolDoc>('School', schoolSchema, 'schools'),
    Enrolment: conn.models.Enrolment ?? conn.model<EnrolmentDoc>('Enrolment', enrolmentSchema, 'enrolment'),
    Teachers: conn.models.Teachers ?? conn.model<TeachersDoc>('Teachers', teachersSchema, 'teachers'),
    ReportYear: conn.models.ReportYear ?? conn.model<ReportYearDoc>('ReportYear', reportYearSchema, 'reportYears'),
  };
}
