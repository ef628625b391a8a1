/** Hand-written parcels in the registry's native GeoJSON shape. */

/**
 * A closed square ring of about `m2` square metres around (lon, lat). Metres per degree from the
 * WGS 84 ellipsoid near 15.5°N (about 110 574 m per degree of latitude, 111 320·cos φ of longitude);
 * the drawn area is within 1 % of `m2`, well inside the 10 % mismatch threshold.
 */
export function square(lon: number, lat: number, m2: number): number[][][] {
  const side = Math.sqrt(m2);
  const dLon = side / (111_320 * Math.cos((lat * Math.PI) / 180));
  const dLat = side / 110_574;
  return [
    [
      [lon, lat],
      [lon + dLon, lat],
      [lon + dLon, lat + dLat],
      [lon, lat + dLat],
      [lon, lat],
    ],
  ];
}

export interface ParcelProps {
  maXa: unknown;
  soTo: unknown;
  soThua: unknown;
  dienTich: unknown;
  loaiDat: unknown;
  daCapGCN: unknown;
  ngayCapNhat: unknown;
  doiTuong?: unknown;
}

/** A parcel whose drawn shape matches its declared area unless `drawn` says otherwise. */
export function parcel(props: ParcelProps, at: [number, number], drawn = Number(props.dienTich) || 100) {
  return { type: 'Feature', properties: { doiTuong: 'GDC', ...props }, geometry: { type: 'Polygon', coordinates: square(at[0], at[1], drawn) } };
}

export function collection(features: unknown[], crs?: unknown): string {
  return JSON.stringify({ type: 'FeatureCollection', ...(crs ? { crs } : {}), features });
}
