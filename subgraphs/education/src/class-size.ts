/**
 * Largest class a grade may have, by the level's school charter: primary 35 (Thông tư
 * 28/2020/TT-BGDĐT, Điều lệ trường tiểu học); lower and upper secondary 45 (Thông tư
 * 32/2020/TT-BGDĐT, Điều lệ trường THCS, THPT và trường phổ thông có nhiều cấp học); preschool 35,
 * the largest group it allows, for children of 5-6 (Thông tư 52/2020/TT-BGDĐT, Điều lệ trường mầm
 * non), since grade 0 sums all preschool ages.
 */
import { levelOfGrade, type SchoolLevel } from './levels';

const classSizeCap: Record<Exclude<SchoolLevel, 'LIEN_CAP'>, number> = { MN: 35, TH: 35, THCS: 45, THPT: 45 };

export function classSizeCapOf(grade: number): number {
  return classSizeCap[levelOfGrade(grade)];
}

export const classSizeSources = 'Thông tư 28/2020/TT-BGDĐT; Thông tư 32/2020/TT-BGDĐT; Thông tư 52/2020/TT-BGDĐT';
