/** Education figures, indicators and alerts from school records' rollup contributions, without a database. */
import { tallyOf, type UnitRef } from '@ioc/kit';
import { statsOf } from '../src/stats';
import { indicators, alerts } from '../src/indicators';
import { educationRollup, type EducationItem, type SchoolYearRecord } from '../src/rollup';
import type { SchoolDoc, EnrolmentDoc, TeachersDoc } from '../src/models';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../src/settings';

const unit = { register: 'PRE_2025_07', code: '20335' } as UnitRef;
const school = (id: string, level: SchoolDoc['level'], standard: boolean): SchoolDoc =>
  ({ _id: id, name: `Trường ${id}`, level, type: 'CONG_LAP', standard, commune: '20335', unitPre: unit, unitPost: null, updatedAt: null }) as SchoolDoc;
const year = '2024-2025';
const input: { schools: SchoolDoc[]; enrolment: EnrolmentDoc[][]; teachers: (TeachersDoc | null)[] } = {
  schools: [school('A', 'TH', true), school('B', 'THCS', false), school('C', 'TH', false)],
  enrolment: [
    // Primary caps classes at 35: 2 classes of 80 pupils is over; 45 per class is within THCS's 45.
    [{ _id: 'A|1', school: 'A', schoolYear: year, grade: 1, classes: 2, students: 80, girls: 40, updatedAt: Date.parse('2025-01-05') }],
    [{ _id: 'B|6', school: 'B', schoolYear: year, grade: 6, classes: 4, students: 180, girls: 90, updatedAt: null }],
    [],
  ],
  teachers: [
    { _id: 'A|t', school: 'A', schoolYear: year, teachers: 10, qualified: 4, updatedAt: Date.parse('2025-01-06') },
    { _id: 'B|t', school: 'B', schoolYear: year, teachers: 10, qualified: 10, updatedAt: null },
    null,
  ],
};

/** The school years of `input`, tallied as a read of one unit's bucket would. */
const tally = () =>
  tallyOf(
    educationRollup,
    input.schools.map((school, i): SchoolYearRecord => ({
      _id: `${school._id}|${year}`,
      schoolYear: year,
      school,
      grades: input.enrolment[i],
      teachers: input.teachers[i],
    })),
  );
const computeStats = () => statsOf(year, tally());
const items = () => [...tally().items.values()] as unknown as EducationItem[];

test('figures: a school without reports is not counted; shares over those that reported', () => {
  const s = computeStats();
  expect(s).toMatchObject({ schools: 2, standardSchools: 1, students: 260, classes: 6, teachers: 20, qualifiedTeachers: 14 });
  expect(s).toMatchObject({ standardSchoolShare: 50, qualifiedTeacherShare: 70, studentsPerTeacher: 13, oversizedClassShare: 33.33 });
});

test('indicators against their targets; no school at all is WATCH with a null value', () => {
  expect(indicators(computeStats()).map((i) => [i.code, i.value, i.status])).toEqual([
    ['education.qualifiedTeacherShare', 70, 'ALERT'],
    ['education.oversizedClassShare', 33.33, 'ALERT'],
    ['education.standardSchoolShare', 50, 'ALERT'],
    ['education.studentsPerTeacher', 13, 'GOOD'],
  ]);
  const empty = statsOf(year, tallyOf(educationRollup, []));
  expect(indicators(empty).every((i) => i.value === null && i.status === 'WATCH')).toBe(true);
});

test('alerts: an over-size grade (WARNING) and a school under half qualified (CRITICAL), most severe first', () => {
  const list = alerts(items(), null);
  expect(list.map((a) => [a.code, a.level, a.link])).toEqual([
    ['education.qualifiedTeachersLow', 'CRITICAL', 'teachers:A|t'],
    ['education.classSizeOverCap', 'WARNING', 'enrolment:A|1'],
  ]);
  expect(alerts(items(), new Date('2025-01-06T00:00:00Z')).map((a) => a.link)).toEqual(['teachers:A|t']);
});

test('every setting is HUB_EDUCATION_<NAME> and in the README table', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  expect(Object.values(settings.names).filter((name) => !name.startsWith('HUB_EDUCATION_') || !readme.includes(`| \`${name}\``))).toEqual([]);
});
