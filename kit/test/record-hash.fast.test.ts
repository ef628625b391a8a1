import { recordHash } from '../src/ingest/record-hash';

describe('recordHash', () => {
  const record = () => ({
    _id: 'HS-1',
    status: 2,
    name: 'Cấp giấy phép xây dựng',
    receivedAt: new Date('2025-01-04T07:43:19+07:00'),
    finishedAt: null,
    unit: { register: 'PRE_2025_07', code: '20194', current: { province: '48' } },
  });

  it('is the same for the same content, whatever object holds it', () => {
    expect(recordHash(record())).toBe(recordHash(record()));
  });

  it('tells a record apart by any field, an instant or a nested one included', () => {
    const base = recordHash(record());
    const changes: ((r: ReturnType<typeof record>) => void)[] = [
      (r) => (r.receivedAt = new Date(r.receivedAt.getTime() + 1)),
      (r) => (r.status = 3),
      (r) => (r.name = 'Cap giay phep xay dung'),
      (r) => (r.unit.current.province = '49'),
      (r) => ((r as { finishedAt: Date | null }).finishedAt = new Date(0)),
    ];
    for (const change of changes) {
      const r = record();
      change(r);
      expect(recordHash(r)).not.toBe(base);
    }
  });
});
