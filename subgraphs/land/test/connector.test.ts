import { Readable } from 'node:stream';
import { RejectError } from '@ioc/kit';
import { parseFeatureCollection, toParcel } from '../src/connectors/parcels-geojson';
import { wgs84ToVn2000 } from '../src/connectors/vn2000';
import { collection, parcel } from './fixtures';

async function records(text: string) {
  const out: unknown[] = [];
  for await (const item of parseFeatureCollection(Readable.from([Buffer.from(text)]))) {
    try {
      out.push(toParcel(item.raw));
    } catch (e) {
      out.push(e);
    }
  }
  return out;
}

const props = { maXa: '20335', soTo: 12, soThua: 145, dienTich: 400, loaiDat: 'ONT', daCapGCN: true, ngayCapNhat: '2025-03-10' };

describe('parcels GeoJSON connector', () => {
  test('a WGS 84 parcel: natural key, old-register unit with its successor, drawn area on the ellipsoid', async () => {
    const [p] = (await records(collection([parcel(props, [108.474, 15.5736])]))) as any[];
    expect(p._id).toBe('20335-12-145');
    expect(p.unit).toMatchObject({ code: '20335', register: 'PRE_2025_07', province: '49', district: '502', current: { province: '48', commune: '20335' } });
    expect(p.uses).toEqual(['ONT']);
    expect(p.group).toBe('NON_AGRICULTURAL');
    expect(p.geometryArea).toBeGreaterThan(396);
    expect(p.geometryArea).toBeLessThan(404);
    expect(p.updatedAt.toISOString()).toBe('2025-03-09T17:00:00.000Z');
  });

  test("VN-2000 TM-3 named by EPSG code, and by name without a meridian (the province's, 107°45′ for Quảng Nam)", async () => {
    // A 20 m × 20 m square at the Tam Kỳ point PROJ places at 108.474°E 15.5736°N (see vn2000.test.ts).
    const [e, n] = [577453.9633, 1722531.7034];
    const ring = [
      [e, n],
      [e + 20, n],
      [e + 20, n + 20],
      [e, n + 20],
      [e, n],
    ];
    const feature = { type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } };
    for (const name of ['urn:ogc:def:crs:EPSG::5899', 'VN-2000 / TM-3']) {
      const [p] = (await records(collection([feature], { type: 'name', properties: { name } }))) as any[];
      expect(p.minLon).toBeCloseTo(108.474, 3);
      expect(p.minLat).toBeCloseTo(15.5736, 3);
      // TM-3 scale near 0.72° from the meridian is 0.9999·(1 + 7.3e-5): the ground square is 400 m² within 0.1 %.
      expect(Math.abs(p.geometryArea - 400)).toBeLessThan(0.4);
    }
    const back = wgs84ToVn2000(108.474, 15.5736, 107.75);
    expect(Math.abs(back[0] - e)).toBeLessThan(0.05);
  });

  test("a new-register commune takes the meridian of the old province it came from (Gia Lai 64, 108°30′, not Bình Định 52's 108°15′)", async () => {
    // Phường Diên Hồng 23563 of today's Gia Lai 52 absorbed communes of the old Gia Lai 64 (Pleiku).
    const ring = [
      [108, 13.98],
      [108.0003, 13.98],
      [108.0003, 13.9803],
      [108, 13.9803],
      [108, 13.98],
    ].map(([lon, lat]) => wgs84ToVn2000(lon, lat, 108.5));
    const feature = { type: 'Feature', properties: { ...props, maXa: '23563', ngayCapNhat: '2025-08-01' }, geometry: { type: 'Polygon', coordinates: [ring] } };
    const [p] = (await records(collection([feature], { type: 'name', properties: { name: 'VN-2000 / TM-3' } }))) as any[];
    expect(p.unit).toMatchObject({ register: 'FROM_2025_07', province: '52' });
    expect(p.minLon).toBeCloseTo(108, 6);
    expect(p.minLat).toBeCloseTo(13.98, 6);
  });

  test('an unsupported CRS fails the whole file with a Vietnamese reason naming the value', async () => {
    await expect(records(collection([parcel(props, [108.474, 15.5736])], { type: 'name', properties: { name: 'EPSG:3405' } }))).rejects.toThrow(
      /crs: .*EPSG:3405.*hệ tọa độ không được hỗ trợ/,
    );
    await expect(records('{"type":"Feature"}')).rejects.toThrow(/FeatureCollection/);
  });

  test.each([
    [{ loaiDat: 'XYZ' }, 'loaiDat', /loaiDat: "XYZ" — mã loại đất "XYZ" không có trong danh mục Thông tư 08\/2024/],
    [{ loaiDat: 'ONT+ABC' }, 'loaiDat', /mã loại đất "ABC"/],
    [{ maXa: '99999' }, 'maXa', /maXa: không có đơn vị hành chính mã "99999"/],
    [{ maXa: '502' }, 'maXa', /maXa: "502" — cần mã xã/],
    [{ soTo: 0 }, 'soTo', /soTo: 0 — cần số nguyên dương/],
    [{ soThua: '12a' }, 'soThua', /soThua: "12a"/],
    [{ dienTich: -5 }, 'dienTich', /dienTich: -5 — diện tích/],
    [{ daCapGCN: 'có lẽ' }, 'daCapGCN', /daCapGCN: "có lẽ"/],
    [{ ngayCapNhat: '31/02/2025' }, 'ngayCapNhat', /ngayCapNhat: "31\/02\/2025"/],
    [{ ngayCapNhat: '2099-01-01' }, 'ngayCapNhat', /ở tương lai/],
  ])('rejects %j naming the field', async (change, field, reason) => {
    const [e] = await records(collection([parcel({ ...props, ...change }, [108.474, 15.5736])]));
    expect(e).toBeInstanceOf(RejectError);
    expect((e as RejectError).field).toBe(field);
    expect((e as RejectError).message).toMatch(reason);
  });

  test('rejects broken shapes and shapes outside Vietnam (swapped X/Y)', async () => {
    const open = {
      type: 'Feature',
      properties: props,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [108.47, 15.57],
            [108.48, 15.57],
            [108.48, 15.58],
            [108.47, 15.58],
          ],
        ],
      },
    };
    const swapped = parcel(props, [15.5736, 108.474 - 100]);
    const point = { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [108.47, 15.57] } };
    const [a, b, c] = (await records(collection([open, swapped, point]))) as RejectError[];
    expect(a.field).toBe('geometry');
    expect(a.message).toMatch(/hình thửa không hợp lệ: .*ring/);
    expect(b.message).toMatch(/ngoài lãnh thổ Việt Nam/);
    expect(c.message).toMatch(/Polygon or MultiPolygon, got "Point"/);
  });

  test('a multi-purpose parcel keeps every code, primary first; legacy codes are accepted', async () => {
    const [p, q] = (await records(
      collection([parcel({ ...props, loaiDat: 'ont+CLN' }, [108.474, 15.5736]), parcel({ ...props, soThua: 146, loaiDat: 'BHK' }, [108.475, 15.5736])]),
    )) as any[];
    expect(p.uses).toEqual(['ONT', 'CLN']);
    expect(q.uses).toEqual(['BHK']);
    expect(q.group).toBe('AGRICULTURAL');
  });
});
