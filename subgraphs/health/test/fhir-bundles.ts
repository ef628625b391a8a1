/**
 * Hand-written HIS exports for the tests, in the native format (FHIR R4 Bundles). Real unit codes:
 * 20335 Phường Tân Thạnh (district 502 Tam Kỳ) and 20401 Phường Tân An (503 Hội An), province 49
 * Quảng Nam before 2025-07-01; after the reform 20335 is Phường Bàn Thạch of 48 Đà Nẵng; 16663 Phường Đông Vĩnh,
 * province 40 Nghệ An.
 */
type Json = Record<string, unknown>;

export function org(id: string, kcb: string, name: string, commune: string, beds: number | undefined, lastUpdated: string): Json {
  return {
    resourceType: 'Organization',
    id,
    meta: { lastUpdated },
    identifier: [{ system: 'urn:vn:moh:kcb', value: kcb }],
    name,
    address: [{ text: 'địa chỉ', extension: [{ url: 'urn:vn:gso:commune', valueCode: commune }] }],
    ...(beds === undefined ? {} : { extension: [{ url: 'urn:vn:moh:beds', valueInteger: beds }] }),
  };
}

export function enc(
  id: string,
  cls: string,
  status: string,
  start: string,
  end: string | null,
  provider: Json | string,
  lastUpdated = '2025-02-01T00:00:00Z',
): Json {
  return {
    resourceType: 'Encounter',
    id,
    meta: { lastUpdated },
    status,
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: cls },
    subject: { reference: 'Patient/p1' },
    period: { start, ...(end ? { end } : {}) },
    serviceProvider: typeof provider === 'string' ? { reference: provider } : provider,
  };
}

export function bundle(type: string, timestamp: string, resources: unknown[], fullUrls = false): string {
  return JSON.stringify({
    resourceType: 'Bundle',
    type,
    timestamp,
    entry: resources.map((resource, i) => ({
      ...(fullUrls ? { fullUrl: `urn:uuid:00000000-0000-0000-0000-${String(i).padStart(12, '0')}` } : {}),
      resource,
      ...(type === 'transaction' ? { request: { method: 'PUT', url: `${(resource as Json).resourceType}/${(resource as Json).id}` } } : {}),
    })),
  });
}

const o1 = 'Organization/o1';
const o2 = 'Organization/o2';

/**
 * January 2025 in Quảng Nam (period 2025-01-01/2025-02-01, census 2025-02-01 00:00 +07:00):
 * - 49001 (10 beds, 20335): visits e1, e2 = 2 (e3 is in February, e4 cancelled); admissions e5, e6
 *   = 2 (e7 began in December); emergencies e8 = 1 (e9 is 00:30 on 1 February in Vietnam);
 *   inpatients at census e6 (no end), e7 (ends 3 February) = 2 (e5 ended 15 January).
 * - 49002 (4 beds, 20401): visit e10 = 1; admissions e11–e15 = 5, all still in: 5 inpatients.
 * - 40001 (5 beds, Nghệ An 16663): visit e20 = 1.
 * Province 49: visits 3, admissions 7, emergencies 1, inpatients 7, beds 14, occupancy 7/14 = 0.5.
 * Seven malformed resources, each rejected for its own reason.
 */
export const bundleA = bundle('collection', '2025-02-15T08:00:00+07:00', [
  org('o1', '49001', 'Bệnh viện Đa khoa tỉnh Quảng Nam', '20335', 10, '2025-02-01T00:00:00Z'),
  org('o2', '49002', 'Trung tâm Y tế thành phố Hội An', '20401', 4, '2025-02-01T00:00:00Z'),
  org('o3', '40001', 'Bệnh viện Hữu nghị Đa khoa Nghệ An', '16663', 5, '2025-02-01T00:00:00Z'),
  {
    resourceType: 'Patient',
    id: 'p1',
    meta: { lastUpdated: '2025-02-01T00:00:00Z' },
    identifier: [{ system: 'urn:vn:bhxh', value: 'GD4494912345678' }],
    name: [{ text: 'Nguyễn Thị Hoa' }],
    telecom: [{ system: 'phone', value: '0905123456' }],
    gender: 'female',
    birthDate: '1980-05-06',
    address: [{ line: ['12 Phan Bội Châu'], extension: [{ url: 'urn:vn:gso:commune', valueCode: '20335' }] }],
  },
  enc('e1', 'AMB', 'finished', '2025-01-05T08:00:00+07:00', '2025-01-05T09:00:00+07:00', o1),
  enc('e2', 'AMB', 'finished', '2025-01-20T08:00:00+07:00', '2025-01-20T09:30:00+07:00', o1),
  enc('e3', 'AMB', 'finished', '2025-02-03T08:00:00+07:00', '2025-02-03T08:30:00+07:00', o1),
  enc('e4', 'AMB', 'cancelled', '2025-01-10T08:00:00+07:00', null, o1),
  enc('e5', 'IMP', 'finished', '2025-01-10T10:00:00+07:00', '2025-01-15T09:00:00+07:00', o1),
  enc('e6', 'IMP', 'in-progress', '2025-01-25T14:00:00+07:00', null, o1),
  enc('e7', 'IMP', 'finished', '2024-12-28T10:00:00+07:00', '2025-02-03T10:00:00+07:00', o1),
  enc('e8', 'EMER', 'finished', '2025-01-31T23:30:00+07:00', '2025-02-01T01:00:00+07:00', o1),
  enc('e9', 'EMER', 'finished', '2025-01-31T17:30:00Z', '2025-01-31T19:00:00Z', o1),
  enc('e10', 'AMB', 'finished', '2025-01-15', '2025-01-15', o2),
  ...[11, 12, 13, 14, 15].map((n) => enc(`e${n}`, 'IMP', 'in-progress', `2025-01-${n}T09:00:00+07:00`, null, o2)),
  enc('e20', 'AMB', 'finished', '2025-01-10T08:00:00+07:00', '2025-01-10T08:20:00+07:00', 'Organization/o3'),
  enc('bad1', 'AMB', 'done', '2025-01-05T08:00:00+07:00', null, o1),
  enc('bad2', 'HH', 'finished', '2025-01-05T08:00:00+07:00', '2025-01-05T09:00:00+07:00', o1),
  enc('bad3', 'AMB', 'finished', '2025-13-01T08:00:00+07:00', null, o1),
  enc('bad4', 'AMB', 'finished', '2025-01-05T08:00:00+07:00', '2025-01-05T09:00:00+07:00', 'Organization/khong-co'),
  org('o9', '49009', 'Phòng khám mã xã sai', '99999', 0, '2025-02-01T00:00:00Z'),
  enc('bad6', 'IMP', 'finished', '2025-01-05T08:00:00+07:00', null, o1),
  { resourceType: 'Patient', id: 'p2', gender: 'male', birthDate: 'abc', name: [{ text: 'Trần Văn B' }] },
]);

/**
 * Sent later, without the Organizations (they were sent before): e6 in a version older than the
 * stored one (must not overwrite it: stays in progress), and e2 corrected to entered-in-error
 * (newer: province 49's January visits fall from 3 to 2). e2 names its facility by code.
 */
export const bundleB = bundle('collection', '2025-02-20T08:00:00+07:00', [
  enc('e6', 'IMP', 'finished', '2025-01-25T14:00:00+07:00', '2025-01-26T08:00:00+07:00', o1, '2025-01-20T00:00:00Z'),
  enc(
    'e2',
    'AMB',
    'entered-in-error',
    '2025-01-20T08:00:00+07:00',
    '2025-01-20T09:30:00+07:00',
    { identifier: { system: 'urn:vn:moh:kcb', value: '49001' } },
    '2025-02-10T00:00:00Z',
  ),
]);

/**
 * After the reform, as a transaction with urn:uuid references: 49001 re-exported in today's
 * register (commune 20335 of 48 Đà Nẵng) with 12 beds, one July visit e30, and e6 discharged on
 * 5 July: a stay begun in January stays with the facility's old-register record.
 */
export const bundleC = bundle(
  'transaction',
  '2025-08-01T08:00:00+07:00',
  [
    org('o1', '49001', 'Bệnh viện Đa khoa Quảng Nam', '20335', 12, '2025-07-15T00:00:00Z'),
    enc(
      'e30',
      'AMB',
      'finished',
      '2025-07-10T08:00:00+07:00',
      '2025-07-10T09:00:00+07:00',
      'urn:uuid:00000000-0000-0000-0000-000000000000',
      '2025-07-10T02:00:00Z',
    ),
    enc(
      'e6',
      'IMP',
      'finished',
      '2025-01-25T14:00:00+07:00',
      '2025-07-05T08:00:00+07:00',
      'urn:uuid:00000000-0000-0000-0000-000000000000',
      '2025-07-05T02:00:00Z',
    ),
  ],
  true,
);
