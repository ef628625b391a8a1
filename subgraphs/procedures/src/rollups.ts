/**
 * What a dossier adds to the rollups: on the day it was received, one count in each figure it
 * belongs to, in total and by field and agency; a dossier that may need follow-up (pending with a
 * due time, or resolved late) is also kept as an item, the small open set that `overdue`, the
 * alerts and the follow-up list read. An item keeps the procedure's code, not its name: a name is
 * most of an item's bytes and many items share one, so the name is a label (`procedure`), kept
 * once per unit-month.
 */
import { expand, todayInVietnam, type Register, type RollupSpec } from '@ioc/kit';
import { NOT_ACCEPTED, ONLINE, resolvedStatuses, pendingStatuses, withdrawnStatuses } from './codes';
import type { DossierDoc } from './models';

/** The additive figures of ProcedureStats (overdue depends on `now`: it is read from the items). */
export const measures = ['received', 'notAccepted', 'resolved', 'onTime', 'late', 'pending', 'withdrawn', 'online'] as const;
export type Measure = (typeof measures)[number];

/** What the follow-up reads keep of a dossier (its procedure's name: `tally.label('procedure', procedureCode)`). */
export interface FollowUpItem {
  status: number;
  dueAt: Date | null;
  finishedAt: Date | null;
  procedureCode: string;
  fieldCode: string;
  agency: string;
  unitCode: string;
  register: Register;
  day?: string;
}

export function measuresOf(d: Pick<DossierDoc, 'status' | 'channel' | 'dueAt' | 'finishedAt'>): Record<Measure, number> {
  const notAccepted = d.status === NOT_ACCEPTED;
  const resolved = resolvedStatuses.has(d.status);
  const late = resolved && !!d.dueAt && !!d.finishedAt && d.finishedAt > d.dueAt;
  return {
    received: notAccepted ? 0 : 1,
    notAccepted: notAccepted ? 1 : 0,
    // online / received is a share of received dossiers, so a refused online submission is not counted.
    online: !notAccepted && d.channel === ONLINE ? 1 : 0,
    resolved: resolved ? 1 : 0,
    onTime: resolved && !late ? 1 : 0,
    late: late ? 1 : 0,
    pending: pendingStatuses.has(d.status) ? 1 : 0,
    withdrawn: withdrawnStatuses.has(d.status) ? 1 : 0,
  };
}

export const dossierRollups: RollupSpec<DossierDoc> = {
  unit: (d) => d.unit,
  contributions(d) {
    const m = measuresOf(d);
    const mayFollowUp = (pendingStatuses.has(d.status) && d.dueAt !== null) || m.late === 1;
    const item: FollowUpItem = {
      status: d.status,
      dueAt: d.dueAt,
      finishedAt: d.finishedAt,
      procedureCode: d.procedureCode,
      fieldCode: d.fieldCode,
      agency: d.agency,
      unitCode: d.unit.code,
      register: d.unit.register,
    };
    return [
      {
        day: todayInVietnam(d.receivedAt),
        counters: expand(m, { field: d.fieldCode, agency: d.agency }),
        items: mayFollowUp ? { [d._id]: item as unknown as Record<string, unknown> } : undefined,
        // Every dossier's, like its field's: a label is never taken out, so what is stored stays a
        // recount of the newest versions whichever version had an item.
        labels: { field: { [d.fieldCode]: d.fieldName }, procedure: { [d.procedureCode]: d.procedureName } },
      },
    ];
  },
};
