/**
 * The one path every write of a report takes after the report itself is stored — the form, an
 * officer's step, a rating, an import: the rollups, the cells of located reports and the day lists
 * of received and resolved reports move with it, so no read ever needs to scan the reports.
 */
import { Deltas, writeDeltas, todayInVietnam, type AcceptedChange, type StoredRecord } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { doneStatuses } from './codes';
import { writeCells, cellKeyOf } from './cells';
import { DayIndexWrites } from './day-index';
import { marksOf } from './hotspots';
import { feedbackRollups } from './rollups';
import { models, type FeedbackDoc } from './models';

export interface Change {
  before: FeedbackDoc | null;
  after: FeedbackDoc;
}

const receivedDay = (d: FeedbackDoc) => todayInVietnam(d.receivedAt);
const resolvedDay = (d: FeedbackDoc) => (doneStatuses.has(d.status) && d.resolvedAt ? todayInVietnam(d.resolvedAt) : null);
const sameUnit = (a: FeedbackDoc, b: FeedbackDoc) => a.unit.register === b.unit.register && a.unit.code === b.unit.code;

async function writeDayIndexes(conn: Connection, changes: Change[]): Promise<void> {
  const received = new DayIndexWrites();
  const resolved = new DayIndexWrites();
  for (const { before, after } of changes) {
    if (before && (!sameUnit(before, after) || receivedDay(before) !== receivedDay(after))) received.remove(before.unit, receivedDay(before), before._id);
    if (!before || !sameUnit(before, after) || before.status !== after.status || before.receivedAt.getTime() !== after.receivedAt.getTime()) {
      received.put(after.unit, receivedDay(after), after._id, { t: after.receivedAt.getTime(), s: after.status });
    }
    const was = before && resolvedDay(before);
    const now = resolvedDay(after);
    if (was && (was !== now || !sameUnit(before!, after))) resolved.remove(before!.unit, was, before!._id);
    if (now && (was !== now || !sameUnit(before!, after) || before!.resolvedAt!.getTime() !== after.resolvedAt!.getTime())) {
      resolved.put(after.unit, now, after._id, { t: after.resolvedAt!.getTime() });
    }
  }
  await Promise.all([received.write(conn, 'received'), resolved.write(conn, 'resolved')]);
}

/** The collections `listChanges` keeps (reindex.ts rebuilds them). */
export const listedCollections = ['cells', 'received_by_day', 'resolved_by_day'];

/** The cells and day lists alone (no rollups): what reindex.ts replays. */
export const listChanges = (conn: Connection, changes: Change[]) => Promise.all([writeCells(conn, changes), writeDayIndexes(conn, changes)]);

async function keep(conn: Connection, changes: Change[], cells: boolean): Promise<void> {
  const deltas = new Deltas();
  for (const { before, after } of changes) {
    if (before) deltas.apply(feedbackRollups, before, -1);
    deltas.apply(feedbackRollups, after, 1);
  }
  await Promise.all([writeDeltas(conn, deltas), cells ? writeCells(conn, changes) : null, writeDayIndexes(conn, changes)]);
}

/** After the form or an officer's step or a rating (the report's hot-spot mark already set). */
export const recordChanges = (conn: Connection, changes: Change[]) => keep(conn, changes, true);

/**
 * The import's `onAccepted`: the batch's reports are listed in their cells first, so reports of one
 * batch count each other; then each located report whose place or time changed gets its hot-spot
 * mark (an unchanged place keeps the stored one, which the import's replace dropped).
 */
export function importedChanges(conn: Connection) {
  const hook = async (changes: AcceptedChange<FeedbackDoc & StoredRecord>[]) => {
    await writeCells(conn, changes);
    const moved = changes.filter(
      ({ before, after }) => !before || cellKeyOf(before) !== cellKeyOf(after) || before.latitude !== after.latitude || before.longitude !== after.longitude,
    );
    const marks = await marksOf(
      conn,
      moved.map((c) => c.after),
    );
    moved.forEach((c, i) => {
      c.after.hotSpot = marks[i];
    });
    for (const c of changes) if (!moved.includes(c)) c.after.hotSpot = c.before!.hotSpot ?? null;
    const marked = changes.filter((c) => c.after.hotSpot);
    if (marked.length) {
      await models(conn).Feedback.bulkWrite(
        marked.map((c) => ({ updateOne: { filter: { _id: c.after._id }, update: { $set: { hotSpot: c.after.hotSpot } } } })),
        { ordered: false },
      );
    }
    await keep(conn, changes, false);
  };
  // Kept on the hook so that `npm run rollups:rebuild` finds the spec (as the kit's rollupFeed does).
  return Object.assign(hook, { rollupSpec: feedbackRollups });
}
