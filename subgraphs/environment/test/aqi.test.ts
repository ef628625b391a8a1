/**
 * VN_AQI per QĐ 1459/QĐ-TCMT (12/11/2019). Every expected number below is worked out by hand in the
 * comment next to it from Bảng 2 and the formulas of mục 2.2, or taken from the decision's own
 * worked examples (mục 2.3), never from the implementation's output.
 */
import { BANDS, bandOf, CO, dailyAqi, hourlyAqi, nowCast, NO2, O3_1H, O3_8H, PM10, PM2_5, SO2, subIndex, type HourlyReading } from '../src/aqi';

const H = 3_600_000;
/** 2024-01-15 00:00 in Vietnam (UTC+7). */
const DAY0 = Date.parse('2024-01-15T00:00:00+07:00');
const hour = (k: number) => new Date(DAY0 + k * H);

type Values = Omit<HourlyReading, 'time'>;
/** A full day (24 readings, 00:00…23:00 ICT) where `fill(k)` gives the values of hour k. */
const day = (fill: (k: number) => Values): HourlyReading[] => Array.from({ length: 24 }, (_, k) => ({ time: hour(k), ...fill(k) }));

describe('Bảng 1 — bands', () => {
  it('has the decision’s RGB colours and their hex forms', () => {
    // 228 = 0xE4, 126 = 0x7E, 143 = 0x8F, 63 = 0x3F, 151 = 0x97, 35 = 0x23
    expect(BANDS.map((b) => [b.code, b.labelVi, b.rgb.join(';'), b.hex])).toEqual([
      ['GOOD', 'Tốt', '0;228;0', '#00E400'],
      ['MODERATE', 'Trung bình', '255;255;0', '#FFFF00'],
      ['POOR', 'Kém', '255;126;0', '#FF7E00'],
      ['BAD', 'Xấu', '255;0;0', '#FF0000'],
      ['VERY_BAD', 'Rất xấu', '143;63;151', '#8F3F97'],
      ['HAZARDOUS', 'Nguy hại', '126;0;35', '#7E0023'],
    ]);
  });

  it.each([
    [0, 'GOOD'],
    [50, 'GOOD'],
    [51, 'MODERATE'],
    [100, 'MODERATE'],
    [101, 'POOR'],
    [150, 'POOR'],
    [151, 'BAD'],
    [200, 'BAD'],
    [201, 'VERY_BAD'],
    [300, 'VERY_BAD'],
    [301, 'HAZARDOUS'],
    [500, 'HAZARDOUS'],
  ])('AQI %i is %s', (aqi, code) => {
    expect(bandOf(aqi).code).toBe(code);
  });

  it('refuses values that are not a published AQI', () => {
    expect(() => bandOf(50.5)).toThrow(RangeError);
    expect(() => bandOf(501)).toThrow(RangeError);
    expect(() => bandOf(-1)).toThrow(RangeError);
  });
});

describe('Công thức 1 — sub-index', () => {
  it('is exact at breakpoints and linear in between', () => {
    expect(subIndex(PM2_5, 0)).toBe(0);
    expect(subIndex(PM2_5, 25)).toBe(50);
    // 50 + (100−50)/(50−25) × (25.25−25) = 50 + 2 × 0.25
    expect(subIndex(PM2_5, 25.25)).toBeCloseTo(50.5, 9);
    // 50/10000 × 9000
    expect(subIndex(CO, 9000)).toBeCloseTo(45, 9);
    // 100 + (150−100)/(550−350) × (450−350) = 100 + 0.25 × 100
    expect(subIndex(SO2, 450)).toBeCloseTo(125, 9);
    // 200 + (300−200)/(2350−1200) × (1775−1200) = 200 + 575/11.5
    expect(subIndex(NO2, 1775)).toBeCloseTo(250, 9);
    // 300 + (400−300)/(500−420) × (460−420) = 300 + 1.25 × 40
    expect(subIndex(PM10, 460)).toBeCloseTo(350, 9);
  });

  it('keeps exact halves exact despite floating point', () => {
    // 50 + (100−50)/(200−160) × (161.2−160) = 50 + 1.25 × 1.2 = 51.5 (naively 51.4999…)
    expect(subIndex(O3_1H, 161.2)).toBe(51.5);
  });

  it('caps at 500 at and above the "≥" last row of Bảng 2', () => {
    expect(subIndex(SO2, 2630)).toBe(500);
    expect(subIndex(SO2, 3000)).toBe(500);
    expect(subIndex(PM2_5, 1000)).toBe(500);
  });

  it('O3 8h is defined up to 400 µg/m³ only', () => {
    expect(subIndex(O3_8H, 210)).toBe(200);
    expect(subIndex(O3_8H, 400)).toBe(300);
    // 200 + (300−200)/(400−210) × (300−210) = 200 + 9000/190
    expect(subIndex(O3_8H, 300)).toBeCloseTo(247.368421, 5);
    expect(subIndex(O3_8H, 400.1)).toBeNull();
  });

  it('refuses invalid concentrations', () => {
    expect(() => subIndex(PM10, -1)).toThrow(RangeError);
    expect(() => subIndex(PM10, NaN)).toThrow(RangeError);
  });
});

describe('NowCast (mục 2.2.1.a)', () => {
  it('reproduces the decision’s worked example (mục 2.3.a): 20.3 µg/m³', () => {
    // 20:00 back to 09:00. w* = 16.5/26.9 = 0.6134 > 0.5 → w = w*.
    // Σ w^(i−1)·ci / Σ w^(i−1) = 20.266 (the decision, rounding w to 0.61, prints 20.3).
    const c = [20.6, 19.6, 22.4, 20.3, 16.5, 19.0, 16.5, 19.5, 23.5, 20.5, 24.7, 26.9];
    const v = nowCast(c) as number;
    expect(Math.round(v * 10) / 10).toBe(20.3);
    expect(v).toBeCloseTo(20.266, 3);
  });

  it('clamps w to 1/2 when Cmin/Cmax ≤ 1/2', () => {
    // w* = 10/40 = 0.25 → w = 0.5; (10·1 + 40·0.5 + 20·0.25) / (1 + 0.5 + 0.25) = 35/1.75
    expect(nowCast([10, 40, 20])).toBeCloseTo(20, 9);
  });

  it('gives a missing hour zero weight and keeps the others’ positions', () => {
    // c1 = 30, c2 missing, c3 = 24, c4 = 20. w* = 20/30 = 2/3.
    // (30·1 + 24·(2/3)² + 20·(2/3)³) / (1 + (2/3)² + (2/3)³); ×27: (810 + 288 + 160) / (27 + 12 + 8) = 1258/47
    expect(nowCast([30, null, 24, 20])).toBeCloseTo(1258 / 47, 9);
    // c1 missing: c2 = 40, c3 = 30, w = 0.75: (40·0.75 + 30·0.5625) / (0.75 + 0.5625) = 46.875/1.3125 = 250/7
    expect(nowCast([undefined, 40, 30])).toBeCloseTo(250 / 7, 9);
  });

  it('needs at least 2 of the 3 latest hours', () => {
    expect(nowCast([null, null, 30, 30, 30, 30])).toBeNull();
    expect(nowCast([50, null, null, 40, 40])).toBeNull();
    expect(nowCast([50])).toBeNull();
    expect(nowCast([])).toBeNull();
  });

  it('handles constant and all-zero series', () => {
    // w* = 1 → plain mean
    expect(nowCast([40, 40, 40])).toBeCloseTo(40, 9);
    expect(nowCast([0, 0, 0])).toBe(0);
  });

  it('refuses more than 12 hours and bad values', () => {
    expect(() => nowCast(Array(13).fill(1))).toThrow(RangeError);
    expect(() => nowCast([1, -2])).toThrow(RangeError);
  });
});

describe('hourlyAqi (mục 2.2.1)', () => {
  const at = hour(12);
  /** Readings at `at` and the hour before, so PM NowCast = the value itself (w* = 1). */
  const steady = (v: Values): HourlyReading[] => [
    { time: hour(11), pm25: v.pm25, pm10: v.pm10 },
    { time: at, ...v },
  ];

  it('decision example (mục 2.3.b): O3 136.1, NO2 118.7, PM2.5 NowCast 20.3', () => {
    // O3 1h: 50/160 × 136.1 = 42.53; NO2: 50 + 0.5 × 18.7 = 59.35; PM2.5: 2 × 20.3 = 40.6.
    // max = 59.35 → 59. The decision prints 60 for NO2 and AQI^h; 59.35 is what its own formula gives.
    const r = hourlyAqi(steady({ o3: 136.1, no2: 118.7, pm25: 20.3 }), at)!;
    expect(r.subIndices.O3).toBeCloseTo(42.53125, 6);
    expect(r.subIndices.NO2).toBeCloseTo(59.35, 6);
    expect(r.subIndices.PM2_5).toBeCloseTo(40.6, 6);
    expect(r.value).toBe(59);
    expect(r.dominant).toBe('NO2');
    expect(r.band.code).toBe('MODERATE');
    expect(r.time).toEqual(at);
  });

  it.each([
    // PM2.5 µg/m³, hand-computed sub-index, published AQI, band
    [25, '50 exactly', 50, 'GOOD'],
    [25.2, '50 + 2 × 0.2 = 50.4', 50, 'GOOD'],
    [25.25, '50 + 2 × 0.25 = 50.5', 51, 'MODERATE'],
    [50, '100 exactly', 100, 'MODERATE'],
    [50.3, '100 + 50/30 × 0.3 = 100.5', 101, 'POOR'],
    [80, '150 exactly', 150, 'POOR'],
    [80.7, '150 + 50/70 × 0.7 = 150.5', 151, 'BAD'],
    [150, '200 exactly', 200, 'BAD'],
    [151, '200 + 100/100 × 1 = 201', 201, 'VERY_BAD'],
    [250, '300 exactly', 300, 'VERY_BAD'],
    [250.5, '300 + 100/100 × 0.5 = 300.5', 301, 'HAZARDOUS'],
    [500, '500 (≥ 500 row)', 500, 'HAZARDOUS'],
    [900, '500 (capped)', 500, 'HAZARDOUS'],
  ])('PM2.5 %p → %s → %i %s', (pm25, _why, value, band) => {
    const r = hourlyAqi(steady({ pm25 }), at)!;
    expect(r.value).toBe(value);
    expect(r.band.code).toBe(band);
    expect(r.dominant).toBe('PM2_5');
  });

  it('rounds exact halves up (O3 161.2 → 51.5 → 52)', () => {
    // PM2.5 10 → 20; O3 1h: 50 + 1.25 × 1.2 = 51.5
    const r = hourlyAqi(steady({ pm25: 10, o3: 161.2 }), at)!;
    expect(r.value).toBe(52);
    expect(r.dominant).toBe('O3');
  });

  it('uses NowCast with missing hours for PM10', () => {
    // c1 = 60, c2 missing, c3 = 40, c4 = 30: w* = 30/60 = 0.5 → w = 0.5.
    // (60 + 40·0.25 + 30·0.125) / (1 + 0.25 + 0.125) = 73.75/1.375 = 53.636
    // PM10: 50 + 50/100 × 3.636 = 51.818 → 52
    const readings: HourlyReading[] = [
      { time: hour(9), pm10: 30 },
      { time: hour(10), pm10: 40 },
      { time: hour(11), pm10: null, pm25: null },
      { time: at, pm10: 60 },
      { time: hour(13), pm10: 900 }, // later hour: must not count
    ];
    const r = hourlyAqi(readings, at)!;
    expect(r.subIndices.PM10).toBeCloseTo(50 + 0.5 * (73.75 / 1.375 - 50), 6);
    expect(r.value).toBe(52);
    expect(r.dominant).toBe('PM10');
    expect(r.subIndices.PM2_5).toBeUndefined();
  });

  it('is null when fewer than 2 of the 3 latest PM hours exist, even with gases', () => {
    const readings: HourlyReading[] = [
      { time: hour(8), pm25: 30, pm10: 50 },
      { time: hour(9), pm25: 30, pm10: 50 },
      { time: hour(10), pm25: 30, pm10: 50 }, // c3
      { time: hour(11) }, // c2 missing
      { time: at, no2: 500, so2: 100, o3: 100, co: 5000 }, // c1 has no PM
    ];
    expect(hourlyAqi(readings, at)).toBeNull();
  });

  it('is null with no PM at all (mục 2.1.b)', () => {
    expect(hourlyAqi([{ time: at, o3: 300, no2: 300 }], at)).toBeNull();
    expect(hourlyAqi([], at)).toBeNull();
  });

  it('takes gases from the hour itself only', () => {
    // NO2 only in the previous hour → no NO2 index. CO 12000: 50 + 50/20000 × 2000 = 55; SO2 800 → 200.
    const readings: HourlyReading[] = [
      { time: hour(11), pm25: 10, no2: 1000 },
      { time: at, pm25: 10, co: 12000, so2: 800 },
    ];
    const r = hourlyAqi(readings, at)!;
    expect(r.subIndices.NO2).toBeUndefined();
    expect(r.subIndices.CO).toBeCloseTo(55, 9);
    expect(r.subIndices.SO2).toBe(200);
    expect(r.value).toBe(200);
    expect(r.dominant).toBe('SO2');
    expect(r.band.code).toBe('BAD');
  });

  it('caps a composite above the scale at 500', () => {
    const r = hourlyAqi(steady({ pm10: 20, so2: 3000 }), at)!;
    expect(r.value).toBe(500);
    expect(r.band.code).toBe('HAZARDOUS');
    expect(r.dominant).toBe('SO2');
  });

  it('breaks ties in favour of PM2.5', () => {
    // PM2.5 25 → 50, PM10 50 → 50
    expect(hourlyAqi(steady({ pm25: 25, pm10: 50 }), at)!.dominant).toBe('PM2_5');
  });

  it('refuses duplicate hours and misaligned times', () => {
    expect(() =>
      hourlyAqi(
        [
          { time: at, pm25: 1 },
          { time: at, pm25: 2 },
        ],
        at,
      ),
    ).toThrow(RangeError);
    expect(() => hourlyAqi([], new Date(DAY0 + 60_000))).toThrow(RangeError);
    expect(() => hourlyAqi([{ time: new Date(DAY0 + 1) }], at)).toThrow(RangeError);
  });
});

describe('dailyAqi (mục 2.2.2)', () => {
  it('decision example (mục 2.3.c): O3 8h 89.3, O3 1h 114.6, NO2 130.8, PM2.5 24h 55.7 → 110', () => {
    // O3 hours 10…17 = 114.6, 89.3 ×6, 64.0 (sum 714.4 → 8h mean 89.3), 0 elsewhere:
    // windows partly outside 10…17 include zeros and are lower (e.g. 9…16: 650.4/8 = 81.3).
    // O3 8h: 50/100 × 89.3 = 44.65; O3 1h: 50/160 × 114.6 = 35.81 → O3 = 44.65.
    // NO2 max 130.8: 50 + 0.5 × 30.8 = 65.4. PM2.5 mean 55.7: 100 + 50/30 × 5.7 = 109.5 → 110.
    const o3 = (k: number) => (k === 10 ? 114.6 : k === 17 ? 64.0 : k > 10 && k < 17 ? 89.3 : 0);
    const r = dailyAqi(day((k) => ({ pm25: 55.7, o3: o3(k), no2: k === 7 ? 130.8 : 50 })))!;
    expect(r.date).toBe('2024-01-15');
    expect(r.subIndices.O3).toBeCloseTo(44.65, 6);
    expect(r.subIndices.NO2).toBeCloseTo(65.4, 6);
    expect(r.subIndices.PM2_5).toBeCloseTo(109.5, 6);
    expect(r.value).toBe(110);
    expect(r.band.code).toBe('POOR');
    expect(r.dominant).toBe('PM2_5');
  });

  it('uses the 8h O3 index when the 8h max is ≤ 400 µg/m³', () => {
    // O3 390 for hours 8…15: 1h max 390 → 150 + 50/100 × 90 = 195;
    // 8h max 390 → 200 + 100/190 × 180 = 294.74 → O3 = 294.74 → 295. PM2.5 10 → 20.
    const r = dailyAqi(day((k) => ({ pm25: 10, o3: k >= 8 && k <= 15 ? 390 : 0 })))!;
    expect(r.subIndices.O3).toBeCloseTo(200 + (100 / 190) * 180, 6);
    expect(r.value).toBe(295);
    expect(r.dominant).toBe('O3');
    expect(r.band.code).toBe('VERY_BAD');
  });

  it('skips the 8h O3 index when the 8h max is above 400 µg/m³', () => {
    // O3 450 for hours 8…16: 8h max 450 > 400 → no 8h index.
    // 1h max 450 → 200 + 100/400 × 50 = 212.5 → 213.
    const r = dailyAqi(day((k) => ({ pm25: 10, o3: k >= 8 && k <= 16 ? 450 : 0 })))!;
    expect(r.subIndices.O3).toBeCloseTo(212.5, 9);
    expect(r.value).toBe(213);
    expect(r.band.code).toBe('VERY_BAD');
  });

  it('reaches back 7 hours into the previous day for 8h windows when given them', () => {
    // Day: O3 200 at hours 0…4, 0 afterwards. PM2.5 10 → 20.
    // Alone: best window needing ≥ 6 of 8 values ends at 05:00 (hours 0…5 present):
    //   (5 × 200 + 0)/6 = 166.67 → 100 + 50/50 × 46.67 = 146.67; 1h max 200 → 100 → O3 146.67 → 147.
    // With the previous day’s 17:00…23:00 at 200: window 21:00…04:00 is all 200 →
    //   150 + 50/40 × 30 = 187.5 → 188. The previous day’s 16:00 (1000) is outside every window.
    const readings = day((k) => ({ pm25: 10, o3: k <= 4 ? 200 : 0 }));
    expect(dailyAqi(readings)!.value).toBe(147);
    const previousHours = Array.from({ length: 8 }, (_, j) => ({ time: hour(-8 + j), o3: j === 0 ? 1000 : 200 }));
    const r = dailyAqi(readings, { previousHours })!;
    expect(r.subIndices.O3).toBeCloseTo(187.5, 9);
    expect(r.value).toBe(188);
  });

  it('needs 18 hourly PM values for a 24-hour mean', () => {
    // PM2.5 only 17 hours → no PM2.5 index; PM10 18 hours, 9 × 100 and 9 × 160 → mean 130 →
    // 50 + 50/100 × 80 = 90.
    const r = dailyAqi(day((k) => ({ pm25: k < 17 ? 200 : null, pm10: k < 18 ? (k % 2 ? 100 : 160) : undefined })))!;
    expect(r.subIndices.PM2_5).toBeUndefined();
    expect(r.subIndices.PM10).toBeCloseTo(90, 9);
    expect(r.value).toBe(90);
    expect(r.dominant).toBe('PM10');
  });

  it('is null when no PM reaches the coverage rule, or with no readings', () => {
    expect(dailyAqi(day((k) => ({ pm10: k < 17 ? 40 : null, no2: 300 })))).toBeNull();
    expect(dailyAqi(day(() => ({ o3: 100, so2: 100 })))).toBeNull();
    expect(dailyAqi([])).toBeNull();
  });

  it('uses the 1-hour maximum for SO2, NO2 and CO', () => {
    // SO2 max 350 → 100; CO max 45000 → 150; NO2 max 150 → 75; PM10 40 → 40. AQI 150 (still POOR).
    const r = dailyAqi(day((k) => ({ pm10: 40, so2: k === 3 ? 350 : 20, co: k === 20 ? 45000 : 1000, no2: k === 9 ? 150 : 10 })))!;
    expect(r.subIndices.SO2).toBe(100);
    expect(r.subIndices.CO).toBe(150);
    expect(r.subIndices.NO2).toBeCloseTo(75, 9);
    expect(r.value).toBe(150);
    expect(r.band.code).toBe('POOR');
    expect(r.dominant).toBe('CO');
  });

  it.each([
    // NO2 1h max: 1200 → 200; 1211.5 → 200 + 100/1150 × 11.5 = 201
    [{ no2: 1200 }, 200, 'BAD', 'NO2'],
    [{ no2: 1211.5 }, 201, 'VERY_BAD', 'NO2'],
    // PM10 24h mean: 420 → 300; 420.7 → 300 + 100/80 × 0.7 = 300.875 → 301
    [{ pm10: 420 }, 300, 'VERY_BAD', 'PM10'],
    [{ pm10: 420.7 }, 301, 'HAZARDOUS', 'PM10'],
  ])('band edge %p → %i %s', (v, value, band, dominant) => {
    const r = dailyAqi(day(() => ({ pm10: 40, ...v })))!;
    expect(r.value).toBe(value);
    expect(r.band.code).toBe(band);
    expect(r.dominant).toBe(dominant);
  });

  it('refuses readings from two different days (Asia/Ho_Chi_Minh)', () => {
    const readings = [...day(() => ({ pm10: 40 })), { time: hour(24), pm10: 40 }];
    expect(() => dailyAqi(readings)).toThrow(RangeError);
  });

  it('dates the day in Vietnam time, not UTC', () => {
    // 00:00 ICT on 15 Jan is 17:00 UTC on 14 Jan.
    expect(dailyAqi(day(() => ({ pm25: 10 })))!.date).toBe('2024-01-15');
  });
});
