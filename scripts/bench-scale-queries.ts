/**
 * The dashboard queries the scale benchmark times through the gateway, over the province-year the
 * sectors' `generateScale` write (Đà Nẵng 48, 2025).
 */
import { scaleProvince, unitRegisters } from '../kit/src';

const sectors = (indicators: boolean) => {
  const more = indicators ? ' indicators { code value status } alerts { code level }' : '';
  return `
    procedures(from: $from, to: $to) { received resolved onTimeRate overdue${more} }
    health(from: $from, to: $to) { visits admissions inpatientsNow bedOccupancy${more} }
    education(schoolYear: $schoolYear) { schools students studentsPerClass${more} }
    land { parcels area${more} }
    environment { stationCount${more} }
    vessels(at: $at) { registered atSea silentOver6h${more} }`;
};

const vars = '$from: Date!, $to: Date!, $schoolYear: String!, $at: DateTime!';

/** A commune of today's Đà Nẵng that holds records of every sector: the successor of Phường Tân Thạnh (Tam Kỳ). */
function showcaseCommune(): string {
  const old = unitRegisters().get('PRE_2025_07', 'COMMUNE', '20335')!;
  return scaleProvince().successor(old);
}

export function dashboardQueries(): { name: string; query: string; variables: Record<string, unknown> }[] {
  const variables = { from: '2025-01-01', to: '2026-01-01', schoolYear: '2025-2026', at: '2025-12-31T23:00:00+07:00' };
  return [
    {
      name: 'province, six sectors with indicators',
      query: `query(${vars}) { province(code: "48") { name ${sectors(true)} } }`,
      variables,
    },
    {
      name: 'every commune of the province, headline figures',
      query: `query(${vars}) { province(code: "48") { communes { code name ${sectors(false)} } } }`,
      variables,
    },
    {
      name: 'old-register tree (63 → 696 → 10,047)',
      query: '{ provinces(asOf: "2025-03-01") { code name districts { code name communes { code name } } } }',
      variables: {},
    },
    {
      name: 'one commune, six sectors with indicators',
      query: `query(${vars}, $code: String!) { commune(code: $code) { name ${sectors(true)} } }`,
      variables: { ...variables, code: showcaseCommune() },
    },
  ];
}
