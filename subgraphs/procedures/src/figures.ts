/** The dossier figures, exactly as the issue defines them, over rows already filtered by unit, period and scope. */
import { NOT_ACCEPTED, ONLINE, resolvedStatuses, pendingStatuses, withdrawnStatuses } from './codes';
import type { DossierDoc } from './models';

export type DossierRow = Pick<DossierDoc, '_id' | 'status' | 'channel' | 'receivedAt' | 'dueAt' | 'finishedAt' | 'fieldCode' | 'fieldName' | 'agency' | 'procedureName' | 'unit'>;

export interface Figures {
  received: number;
  notAccepted: number;
  resolved: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  withdrawn: number;
  onTimeRate: number | null;
  online: number;
  onlineRate: number | null;
}

export type FollowUp = 'LATE' | 'OVERDUE';

/** LATE (resolved after its due time) or OVERDUE (pending past its due time at `now`), else null. */
export function followUpOf(d: Pick<DossierRow, 'status' | 'dueAt' | 'finishedAt'>, now: Date): FollowUp | null {
  if (resolvedStatuses.has(d.status)) return d.dueAt && d.finishedAt && d.finishedAt > d.dueAt ? 'LATE' : null;
  if (pendingStatuses.has(d.status)) return d.dueAt && d.dueAt < now ? 'OVERDUE' : null;
  return null;
}

/** Whole days past due: to the finish for a late dossier, to `now` for an overdue one. */
export function daysLate(d: Pick<DossierRow, 'status' | 'dueAt' | 'finishedAt'>, now: Date): number {
  const f = followUpOf(d, now);
  if (!f) return 0;
  const until = f === 'LATE' ? d.finishedAt! : now;
  return Math.floor((until.getTime() - d.dueAt!.getTime()) / 86_400_000);
}

export function figures(rows: DossierRow[], now: Date): Figures {
  const f = { received: 0, notAccepted: 0, resolved: 0, onTime: 0, late: 0, pending: 0, overdue: 0, withdrawn: 0, online: 0 };
  for (const d of rows) {
    if (d.status === NOT_ACCEPTED) { f.notAccepted++; continue; }
    f.received++;
    // online / received is a share of received dossiers, so a refused online submission is not counted.
    if (d.channel === ONLINE) f.online++;
    if (resolvedStatuses.has(d.status)) {
      f.resolved++;
      if (followUpOf(d, now) === 'LATE') f.late++;
      else f.onTime++;
    } else if (pendingStatuses.has(d.status)) {
      f.pending++;
      if (followUpOf(d, now) === 'OVERDUE') f.overdue++;
    } else if (withdrawnStatuses.has(d.status)) {
      f.withdrawn++;
    }
  }
  return {
    ...f,
    onTimeRate: f.resolved ? f.onTime / f.resolved : null,
    onlineRate: f.received ? f.online / f.received : null,
  };
}

/** The same figures per group (field or agency), most received first. */
export function figuresBy(rows: DossierRow[], now: Date, key: (d: DossierRow) => [string, string]): (Figures & { code: string; name: string })[] {
  const groups = new Map<string, { name: string; rows: DossierRow[] }>();
  for (const d of rows) {
    const [code, name] = key(d);
    const g = groups.get(code);
    if (g) g.rows.push(d);
    else groups.set(code, { name, rows: [d] });
  }
  return [...groups.entries()]
    .map(([code, g]) => ({ code, name: g.name, ...figures(g.rows, now) }))
    .sort((a, b) => b.received - a.received || b.notAccepted - a.notAccepted || a.code.localeCompare(b.code));
}
