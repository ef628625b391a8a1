/**
 * `series` of education: the school management system reports once per school year (enrolment
 * and staffing at the opening), so a day, week, month or quarter has no figures of its own. A
 * period shows the figures of the school year in force on its last day: what a leader's chart of
 * "pupils over the months" expects (flat within a school year, a step at each opening). They are
 * snapshots and do not add up over periods; the figures of a whole range are those of its last
 * period, whatever the periods it is cut into.
 */
import { periodArgs, seriesPeriods, addDays, type Every, type RollupReader, type UnitSelector } from '@ioc/kit';
import { schoolYearOn } from './school-year';
import { statsOf } from './stats';

export async function educationSeries(reader: RollupReader, unit: UnitSelector, from: unknown, to: unknown, every: Every) {
  const range = periodArgs(from, to);
  const periods = seriesPeriods(range.from, range.to, every).map((p) => ({ ...p, schoolYear: schoolYearOn(addDays(p.to, -1)) }));
  const years = [...new Set(periods.map((p) => p.schoolYear))];
  const tallies = await reader.load({ unit, buckets: years });
  const stats = new Map(years.map((y, i) => [y, statsOf(y, tallies[i])]));
  return periods.map((p) => {
    const s = stats.get(p.schoolYear)!;
    return {
      from: p.from,
      to: p.to,
      schoolYear: p.schoolYear,
      schools: s.schools,
      standardSchools: s.standardSchools,
      classes: s.classes,
      students: s.students,
      girls: s.girls,
      teachers: s.teachers,
      qualifiedTeachers: s.qualifiedTeachers,
      studentsPerClass: s.studentsPerClass,
      studentsPerTeacher: s.studentsPerTeacher,
    };
  });
}
