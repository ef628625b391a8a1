import { Readable } from 'node:stream';
import { streamedDocumentParts, type DocumentPart } from '../src';

async function parts(chunks: Buffer[]): Promise<DocumentPart[]> {
  const out: DocumentPart[] = [];
  for await (const p of streamedDocumentParts(Readable.from(chunks), { array: 'features', what: 'GeoJSON' })) out.push(p);
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

test('members and each array element come out whole, wherever the chunks are cut', async () => {
  const expected = [
    { kind: 'member', key: 'type', value: 'FeatureCollection' },
    { kind: 'member', key: 'name', value: 'Thửa "đất" {xã}' },
    { kind: 'member', key: 'crs', value: { type: 'name', properties: { name: 'EPSG:4326' } } },
    { kind: 'arrayStart' },
    { kind: 'element', position: 1, value: { type: 'Feature', properties: { ghiChu: 'a]b}c', loaiDat: 'ONT' }, geometry: null } },
    { kind: 'element', position: 2, value: null },
    { kind: 'element', position: 3, value: 7 },
    { kind: 'element', position: 4, value: 'x' },
    {
      kind: 'element',
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

test('an element that is not JSON becomes an error part and the next one is still read', async () => {
  const got = await parts([Buffer.from('{"type":"FeatureCollection","features":[{"a":NaN},{"b":1}]}')]);
  expect(got.slice(1)).toEqual([
    { kind: 'arrayStart' },
    expect.objectContaining({ kind: 'badElement', position: 1, text: '{"a":NaN}', reason: expect.stringMatching(/^features\[0\]: không phải JSON hợp lệ/) }),
    { kind: 'element', position: 2, value: { b: 1 } },
  ]);
});

test.each([
  ['[1,2]', /^tệp GeoJSON hỏng cấu trúc: phải bắt đầu bằng một đối tượng/],
  ['{"type":"FeatureCollection","features":[{"a":1}', /cắt cụt/],
  ['{"type":"FeatureCollection"} x', /còn dữ liệu/],
  ['{"type" "x"}', /thiếu ":"/],
])('a broken file %s throws', async (text, why) => {
  await expect(parts([Buffer.from(text)])).rejects.toThrow(why);
});
