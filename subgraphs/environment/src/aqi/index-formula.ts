/**
 * The VN_AQI sub-index formula and the composite of sub-indices.
 * Source: QĐ 1459/QĐ-TCMT (12/11/2019), mục 2.2.1.b–c and 2.2.2.b–c.
 */
import { AQI_MAX, bandOf, POLLUTANTS, type AqiBand, type BreakpointTable, type PollutantCode } from './breakpoints';

/**
 * Sub-index precision. Floating point turns exact halves into near-halves (O3 1h at 161.2 µg/m³
 * is 51.5 exactly but computes as 51.4999…), which would publish 51 instead of 52. Concentrations
 * carry at most a few decimals, so snapping to 1e-6 removes that noise without changing any real
 * value.
 */
const SNAP = 1e6;

function snap(x: number): number {
  return Math.round(x * SNAP) / SNAP;
}

/**
 * Công thức 1/2 (mục 2.2.1.b): AQIx = (I(i+1) − Ii) / (BP(i+1) − BPi) × (C − BPi) + Ii with
 * BPi ≤ C < BP(i+1). The formula is continuous at every breakpoint, so which side owns an exact
 * breakpoint does not change the result.
 *
 * Returns null when the table does not define the concentration (O3 8h above 400 µg/m³); returns
 * 500 for anything at or above a "≥" last row (Bảng 2), never an extrapolated value above 500.
 */
export function subIndex(table: BreakpointTable, c: number): number | null {
  if (!Number.isFinite(c) || c < 0) {
    // Mục 2.1.a requires validated data; a negative or non-numeric value reaching here is a bug upstream.
    throw new RangeError(`${table.name}: concentration must be a finite number ≥ 0, got ${c}`);
  }
  const { bp, index } = table;
  const last = bp.length - 1;
  if (c >= bp[last]) {
    if (table.above === 'cap') return index[last];
    return c === bp[last] ? index[last] : null;
  }
  let i = 0;
  while (c >= bp[i + 1]) i++;
  return snap(((index[i + 1] - index[i]) / (bp[i + 1] - bp[i])) * (c - bp[i]) + index[i]);
}

export type SubIndices = Partial<Record<PollutantCode, number>>;

export interface Composite {
  /** Mục 2.2.1.c / 2.2.2.c: the largest AQIx, "làm tròn thành số nguyên". */
  readonly value: number;
  readonly band: AqiBand;
  /** The parameter with the highest AQIx, which Bảng 3 requires to be published. */
  readonly dominant: PollutantCode;
}

/**
 * AQI = max(AQIx), rounded. Mục 2.1.b: at least one of PM10 and PM2.5 must be in the formula,
 * otherwise there is no VN_AQI at all (null), however many gases were measured.
 */
export function composite(subIndices: SubIndices): Composite | null {
  if (subIndices.PM2_5 === undefined && subIndices.PM10 === undefined) return null;
  let dominant: PollutantCode | undefined;
  let max = -Infinity;
  // Strict ">" in POLLUTANTS order makes ties go to the earlier pollutant, deterministically.
  for (const p of POLLUTANTS) {
    const v = subIndices[p];
    if (v !== undefined && v > max) {
      max = v;
      dominant = p;
    }
  }
  // Math.round rounds halves up, the usual reading of "làm tròn" for these non-negative values.
  const value = Math.min(AQI_MAX, Math.round(max));
  return { value, band: bandOf(value), dominant: dominant as PollutantCode };
}
