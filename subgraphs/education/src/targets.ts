/**
 * Targets of the education indicators. Where a regulation sets one it is the default and cited;
 * otherwise the default is configuration. Each can be overridden by its environment variable.
 */
import { levelOfGrade, type SchoolLevel } from './levels';

function fromEnv(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return process.env[name] !== undefined && process.env[name] !== '' && Number.isFinite(v) ? v : fallback;
}

export function targets() {
  return {
    /** No national target covers every level: configuration default. */
    standardSchoolShare: fromEnv('EDU_TARGET_STANDARD_SCHOOL_SHARE', 70),
    /**
     * Every teacher must hold the training level the law sets (Luật Giáo dục 2019, Điều 72), on the
     * roadmap of Nghị định 71/2020/NĐ-CP.
     */
    qualifiedTeacherShare: fromEnv('EDU_TARGET_QUALIFIED_TEACHER_SHARE', 100),
    /** No regulation sets pupils per teacher directly: configuration default. */
    studentsPerTeacher: fromEnv('EDU_TARGET_STUDENTS_PER_TEACHER', 20),
    /** Share of classes in over-size grades: none should be. */
    oversizedClassShare: fromEnv('EDU_TARGET_OVERSIZED_CLASS_SHARE', 0),
    /** Percentage points (or, for a ratio, percent of the target) between GOOD and ALERT. */
    watchBand: fromEnv('EDU_WATCH_BAND', 10),
  };
}

/**
 * Largest class a grade may have, by the level's school charter: primary 35 (Thông tư
 * 28/2020/TT-BGDĐT, Điều lệ trường tiểu học); lower and upper secondary 45 (Thông tư
 * 32/2020/TT-BGDĐT, Điều lệ trường THCS, THPT và trường phổ thông có nhiều cấp học); preschool 35,
 * the largest group it allows, for children of 5-6 (Thông tư 52/2020/TT-BGDĐT, Điều lệ trường mầm
 * non), since grade 0 sums all preschool ages.
 */
const classSizeCap: Record<Exclude<SchoolLevel, 'LIEN_CAP'>, number> = { MN: 35, TH: 35, THCS: 45, THPT: 45 };

export function classSizeCapOf(grade: number): number {
  return classSizeCap[levelOfGrade(grade)];
}

export const classSizeSources = 'Thông tư 28/2020/TT-BGDĐT; Thông tư 32/2020/TT-BGDĐT; Thông tư 52/2020/TT-BGDĐT';
