/** School levels (CapHoc), ownership types (LoaiHinh) and the grades each level teaches. */

export const schoolLevels = ['MN', 'TH', 'THCS', 'THPT', 'LIEN_CAP'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

export const schoolTypes = ['CONG_LAP', 'TU_THUC', 'DAN_LAP'] as const;
export type SchoolType = (typeof schoolTypes)[number];

export const levelNames: Record<SchoolLevel, string> = {
  MN: 'Mầm non',
  TH: 'Tiểu học',
  THCS: 'Trung học cơ sở',
  THPT: 'Trung học phổ thông',
  LIEN_CAP: 'Liên cấp',
};

export const typeNames: Record<SchoolType, string> = {
  CONG_LAP: 'Công lập',
  TU_THUC: 'Tư thục',
  DAN_LAP: 'Dân lập',
};

/**
 * Grades (Khoi) a level teaches; 0 stands for all of preschool. Primary is grades 1-5, lower
 * secondary 6-9, upper secondary 10-12 (Luật Giáo dục 2019, Điều 29). A multi-level school may
 * report any grade.
 */
export const gradesOf: Record<SchoolLevel, [number, number]> = {
  MN: [0, 0],
  TH: [1, 5],
  THCS: [6, 9],
  THPT: [10, 12],
  LIEN_CAP: [0, 12],
};

/** The level a grade belongs to, for the class-size cap of a multi-level school's grade. */
export function levelOfGrade(grade: number): Exclude<SchoolLevel, 'LIEN_CAP'> {
  return grade === 0 ? 'MN' : grade <= 5 ? 'TH' : grade <= 9 ? 'THCS' : 'THPT';
}
