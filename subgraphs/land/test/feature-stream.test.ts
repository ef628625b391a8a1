import { Readable } from 'node:stream';
import { featureCollectionParts, type CollectionPart } from '../src/connectors/feature-stream';
import { parseFeatureCollection } from '../src/connectors/parcels-geojson';

async function parts(chunks: Buffer[]): Promise<CollectionPart[]> {
  const out: CollectionPart[] = [];
  for await (const p of featureCollectionParts(Readable.from(chunks))) out.push(p);
  return out;
}

/** Every way of cutting the bytes in two, multi-byte characters included. */
function allSplits(text: string): Buffer[][] {
  const bytes = Buffer.from(text);
  return Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);
}

const doc =
  '\uFEFF{ "type" : "FeatureCollection", "name": "Thửa \\"đất\\" {xã}", "crs": {"type":"name","properties":{"name":"EPSG:4326"}},\n' +
  ' "features": [ {"type":"Feature","properties":{"ghiChu":"a]b}c","loaiDat":"ONT"},"geometry":null} , null, 7, "x",\r\n' +
  ' {"type":"Feature","properties":{"t\\u00ean":"Đặng"},"geometry":{"type":"Polygon","coordinates":[[[1,2],[3,4]]]}} ], "bbox": [1, 2, 3, 4], "n": -1.5e3 }';

test('members and each feature come out whole, wherever the chunks are cut', async () => {
  const expected = [
    { kind: 'member', key: 'type', value: 'FeatureCollection' },
    { kind: 'member', key: 'name', value: 'Thửa "đất" {xã}' },
    { kind: 'member', key: 'crs', value: { type: 'name', properties: { name: 'EPSG:4326' } } },
    { kind: 'featuresStart' },
    { kind: 'feature', position: 1, value: { type: 'Feature', properties: { ghiChu: 'a]b}c', loaiDat: 'ONT' }, geometry: null } },
    { kind: 'feature', position: 2, value: null },
    { kind: 'feature', position: 3, value: 7 },
    { kind: 'feature', position: 4, value: 'x' },
    {
      kind: 'feature',
      position: 5,
      value: {
        type: 'Feature',
        properties: { tên: 'Đặng' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [1, 2],
              [3, 4],
            ],
          ],
        },
      },
    },
    { kind: 'member', key: 'bbox', value: [1, 2, 3, 4] },
    { kind: 'member', key: 'n', value: -1500 },
  ];
  for (const chunks of allSplits(doc)) expect(await parts(chunks)).toEqual(expected);
});

test('a feature that is not JSON becomes an error part and the next one is still read', async () => {
  const got = await parts([Buffer.from('{"type":"FeatureCollection","features":[{"a":NaN},{"b":1}]}')]);
  expect(got.slice(1)).toEqual([
    { kind: 'featuresStart' },
    expect.objectContaining({ kind: 'badFeature', position: 1, text: '{"a":NaN}', reason: expect.stringMatching(/^features\[0\]: không phải JSON hợp lệ/) }),
    { kind: 'feature', position: 2, value: { b: 1 } },
  ]);
});

test.each([
  ['[1,2]', /phải bắt đầu bằng một đối tượng/],
  ['{"type":"FeatureCollection","features":[{"a":1}', /cắt cụt/],
  ['{"type":"FeatureCollection"} x', /còn dữ liệu/],
  ['{"type" "x"}', /thiếu ":"/],
])('a broken file %s throws', async (text, why) => {
  await expect(parts([Buffer.from(text)])).rejects.toThrow(why);
});

test('the connector refuses a crs given after the features, and a file without features', async () => {
  const read = async (text: string) => {
    for await (const _ of parseFeatureCollection(Readable.from([Buffer.from(text)]))) {
      /* drain */
    }
  };
  await expect(read('{"type":"FeatureCollection","features":[{"type":"Feature"}],"crs":{"type":"name","properties":{"name":"EPSG:5899"}}}')).rejects.toThrow(
    /crs: phải đứng trước "features"/,
  );
  await expect(read('{"type":"FeatureCollection"}')).rejects.toThrow(/features: thiếu/);
});
