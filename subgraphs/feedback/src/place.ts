/**
 * Where a report is: a commune code of the register in force on its date, or a point whose district
 * the kit finds from the boundaries it holds (no commune boundaries exist, so a point alone places
 * the report in its district). Both given: the code places it, the point is kept for the map,
 * hot spots and duplicates.
 */
import { resolveUnit, locateDistrict, UnitError, type UnitRef } from '@ioc/kit';

export class PlaceError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    why: string,
  ) {
    super(why);
  }
}

export interface Place {
  unit: UnitRef;
  latitude: number | null;
  longitude: number | null;
}

/** Vietnam's mainland and islands, with a margin: a point outside is a mistake (swapped or zero coordinates). */
const bounds = { south: 7, north: 24, west: 102, east: 118 };

export function placeOf(
  p: { latitude?: unknown; longitude?: unknown; communeCode?: unknown },
  date: string,
  fields = { latitude: 'latitude', longitude: 'longitude', communeCode: 'communeCode' },
): Place {
  const hasLat = p.latitude !== undefined && p.latitude !== null && p.latitude !== '';
  const hasLon = p.longitude !== undefined && p.longitude !== null && p.longitude !== '';
  if (hasLat !== hasLon) throw new PlaceError(hasLat ? fields.longitude : fields.latitude, hasLat ? p.longitude : p.latitude, 'cần cả vĩ độ và kinh độ');
  let latitude: number | null = null;
  let longitude: number | null = null;
  if (hasLat) {
    latitude = Number(p.latitude);
    longitude = Number(p.longitude);
    if (!Number.isFinite(latitude) || latitude < bounds.south || latitude > bounds.north)
      throw new PlaceError(fields.latitude, p.latitude, `vĩ độ phải trong lãnh thổ Việt Nam (${bounds.south}–${bounds.north})`);
    if (!Number.isFinite(longitude) || longitude < bounds.west || longitude > bounds.east)
      throw new PlaceError(fields.longitude, p.longitude, `kinh độ phải trong lãnh thổ Việt Nam (${bounds.west}–${bounds.east})`);
  }
  const hasCode = p.communeCode !== undefined && p.communeCode !== null && p.communeCode !== '';
  let code: unknown = p.communeCode;
  let field = fields.communeCode;
  if (hasCode) {
    if (typeof code !== 'string' || !/^\d{5}$/.test(code.trim())) throw new PlaceError(fields.communeCode, code, 'mã xã/phường gồm 5 chữ số');
  } else if (latitude !== null && longitude !== null) {
    const district = locateDistrict(latitude, longitude);
    if (!district) throw new PlaceError(fields.communeCode, p.communeCode ?? null, 'vị trí nằm ngoài các ranh giới hub có; cần mã xã/phường');
    code = district.code;
    field = fields.latitude;
  } else {
    throw new PlaceError(fields.communeCode, null, 'cần vị trí (vĩ độ, kinh độ) hoặc mã xã/phường');
  }
  try {
    const { unit: _u, ...unit } = resolveUnit(code, date, field);
    return { unit, latitude, longitude };
  } catch (e) {
    if (e instanceof UnitError) throw new PlaceError(e.field, e.value, e.message);
    throw e;
  }
}
