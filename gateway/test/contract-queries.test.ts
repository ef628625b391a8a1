/**
 * Every contract query quoted in the issues so far (and the README's further examples), sent through the real gateway exactly as
 * written (with a token where sector data needs one) to all seven subgraphs, after one small feed per
 * sector went in through its connector (./contract-feeds). Each must answer without errors and with
 * data.
 */
import { unitRegisters } from '@ioc/kit';
import { procedures } from '@ioc/procedures';
import { health } from '@ioc/health';
import { education } from '@ioc/education';
import { land } from '@ioc/land';
import { environment } from '@ioc/environment';
import { vessels } from '@ioc/vessels';
import { feedback } from '@ioc/feedback';
import { startTestHub, type TestHub } from '@ioc/testing';
import { contractFeeds } from './contract-feeds';

let hub: TestHub;
let token: string;

beforeAll(async () => {
  const sectors = [procedures, health, education, land, environment, vessels, feedback];
  hub = await startTestHub(sectors, { fresh: sectors.map((s) => s.name), tag: 'contract' });
  token = await hub.token({ role: 'leader', scope: ['*'] });
  for (const [sector, feed, body] of contractFeeds) {
    const r = await hub.ingest(sector, feed, body);
    expect({ sector, feed, ...r.body }).toMatchObject({ sector, feed, rejected: 0 });
  }
});
afterAll(() => hub?.stop());

const reg = unitRegisters();
const count = (register: 'PRE_2025_07' | 'FROM_2025_07', level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE') => reg.list(register, level).length;
const communesOf = (register: 'PRE_2025_07' | 'FROM_2025_07', province: string) => reg.list(register, 'COMMUNE').filter((c) => c.province === province).length;

interface Contract {
  /** Where the query is quoted. */
  issue: string;
  query: string;
  /** Sector data needs a signed-in caller; administrative units are public. */
  signedIn?: boolean;
  /** What "with data" means for this query. */
  check(data: any): void;
}

const contracts: Contract[] = [
  {
    issue: 'issue 2',
    query: '{ provinces(asOf: "2025-03-01") { code name type districts { code name type communes { code name type } } } }',
    check: (d) => {
      expect(d.provinces).toHaveLength(count('PRE_2025_07', 'PROVINCE'));
      expect(d.provinces.flatMap((p: any) => p.districts)).toHaveLength(count('PRE_2025_07', 'DISTRICT'));
      expect(d.provinces.flatMap((p: any) => p.districts.flatMap((x: any) => x.communes))).toHaveLength(count('PRE_2025_07', 'COMMUNE'));
    },
  },
  {
    issue: 'issue 2',
    query: '{ provinces { code name communes { code name } } }',
    check: (d) => {
      expect(d.provinces).toHaveLength(count('FROM_2025_07', 'PROVINCE'));
      expect(d.provinces.flatMap((p: any) => p.communes)).toHaveLength(count('FROM_2025_07', 'COMMUNE'));
    },
  },
  {
    issue: 'issue 2',
    query: '{ province(code: "49", asOf: "2025-03-01") { code name districts { code name boundary } } }',
    check: (d) => {
      expect(d.province.districts).toHaveLength(reg.list('PRE_2025_07', 'DISTRICT').filter((x) => x.province === '49').length);
      expect(d.province.districts.every((x: any) => x.boundary?.type === 'MultiPolygon')).toBe(true);
    },
  },
  {
    issue: 'issue 2',
    query: '{ district(code: "502", asOf: "2025-03-01") { code name province { code name } communes { code } } }',
    check: (d) => {
      expect(d.district.province.code).toBe('49');
      expect(d.district.communes.map((c: any) => c.code)).toContain('20335');
    },
  },
  {
    issue: 'issue 2',
    query: '{ commune(code: "20335", asOf: "2025-03-01") { code name district { code } province { code } } }',
    check: (d) => expect(d.commune).toMatchObject({ code: '20335', district: { code: '502' }, province: { code: '49' } }),
  },
  {
    issue: 'issue 3',
    query: '{ province(code: "49", asOf: "2025-03-01") { name successors { unit { code name } share } } }',
    check: (d) => expect(d.province.successors).toEqual([{ unit: { code: '48', name: reg.get('FROM_2025_07', 'PROVINCE', '48')!.name }, share: 'FULL' }]),
  },
  {
    issue: 'issue 3',
    query: '{ province(code: "48") { name predecessors { unit { code name } share } communes { code } } }',
    check: (d) => {
      expect(d.province.predecessors.map((p: any) => p.unit.code)).toEqual(['48', '49']);
      expect(d.province.communes).toHaveLength(communesOf('FROM_2025_07', '48'));
    },
  },
  {
    issue: 'issue 3',
    query: '{ commune(code: "00001", asOf: "2025-03-01") { name successors { unit { code name } share } } }',
    check: (d) => expect(d.commune.successors.length).toBeGreaterThan(0),
  },
  {
    // Also quoted by issue 8, item 1: it must not need a fragment.
    issue: 'issue 3',
    query: '{ commune(code: "00004") { name predecessors { unit { code name } share } } }',
    check: (d) => expect(d.commune.predecessors.map((p: any) => p.unit.code)).toContain('00004'),
  },
  {
    issue: 'issue 4',
    signedIn: true,
    query:
      '{ commune(code: "20335", asOf: "2025-03-01") { procedures(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late pending overdue withdrawn notAccepted online onTimeRate onlineRate } } }',
    check: (d) => expect(d.commune.procedures).toMatchObject({ received: 2, resolved: 1, onTime: 1, pending: 1 }),
  },
  {
    issue: 'issue 4',
    signedIn: true,
    query:
      '{ province(code: "49", asOf: "2025-03-01") { health(from: "2025-01-01", to: "2025-02-01") { visits admissions emergencies inpatientsNow beds bedOccupancy facilities { code name beds } } } }',
    check: (d) => {
      expect(d.province.health).toMatchObject({ visits: 1, admissions: 1, beds: 20 });
      expect(d.province.health.facilities.map((f: any) => f.code)).toContain('49099');
    },
  },
  {
    issue: 'issue 4',
    signedIn: true,
    query:
      '{ district(code: "502", asOf: "2025-03-01") { education(schoolYear: "2024-2025") { schools standardSchools students classes teachers studentsPerTeacher byLevel { level schools students } } } }',
    check: (d) => expect(d.district.education).toMatchObject({ schools: 1, standardSchools: 1, students: 70, classes: 2, teachers: 4 }),
  },
  {
    issue: 'issue 5',
    signedIn: true,
    query: '{ commune(code: "20335", asOf: "2025-03-01") { land { parcels area certifiedShare byUse { code name area parcels } } } }',
    check: (d) => {
      expect(d.commune.land).toMatchObject({ parcels: 1, area: 500 });
      expect(d.commune.land.byUse.map((u: any) => u.code)).toEqual(['LUC']);
    },
  },
  {
    issue: 'issue 5',
    signedIn: true,
    query:
      '{ province(code: "49", asOf: "2025-03-01") { environment { stations { code name latestAqi { time value band dominant } daily(from: "2025-01-01", to: "2025-01-08") { date value band } } } } }',
    check: (d) => {
      const [station] = d.province.environment.stations;
      expect(station.code).toBe('CQ01');
      expect(station.latestAqi.value).toBeGreaterThan(0);
      expect(station.daily.map((x: any) => x.date)).toContain('2025-01-02');
    },
  },
  {
    issue: 'issue 5',
    signedIn: true,
    query: '{ province(code: "49", asOf: "2025-03-01") { vessels { registered atSea inPort silentOver6h silentOver10d } } }',
    check: (d) => expect(d.province.vessels.registered).toBe(1),
  },
  {
    // Issue 8, item 3 quotes it without the outer braces: the clinic sent with today's code 20341
    // counts in old 49 beside the hospital sent with an old code.
    issue: 'issue 8',
    signedIn: true,
    query: '{ province(code: "49", asOf: "2025-03-01") { health(from: "2024-02-01", to: "2024-03-01") { visits } } }',
    check: (d) => expect(d.province.health.visits).toBe(2),
  },
  // The README's own examples beyond the issues' (the rest repeat them).
  {
    issue: 'README',
    query: '{ searchUnits(text: "hoa khanh") { code name provinceName exact } }',
    check: (d) => expect(d.searchUnits.filter((h: any) => h.exact).length).toBeGreaterThan(0),
  },
  {
    issue: 'README',
    query: '{ resolveUnitCode(code: "20335", date: "2025-02-01") { currentProvince { name } currentCommune { name } approximate } }',
    check: (d) => expect(d.resolveUnitCode.currentProvince.name).toBe(reg.get('FROM_2025_07', 'PROVINCE', '48')!.name),
  },
  {
    issue: 'README',
    signedIn: true,
    query:
      '{ province(code: "48") { health(from: "2025-07-01", to: "2025-11-01") { visits inpatientsNow bedOccupancy indicators { name value status } alerts { title level } } } }',
    check: (d) => {
      expect(d.province.health.visits).toBe(1);
      expect(d.province.health.indicators.length).toBeGreaterThan(0);
    },
  },
  {
    issue: 'README',
    signedIn: true,
    query: '{ province(code: "48") { land { parcels area certifiedShare byGroup { name area } indicators { name value status } } } }',
    check: (d) => expect(d.province.land).toMatchObject({ parcels: 1, area: 500, certifiedShare: 1 }),
  },
  {
    issue: 'README',
    signedIn: true,
    query: '{ province(code: "48") { environment { stations { code name latestAqi { time value band dominant } } alerts { title time } } } }',
    check: (d) => expect(d.province.environment.stations.map((x: any) => x.code)).toEqual(['CQ01']),
  },
  {
    issue: 'README',
    signedIn: true,
    query: '{ proceduresFollowUp(from: "2025-01-01", to: "2026-01-01", first: 10) { id procedureName followUp daysLate } }',
    check: (d) => expect(d.proceduresFollowUp.map((x: any) => x.id)).toContain('CQ-0002'),
  },
  {
    issue: 'README',
    signedIn: true,
    query: '{ proceduresFeeds { feed lastSuccessAt records rejects } healthFeeds { feed records } landFeeds { feed records } }',
    check: (d) => {
      for (const list of [d.proceduresFeeds, d.healthFeeds, d.landFeeds]) expect(list.every((f: any) => f.records > 0)).toBe(true);
    },
  },
  {
    issue: 'issue 13',
    query: 'mutation { submitFeedback(input: { category: TRAFFIC, description: "Biển báo giao thông bị đổ", communeCode: "20335" }) { trackingCode status } }',
    check: (d) => expect(d.submitFeedback).toEqual({ trackingCode: expect.stringMatching(/^PA-/), status: 'RECEIVED' }),
  },
  {
    issue: 'issue 13',
    query: '{ feedbackByCode(code: "CQ-PA-0001") { status history { status at } result } }',
    check: (d) =>
      expect(d.feedbackByCode).toMatchObject({ status: 'RESOLVED', result: 'Đã vá ổ gà', history: [{ status: 'RECEIVED' }, { status: 'RESOLVED' }] }),
  },
  ...[
    '{ commune(code: "20335", asOf: "2025-03-01") { feedback(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late overdue } } }',
    '{ district(code: "502", asOf: "2025-03-01") { feedback(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late overdue } } }',
    '{ province(code: "49", asOf: "2025-03-01") { feedback(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late overdue } } }',
    '{ province(code: "48") { feedback(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late overdue } } }',
    '{ commune(code: "20335") { feedback(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late overdue } } }',
  ].map((query): Contract => ({
    issue: 'issue 13',
    query,
    signedIn: true,
    check: (d) => expect((d.commune ?? d.district ?? d.province).feedback).toEqual({ received: 2, resolved: 1, onTime: 1, late: 0, overdue: 1 }),
  })),
];

describe('every contract query of the issues answers through the gateway, as written', () => {
  test.each(contracts.map((c) => [c.issue, c.query, c] as const))('%s: %s', async (_issue, query, c) => {
    const r = await hub.query(query, c.signedIn ? { token } : {});
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    c.check(r.data);
  });
});

/**
 * Issue 12: `series(from, to, every)` on every sector's statistics that has one, asked on a
 * province, a district and a commune of the old register and a province and a commune of today's
 * (the contract feeds all sit in 20335, so each holds them). Over the first quarter of 2025 the
 * days, weeks and months must cover the range without gap or overlap and add up to the one QUARTER
 * period, and, where the sector has statistics over a range, to those statistics. Education's
 * figures are snapshots of a school year (`snapshot`): each period equals the school year in force
 * on its last day (2024-2025 throughout the quarter), so every period equals the QUARTER and the
 * school year's own statistics instead of adding up to them.
 */
const range = { from: '2025-01-01', to: '2025-04-01' };
const seriesSectors: { sector: string; object: string; figures: string[]; whole?: string[]; snapshot?: string }[] = [
  {
    sector: 'procedures',
    object: `procedures(from: "${range.from}", to: "${range.to}")`,
    figures: ['received', 'notAccepted', 'resolved', 'onTime', 'late', 'pending', 'overdue', 'withdrawn', 'online'],
    whole: ['received', 'resolved', 'onTime', 'late', 'pending', 'overdue', 'withdrawn', 'notAccepted', 'online'],
  },
  {
    sector: 'health',
    object: `health(from: "${range.from}", to: "${range.to}")`,
    figures: ['visits', 'admissions', 'emergencies'],
    whole: ['visits', 'admissions', 'emergencies'],
  },
  {
    sector: 'education',
    object: 'education(schoolYear: "2024-2025")',
    figures: ['students', 'schools', 'classes', 'girls', 'teachers', 'qualifiedTeachers'],
    whole: ['students', 'schools', 'classes', 'girls', 'teachers', 'qualifiedTeachers'],
    snapshot: '2024-2025',
  },
  { sector: 'land', object: 'land', figures: ['parcels', 'area', 'certifiedParcels'] },
  { sector: 'environment', object: 'environment', figures: ['stationDays', 'ratedDays', 'goodDays'] },
  { sector: 'vessels', object: 'vessels', figures: ['positions', 'vesselDays'] },
  {
    sector: 'feedback',
    object: `feedback(from: "${range.from}", to: "${range.to}")`,
    figures: ['received', 'refused', 'resolved', 'onTime', 'late', 'pending', 'overdue', 'rated'],
    whole: ['received', 'refused', 'resolved', 'onTime', 'late', 'pending', 'overdue', 'rated'],
  },
];
const seriesUnits = [
  'province(code: "49", asOf: "2025-03-01")',
  'district(code: "502", asOf: "2025-03-01")',
  'commune(code: "20335", asOf: "2025-03-01")',
  'province(code: "48")',
  'commune(code: "20335")',
];
const everyPeriod = ['DAY', 'WEEK', 'MONTH', 'QUARTER'] as const;
const addUp = (periods: any[], fields: string[]) => Object.fromEntries(fields.map((f) => [f, periods.reduce((t, p) => t + p[f], 0)]));

describe('issue 12: series answers on a province, a district and a commune of both registers, and its periods sum to the whole-range figure (education: each equals it)', () => {
  test.each(seriesSectors.flatMap((s) => seriesUnits.map((u) => [s.sector, u, s] as const)))('%s on %s', async (_sector, unit, s) => {
    const list = (every: string) =>
      `${every}: series(from: "${range.from}", to: "${range.to}", every: ${every}) { from to ${s.snapshot ? 'schoolYear' : ''} ${s.figures.join(' ')} }`;
    const r = await hub.query(`{ u: ${unit} { s: ${s.object} { ${everyPeriod.map(list).join(' ')} ${s.whole?.join(' ') ?? ''} } } }`, { token });
    expect(r.errors).toBeUndefined();
    const stats = r.data.u.s;
    const [quarter] = stats.QUARTER;
    expect(stats.QUARTER).toEqual([expect.objectContaining(range)]);
    // The sample is in the unit: the range holds records, so the sums below compare figures, not zeros.
    expect(quarter[s.figures[0]]).toBeGreaterThan(0);
    for (const every of ['DAY', 'WEEK', 'MONTH'] as const) {
      const periods = stats[every];
      expect(periods.length).toBe({ DAY: 90, WEEK: 14, MONTH: 3 }[every]);
      expect(periods[0].from).toBe(range.from);
      expect(periods[periods.length - 1].to).toBe(range.to);
      periods.slice(1).forEach((p: any, i: number) => expect(p.from).toBe(periods[i].to));
      if (s.snapshot) for (const p of periods) expect(p).toEqual({ ...quarter, from: p.from, to: p.to });
      else expect(addUp(periods, s.figures)).toEqual(addUp(stats.QUARTER, s.figures));
    }
    if (s.snapshot) {
      expect(quarter.schoolYear).toBe(s.snapshot);
      expect(Object.fromEntries(s.whole!.map((f) => [f, quarter[f]]))).toEqual(Object.fromEntries(s.whole!.map((f) => [f, stats[f]])));
    } else if (s.whole) expect(addUp(stats.MONTH, s.whole)).toEqual(Object.fromEntries(s.whole.map((f) => [f, stats[f]])));
  });
});
