import { Readable } from 'node:stream';
import { parseFeatureCollection } from '../src/connectors/parcels-geojson';

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
