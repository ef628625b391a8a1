/** School years (NamHoc) as the school management exports write them: "2024-2025". */

export const schoolYearPattern = /^(\d{4})-(\d{4})$/;

/** The school year's two calendar years when `text` is a well-formed, consecutive pair. */
export function parseSchoolYear(text: string): { first: number } | null {
  const m = schoolYearPattern.exec(text);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  const first = Number(m[1]);
  return first >= 1975 && first <= 2100 ? { first } : null;
}

/**
 * The date a school's commune code is read at for a school year: the opening day, 5 September
 * (the date MOET's yearly framework sets for the opening ceremony, e.g. Quyết định 2045/QĐ-BGDĐT
 * of 31/7/2024 for 2024-2025).
 */
export function schoolYearStart(text: string): string {
  const y = parseSchoolYear(text);
  if (!y) throw new Error(`not a school year: ${text}`);
  return `${y.first}-09-05`;
}

/** The school year in force on a day (YYYY-MM-DD): the one whose opening day (5 September) it is on or after. */
export function schoolYearOn(day: string): string {
  const y = Number(day.slice(0, 4));
  const first = day.slice(5) >= schoolYearStart(`${y}-${y + 1}`).slice(5) ? y : y - 1;
  return `${first}-${first + 1}`;
}

/** The school year before `text` (a well-formed school year). */
export function previousSchoolYear(text: string): string {
  const first = parseSchoolYear(text)!.first - 1;
  return `${first}-${first + 1}`;
}
