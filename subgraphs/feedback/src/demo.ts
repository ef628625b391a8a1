/**
 * Demo data in the existing feedback system's native format (JSON Lines, see connectors/reports-jsonl)
 * for Quảng Nam (49), Nghệ An (40) and Hà Nam (35): reports of 2025 under the commune codes in force on
 * the day they were sent (old register before 2025-07-01, today's after), each sent at reception and
 * again when it moved. About two lines in a hundred are malformed, for the rejects panel. Whatever the
 * seed draws, the first quarter of 2025 holds reports of Phường Tân Thạnh (20335) with every outcome,
 * and a cluster of flooding reports in Tam Kỳ (a hot spot), so the README's questions show figures.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { seededRandom, unitRegisters, currentOf, toVietnamIso, locateDistrict, districtExtent, type Unit } from '@ioc/kit';
import { categories, type Category } from './codes';

type Rng = ReturnType<typeof seededRandom>;
const day = 86_400_000;
const perProvinceHalf = 60;

/** What citizens report, per category (illustrative texts). */
const texts: Record<Category, string[]> = {
  TRAFFIC: ['Ổ gà lớn giữa đường', 'Đèn tín hiệu giao thông không hoạt động', 'Biển báo bị che khuất', 'Xe tải đỗ lấn làn'],
  ENVIRONMENT: ['Rác thải tập kết trái phép', 'Khói đốt rác gây ô nhiễm', 'Nước thải chảy ra kênh'],
  PUBLIC_ORDER: ['Tụ tập gây mất trật tự ban đêm', 'Buôn bán lấn chiếm vỉa hè'],
  URBAN_INFRASTRUCTURE: ['Ngập nước sau mưa', 'Nắp cống bị vỡ', 'Đèn chiếu sáng công cộng hỏng', 'Cây xanh gãy đổ'],
  LAND: ['Xây dựng trên đất nông nghiệp', 'Lấn chiếm đất công'],
  HEALTH: ['Trạm y tế đóng cửa trong giờ hành chính', 'Cơ sở bán thuốc không giấy phép'],
  EDUCATION: ['Phòng học xuống cấp', 'Thu tiền ngoài quy định'],
  ADMINISTRATIVE_PROCEDURES: ['Hồ sơ trễ hẹn không được thông báo', 'Yêu cầu giấy tờ ngoài quy định'],
  OTHER: ['Chó thả rông không rọ mõm'],
};
const categoryWeights: [Category, number][] = [
  ['TRAFFIC', 25],
  ['URBAN_INFRASTRUCTURE', 25],
  ['ENVIRONMENT', 20],
  ['PUBLIC_ORDER', 8],
  ['LAND', 6],
  ['HEALTH', 4],
  ['EDUCATION', 4],
  ['ADMINISTRATIVE_PROCEDURES', 5],
  ['OTHER', 3],
];
const pickCategory = (rng: Rng): Category => {
  let r = rng.next() * 100;
  for (const [c, w] of categoryWeights) if ((r -= w) < 0) return c;
  return 'OTHER';
};

const iso = (t: number) => toVietnamIso(new Date(t));
type Line = Record<string, unknown>;

/** A point inside the commune's district, when its boundary is held; else none (the code alone places it). */
function pointIn(rng: Rng, district: string | null): { ViDo?: number; KinhDo?: number } {
  const b = district ? districtExtent(district) : null;
  if (!b) return {};
  for (let i = 0; i < 10; i++) {
    const lon = b[0] + rng.next() * (b[2] - b[0]);
    const lat = b[1] + rng.next() * (b[3] - b[1]);
    if (locateDistrict(lat, lon)?.code === district) return { ViDo: +lat.toFixed(6), KinhDo: +lon.toFixed(6) };
  }
  return {};
}

type Outcome = 'NEW' | 'REFUSED' | 'IN_PROGRESS' | 'ON_TIME' | 'LATE';

function report(rng: Rng, id: string, commune: Unit, sent: number, lastDay: number, point: Line, category = pickCategory(rng), outcome?: Outcome): Line[] {
  const base: Line = {
    MaPhanAnh: id,
    LinhVuc: categories[category],
    NoiDung: rng.pick(texts[category]),
    MaXaPhuong: commune.code,
    ...point,
    ThoiGianGui: iso(sent),
    HoTen: 'Người dân',
    SoDienThoai: `09${String(rng.int(10_000_000, 99_999_999))}`,
  };
  const roll = rng.next();
  const o: Outcome = outcome ?? (roll < 0.05 ? 'REFUSED' : roll < 0.12 ? 'IN_PROGRESS' : roll < 0.25 ? 'LATE' : 'ON_TIME');
  const received = { ...base, TrangThai: 'MOI', ThoiGianCapNhat: iso(sent) };
  if (o === 'NEW') return [received];
  if (o === 'REFUSED')
    return [
      received,
      {
        ...base,
        TrangThai: 'TU_CHOI',
        LyDoTuChoi: rng.pick(['KHONG_THUOC_THAM_QUYEN', 'TRUNG_LAP', 'THIEU_THONG_TIN']),
        ThoiGianCapNhat: iso(sent + 4 * 3_600_000),
      },
    ];
  const agency = `UBND ${commune.type.toLowerCase()}${commune.name.slice(commune.type.length)}`;
  const assigned = { ...base, TrangThai: 'DANG_XU_LY', DonViXuLy: agency, ThoiGianCapNhat: iso(sent + day) };
  // Deadlines are 3–15 working days: on time within 3 calendar days, late after 25.
  const done = sent + (o === 'LATE' ? rng.int(25, 40) : rng.int(1, 3)) * day;
  if (o === 'IN_PROGRESS' || done > lastDay) return [received, assigned];
  const resolved = {
    ...assigned,
    TrangThai: rng.chance(0.6) ? 'DA_DONG' : 'DA_XU_LY',
    KetQuaXuLy: 'Đã kiểm tra và xử lý',
    ThoiGianXuLy: iso(done),
    DanhGia: rng.chance(0.6) ? rng.int(2, 5) : null,
    ThoiGianCapNhat: iso(done),
  };
  return rng.chance(0.1) ? [resolved, received] : [received, resolved];
}

function malformed(rng: Rng, good: Line): string {
  switch (rng.int(0, 3)) {
    case 0:
      return JSON.stringify(good).slice(0, 50);
    case 1:
      return JSON.stringify({ ...good, MaPhanAnh: `${good.MaPhanAnh}-X`, MaXaPhuong: '99999' });
    case 2:
      return JSON.stringify({ ...good, MaPhanAnh: `${good.MaPhanAnh}-Y`, LinhVuc: 'Thời tiết' });
    default:
      return JSON.stringify({ ...good, MaPhanAnh: `${good.MaPhanAnh}-Z`, ThoiGianGui: '06/01/2025' });
  }
}

async function writeLines(file: string, lines: string[]): Promise<void> {
  const out = createWriteStream(file, 'utf8');
  for (const l of lines) if (!out.write(`${l}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  const rng = seededRandom(20250113);
  const reg = unitRegisters();
  const halves = [
    { file: 'reports-2025-h1.jsonl', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 5, 30) },
    { file: 'reports-2025-h2.jsonl', from: Date.UTC(2025, 6, 1), to: Date.UTC(2025, 11, 31) },
  ];
  const out: { feed: string; file: string }[] = [];
  let seq = 0;
  const nextId = () => `PAHT-2025-${String(++seq).padStart(5, '0')}`;
  for (const [h, half] of halves.entries()) {
    const lines: string[] = [];
    for (const p of ['49', '40', '35']) {
      const old = reg.list('PRE_2025_07', 'COMMUNE').filter((c) => c.province === p);
      const communes =
        h === 0 ? old : [...new Set(old.map((c) => currentOf(c).commune).filter((c): c is string => !!c))].map((c) => reg.get('FROM_2025_07', 'COMMUNE', c)!);
      for (let i = 0; i < perProvinceHalf; i++) {
        const commune = rng.pick(communes);
        const oldCommune = h === 0 ? commune : old.find((c) => currentOf(c).commune === commune.code)!;
        const sent = half.from + rng.int(0, Math.floor((half.to - half.from) / day)) * day + rng.int(7, 18) * 3_600_000 - 7 * 3_600_000;
        const versions = report(rng, nextId(), commune, sent, half.to, rng.chance(0.7) ? pointIn(rng, oldCommune.district) : {});
        for (const v of versions) lines.push(JSON.stringify(v));
        if (rng.chance(0.02)) lines.push(malformed(rng, versions[0]));
      }
    }
    if (h === 0) {
      const tanThanh = reg.get('PRE_2025_07', 'COMMUNE', '20335')!;
      const q1 = (d: number) => Date.UTC(2025, 0, 6) + d * day + 1 * 3_600_000;
      const showcase: Outcome[] = ['ON_TIME', 'ON_TIME', 'ON_TIME', 'ON_TIME', 'LATE', 'LATE', 'IN_PROGRESS', 'REFUSED'];
      showcase.forEach((o, i) =>
        report(rng, nextId(), tanThanh, q1(i * 9), Date.UTC(2025, 3, 1), {}, undefined, o).forEach((v) => lines.push(JSON.stringify(v))),
      );
      // Flooding reported four times within 150 m over three days in Tam Kỳ: a hot spot.
      for (let i = 0; i < 4; i++) {
        report(
          rng,
          nextId(),
          tanThanh,
          q1(60 + (i % 3)),
          Date.UTC(2025, 3, 1),
          { ViDo: 15.5736 + i * 0.0003, KinhDo: 108.474 },
          'URBAN_INFRASTRUCTURE',
          'NEW',
        ).forEach((v) => lines.push(JSON.stringify(v)));
      }
    }
    const file = join(outDir, half.file);
    await writeLines(file, lines);
    out.push({ feed: 'reports', file });
  }
  return out;
}
