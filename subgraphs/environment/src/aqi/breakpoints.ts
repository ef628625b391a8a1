/**
 * Breakpoints and bands of the Vietnamese air quality index (VN_AQI).
 *
 * Source: Quyết định 1459/QĐ-TCMT ngày 12/11/2019 của Tổng cục Môi trường, "Hướng dẫn kỹ thuật
 * tính toán và công bố chỉ số chất lượng không khí Việt Nam (VN_AQI)" (replaces QĐ 878/QĐ-TCMT
 * of 2011). Section numbers below refer to that guidance:
 *   - Bảng 1 (mục 1.4): AQI ranges, quality labels and RGB colours;
 *   - Bảng 2 (mục 2.2.1.b): breakpoints BPi for each Ii, all in µg/m³.
 */

export type PollutantCode = 'PM2_5' | 'PM10' | 'O3' | 'NO2' | 'SO2' | 'CO';

/**
 * Order used to break ties when two pollutants share the highest sub-index. The decision does not
 * address ties (Bảng 3 only asks that the parameter with the highest AQIx be named); particles come
 * first because the decision makes PM the one mandatory input (mục 2.1.b).
 */
export const POLLUTANTS: readonly PollutantCode[] = ['PM2_5', 'PM10', 'O3', 'NO2', 'SO2', 'CO'];

/** A piecewise-linear table: concentration `bp[k]` (µg/m³) maps to index `index[k]`. */
export interface BreakpointTable {
  readonly name: string;
  /** Concentrations BPi, µg/m³, strictly increasing. */
  readonly bp: readonly number[];
  /** Index values Ii at each BPi. */
  readonly index: readonly number[];
  /**
   * What the table says above its last breakpoint. 'cap': Bảng 2 writes the last row as "≥ BP"
   * (e.g. PM2.5 ≥ 500 → 500), so every higher concentration is index 500 — the scale stops there and
   * there is no extrapolation above 500. 'undefined': the row is "-" (O3 8h above 400 µg/m³), the
   * index simply does not exist for such a concentration.
   */
  readonly above: 'cap' | 'undefined';
}

/** Ii of Bảng 2, rows i = 1…8. */
const I = [0, 50, 100, 150, 200, 300, 400, 500] as const;

function table(name: string, bp: readonly number[], above: BreakpointTable['above']): BreakpointTable {
  return Object.freeze({ name, bp: Object.freeze([...bp]), index: Object.freeze(I.slice(0, bp.length)), above });
}

/** Bảng 2, column O3 (1h): used for the hourly O3 index and the daily 1-hour-max O3 index. */
export const O3_1H = table('O3 (1h)', [0, 160, 200, 300, 400, 800, 1000, 1200], 'cap');

/**
 * Bảng 2, column O3 (8h): rows i = 7, 8 are "-", so the table stops at 400 µg/m³ ↔ 300. Mục 2.2.2.b:
 * when the day's highest 8-hour mean is above 400 µg/m³, only the 1-hour maximum is used for O3.
 */
export const O3_8H = table('O3 (8h)', [0, 100, 120, 170, 210, 400], 'undefined');

/** Bảng 2, column CO, in µg/m³ (not mg/m³, the unit many analysers report in). */
export const CO = table('CO', [0, 10_000, 30_000, 45_000, 60_000, 90_000, 120_000, 150_000], 'cap');

export const SO2 = table('SO2', [0, 125, 350, 550, 800, 1600, 2100, 2630], 'cap');

export const NO2 = table('NO2', [0, 100, 200, 700, 1200, 2350, 3100, 3850], 'cap');

/** Bảng 2, column PM10: applied to the NowCast (hourly) or the 24-hour mean (daily). */
export const PM10 = table('PM10', [0, 50, 150, 250, 350, 420, 500, 600], 'cap');

/** Bảng 2, column PM2.5: applied to the NowCast (hourly) or the 24-hour mean (daily). */
export const PM2_5 = table('PM2.5', [0, 25, 50, 80, 150, 250, 350, 500], 'cap');

/** Highest value the index can take: Bảng 1 ends at 301–500 and Bảng 2 at "≥ BP ↔ 500". */
export const AQI_MAX = 500;

export type BandCode = 'GOOD' | 'MODERATE' | 'POOR' | 'BAD' | 'VERY_BAD' | 'HAZARDOUS';

export interface AqiBand {
  readonly code: BandCode;
  /** Inclusive integer range of the rounded AQI, as Bảng 1 writes it. */
  readonly min: number;
  readonly max: number;
  /** "Chất lượng không khí" column of Bảng 1. */
  readonly labelVi: string;
  /** "Màu sắc" column of Bảng 1, and its English name. */
  readonly colourVi: string;
  readonly colourEn: string;
  /** "Mã màu RGB" column of Bảng 1. */
  readonly rgb: readonly [number, number, number];
  /** The same colour as #RRGGBB, derived from `rgb` so the two can never disagree. */
  readonly hex: string;
}

function band(code: BandCode, min: number, max: number, labelVi: string, colourVi: string, colourEn: string, rgb: [number, number, number]): AqiBand {
  const hex = '#' + rgb.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('');
  return Object.freeze({ code, min, max, labelVi, colourVi, colourEn, rgb: Object.freeze(rgb) as AqiBand['rgb'], hex });
}

/** Bảng 1 (mục 1.4), in order. Ranges are of the integer AQI, after rounding (mục 2.2.1.c). */
export const BANDS: readonly AqiBand[] = Object.freeze([
  band('GOOD', 0, 50, 'Tốt', 'Xanh', 'green', [0, 228, 0]),
  band('MODERATE', 51, 100, 'Trung bình', 'Vàng', 'yellow', [255, 255, 0]),
  band('POOR', 101, 150, 'Kém', 'Da cam', 'orange', [255, 126, 0]),
  band('BAD', 151, 200, 'Xấu', 'Đỏ', 'red', [255, 0, 0]),
  band('VERY_BAD', 201, 300, 'Rất xấu', 'Tím', 'purple', [143, 63, 151]),
  band('HAZARDOUS', 301, 500, 'Nguy hại', 'Nâu', 'brown (maroon)', [126, 0, 35]),
]);

/**
 * Band of a published (integer) AQI. Bảng 1's ranges leave no room between 50 and 51, so a
 * fractional value must be rounded first, exactly as the decision rounds before publishing.
 */
export function bandOf(aqi: number): AqiBand {
  if (!Number.isInteger(aqi) || aqi < 0 || aqi > AQI_MAX) {
    throw new RangeError(`VN_AQI must be an integer in 0…${AQI_MAX}, got ${aqi}`);
  }
  const found = BANDS.find((b) => aqi >= b.min && aqi <= b.max);
  // Unreachable while BANDS covers 0…500 without gaps; kept so a bad edit fails loudly.
  if (!found) throw new RangeError(`no VN_AQI band for ${aqi}`);
  return found;
}
