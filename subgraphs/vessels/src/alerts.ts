/**
 * Alerts of a unit's fleet: silence (a condition at the instant asked, listed whatever `since`)
 * and zone crossings between `since` and the instant. A crossing is a change in the set of zones
 * between two consecutive positions of a vessel inside the window; the first position in the
 * window is the baseline, so a vessel that crossed just before `since` raises nothing (crossings.ts
 * keeps them at ingest with the previous position's time, and a window keeps those it holds whole).
 */
import { toVietnamIso, type Alert, type AlertLevel } from '@ioc/kit';
import type { Zone } from './geo';
import { silentOver10d, silentOver6h, type Fleet } from './fleet';
import type { Crossing, VesselDoc } from './models';
import { hourMs, silentAtSeaHours, silentListDays } from './rules';

const shown = (d: Date) => toVietnamIso(d).slice(0, 16).replace('T', ' ');

/**
 * The title is written when it is read: a fleet raises an alert per silent vessel and per zone
 * crossing, all ranked but at most `first` served, and a dashboard asking only code and level
 * then formats none (formatting every title was the vessels subgraph's largest own cost per request).
 */
function alert(v: VesselDoc, code: string, level: AlertLevel, title: () => string, time: Date): Alert {
  return {
    code,
    level,
    get title() {
      return title();
    },
    unitCode: v.unit.code,
    register: v.unit.register,
    time,
    link: `vessel:${v._id}`,
  };
}

export function silenceAlerts(f: Fleet): Alert[] {
  const out: Alert[] = [];
  for (const s of f.situations) {
    const last = s.latest?.time;
    if (!last) continue;
    if (silentOver10d(s)) {
      out.push(
        alert(
          s.vessel,
          'vessels.silent10d',
          'CRITICAL',
          () => `Tàu ${s.vessel._id} mất tín hiệu quá ${silentListDays} ngày (lần cuối ${shown(last)})`,
          new Date(last.getTime() + silentListDays * 24 * hourMs),
        ),
      );
    } else if (silentOver6h(s)) {
      out.push(
        alert(
          s.vessel,
          'vessels.silent6h',
          'WARNING',
          () => `Tàu ${s.vessel._id} trên biển mất tín hiệu quá ${silentAtSeaHours} giờ (lần cuối ${shown(last)})`,
          new Date(last.getTime() + silentAtSeaHours * hourMs),
        ),
      );
    }
  }
  return out;
}

const crossing: Record<Zone['kind'], { leave: [AlertLevel, string]; enter: [AlertLevel, string] }> = {
  NATIONAL_BOUNDARY: { leave: ['CRITICAL', 'ra ngoài'], enter: ['INFO', 'trở lại'] },
  FISHING_ZONE: { leave: ['WARNING', 'rời'], enter: ['INFO', 'vào'] },
  PORT: { leave: ['INFO', 'rời'], enter: ['INFO', 'vào'] },
};

/** The alerts of one vessel's crossings (oldest first), in the zones' order within a crossing. */
export function zoneAlerts(v: VesselDoc, crossings: Crossing[], zones: Zone[]): Alert[] {
  const out: Alert[] = [];
  for (const c of crossings) {
    const time = new Date(c.time);
    for (const z of zones) {
      const was = c.exit.includes(z._id);
      if (!was && !c.enter.includes(z._id)) continue;
      const [level, verb] = crossing[z.kind][was ? 'leave' : 'enter'];
      out.push(alert(v, was ? 'vessels.zoneExit' : 'vessels.zoneEnter', level, () => `Tàu ${v._id} ${verb} ${z.name} lúc ${shown(time)}`, time));
    }
  }
  return out;
}
