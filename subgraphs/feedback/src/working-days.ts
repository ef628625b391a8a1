/**
 * Deadlines in working days (Monday–Friday, Vietnam time). Public holidays are not counted out:
 * their dates move each year (lunar new year) and no machine-readable official calendar is kept here.
 */
const day = 86_400_000;
const offset = 7 * 3_600_000;

/** The instant the `days`-th working day after `from`'s Vietnam day ends (00:00 of the next day, UTC+7). */
export function addWorkingDays(from: Date, days: number): Date {
  let t = Math.floor((from.getTime() + offset) / day) * day; // Vietnam midnight, as if UTC
  let left = days;
  while (left > 0) {
    t += day;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(t + day - offset);
}
