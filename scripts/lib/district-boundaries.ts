/**
 * District boundaries for the import: the reference GIS files predate the district merges of
 * 2024, so a district the register no longer lists still has its own boundary there. Its
 * boundary is merged (polygon union) into the district that absorbed it, so the province's map has
 * no hole. Areas are spherical (@turf/area: Chamberlain & Duquette, "Some algorithms for polygons on
 * a sphere", JPL 2007, on the mean Earth radius 6,371,008.8 m); the test compares like with like.
 */
import area from '@turf/area';
import union from '@turf/union';
import { featureCollection, multiPolygon } from '@turf/helpers';
import type { Position } from 'geojson';

type Coordinates = Position[][][];

/** Districts abolished by a merger after the GIS snapshot → the district that absorbed them. */
export const absorbedDistricts: Record<string, { into: string; source: string }> = {
  // Nông Sơn's whole area (471.64 km²) went into Quế Sơn.
  '519': { into: '509', source: 'Resolution 1241/NQ-UBTVQH15 of 2024-10-24 (Quảng Nam, 2023–2025 arrangement)' },
  // Cửa Lò went into Vinh, with four communes of Nghi Lộc that the GIS file still draws in 429.
  '413': { into: '412', source: 'Resolution 1243/NQ-UBTVQH15 of 2024-10-24 (Nghệ An, 2023–2025 arrangement)' },
  // Mỹ Lộc went into Thành phố Nam Định.
  '358': { into: '356', source: 'Resolution 1104/NQ-UBTVQH15 of 2024-07-23 (Nam Định, 2023–2025 arrangement)' },
  // Thành phố Ninh Bình and Huyện Hoa Lư became Thành phố Hoa Lư, which keeps Hoa Lư's code 374.
  '369': { into: '374', source: 'Resolution 1318/NQ-UBTVQH15 of 2024-12-10 (Ninh Bình, 2023–2025 arrangement)' },
};

export const areaOf = (coordinates: Coordinates): number => area(multiPolygon(coordinates));

/** The union of several MultiPolygons, as MultiPolygon coordinates. */
export function unionOf(parts: Coordinates[]): Coordinates {
  if (parts.length === 1) return parts[0];
  const merged = union(featureCollection(parts.map((c) => multiPolygon(c))));
  if (!merged) throw new Error('union of district boundaries is empty');
  return merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
}

export function bboxOf(coordinates: Coordinates): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of coordinates)
    for (const ring of polygon)
      for (const [lon, lat] of ring) {
        b[0] = Math.min(b[0], lon);
        b[1] = Math.min(b[1], lat);
        b[2] = Math.max(b[2], lon);
        b[3] = Math.max(b[3], lat);
      }
  return b;
}
