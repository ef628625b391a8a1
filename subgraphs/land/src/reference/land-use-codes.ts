/**
 * Land-use codes (mã loại đất) for cadastral parcels.
 *
 * Current list — source: Thông tư 08/2024/TT-BTNMT ngày 31/07/2024 của Bộ Tài nguyên và Môi trường
 * "quy định về thống kê, kiểm kê đất đai và lập bản đồ hiện trạng sử dụng đất", in force from
 * 01/08/2024, Phụ lục II, Mục A (mã loại đất); amended by Thông tư 23/2025/TT-BNNMT (consolidated
 * as VBHN 37/VBHN-BNNMT, 2025). Official text: https://congbao.chinhphu.vn/van-ban/thong-tu-so-08-2024-tt-btnmt-42595/51505.htm
 * The classification the codes follow is Luật Đất đai 2024 (31/2024/QH15), Điều 9, detailed by
 * Nghị định 102/2024/NĐ-CP, Điều 4–6.
 *
 * Provenance (read before relying on a name): the appendix text itself could not be retrieved while
 * writing this file, so the list was reconstructed from public code catalogues that cite TT 08/2024
 * (the national cadastral system's catalogue as mirrored in public repositories, and two project code
 * lists) checked against the Điều 9 classification. Where catalogues disagree on a name, the wording
 * shared by two of them was taken. Codes whose code or name was found in only ONE catalogue are listed
 * in `UNCONFIRMED_LAND_USE_CODES` and must be checked against the appendix before being relied on.
 *
 * Legacy list — codes that TT 08/2024 no longer has but that parcels files surveyed under the
 * earlier rules still carry (Thông tư 25/2014/TT-BTNMT on cadastral maps and Thông tư
 * 27/2018/TT-BTNMT on land statistics, both superseded). They resolve with `legacy: true` so an
 * importer can accept and flag them instead of rejecting a whole file.
 *
 * Not included: aggregate indicator codes that are not parcel codes (NNP, SXN, CHN, LUA, LNP, PNN,
 * OCT/OTC, CDG, DSN, CSK/SCC, CCC, CSD); statistics sub-indicators (RSN); codes seen only in mixed
 * old/new catalogues whose status under TT 08/2024 could not be established (SCT, KĐD, MCS, CGT,
 * MVB, MVT, MVR, MVK); and pre-2014 sub-codes (RST/RSK/RSM, RPN/…, RDN/…, LNC/LNQ/LNK, TSL/TSN, COC,
 * TSK).
 *
 * The date (31/07/2024), effective date (01/08/2024), appendix designation and Công báo address are
 * as cited by those public catalogues; they were not read from the Công báo itself.
 */

export type LandUseGroup = 'AGRICULTURAL' | 'NON_AGRICULTURAL' | 'UNUSED';

/** Group labels as worded in Luật Đất đai 2024, Điều 9 khoản 1. */
export const LAND_USE_GROUP_LABELS: Readonly<Record<LandUseGroup, string>> = {
  AGRICULTURAL: 'Nhóm đất nông nghiệp',
  NON_AGRICULTURAL: 'Nhóm đất phi nông nghiệp',
  UNUSED: 'Nhóm đất chưa sử dụng',
};

export interface LandUse {
  code: string;
  name: string;
  group: LandUseGroup;
  /** Present and true only for codes from the superseded lists. */
  legacy?: true;
}

type Row = readonly [code: string, name: string];

const AGRICULTURAL: readonly Row[] = [
  ['LUC', 'Đất chuyên trồng lúa'],
  ['LUK', 'Đất trồng lúa còn lại'],
  ['HNK', 'Đất trồng cây hằng năm khác'],
  ['CLN', 'Đất trồng cây lâu năm'],
  ['RDD', 'Đất rừng đặc dụng'],
  ['RPH', 'Đất rừng phòng hộ'],
  ['RSX', 'Đất rừng sản xuất'],
  ['NTS', 'Đất nuôi trồng thủy sản'],
  ['CNT', 'Đất chăn nuôi tập trung'],
  ['LMU', 'Đất làm muối'],
  ['NKH', 'Đất nông nghiệp khác'],
];

const NON_AGRICULTURAL: readonly Row[] = [
  // Đất ở
  ['ONT', 'Đất ở tại nông thôn'],
  ['ODT', 'Đất ở tại đô thị'],
  // Trụ sở cơ quan; quốc phòng, an ninh
  ['TSC', 'Đất xây dựng trụ sở cơ quan'],
  ['CQP', 'Đất quốc phòng'],
  ['CAN', 'Đất an ninh'],
  // Công trình sự nghiệp
  ['DVH', 'Đất xây dựng cơ sở văn hóa'],
  ['DXH', 'Đất xây dựng cơ sở xã hội'], // unconfirmed name; another catalogue: "… cơ sở dịch vụ xã hội"
  ['DYT', 'Đất xây dựng cơ sở y tế'],
  ['DGD', 'Đất xây dựng cơ sở giáo dục và đào tạo'],
  ['DTT', 'Đất xây dựng cơ sở thể dục, thể thao'],
  ['DKH', 'Đất xây dựng cơ sở khoa học và công nghệ'],
  ['DMT', 'Đất xây dựng cơ sở môi trường'], // unconfirmed
  ['DKT', 'Đất xây dựng cơ sở khí tượng thủy văn'], // unconfirmed
  ['DNG', 'Đất xây dựng cơ sở ngoại giao'],
  ['DSK', 'Đất xây dựng công trình sự nghiệp khác'],
  // Sản xuất, kinh doanh phi nông nghiệp
  ['SKK', 'Đất khu công nghiệp'],
  ['SKN', 'Đất cụm công nghiệp'],
  ['TMD', 'Đất thương mại, dịch vụ'],
  ['SKC', 'Đất cơ sở sản xuất phi nông nghiệp'],
  ['SKS', 'Đất sử dụng cho hoạt động khoáng sản'],
  // Mục đích công cộng
  ['DGT', 'Đất công trình giao thông'],
  ['DTL', 'Đất công trình thủy lợi'],
  ['DCT', 'Đất công trình cấp nước, thoát nước'], // unconfirmed
  ['DPC', 'Đất công trình phòng, chống thiên tai'], // unconfirmed
  ['DDD', 'Đất có di tích lịch sử - văn hóa, danh lam thắng cảnh, di sản thiên nhiên'], // unconfirmed
  ['DRA', 'Đất bãi thải, xử lý chất thải'],
  ['DNL', 'Đất công trình năng lượng, chiếu sáng công cộng'],
  ['DBV', 'Đất công trình hạ tầng bưu chính, viễn thông, công nghệ thông tin'],
  ['DCH', 'Đất chợ dân sinh, chợ đầu mối'],
  ['DKV', 'Đất khu vui chơi, giải trí công cộng'], // unconfirmed name; one catalogue adds ", sinh hoạt cộng đồng"
  ['DCK', 'Đất công trình công cộng khác'],
  // Tôn giáo, tín ngưỡng; nghĩa trang; mặt nước; khác
  ['TON', 'Đất cơ sở tôn giáo'],
  ['TIN', 'Đất cơ sở tín ngưỡng'],
  ['NTD', 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng; đất cơ sở lưu trữ tro cốt'],
  ['SON', 'Đất có mặt nước dạng sông, ngòi, kênh, rạch, suối'],
  ['MNC', 'Đất có mặt nước chuyên dùng'],
  ['PNK', 'Đất phi nông nghiệp khác'],
];

const UNUSED: readonly Row[] = [
  ['BCS', 'Đất bằng chưa sử dụng'],
  ['DCS', 'Đất đồi núi chưa sử dụng'],
  ['NCS', 'Núi đá không có rừng cây'],
];

/**
 * Superseded codes (TT 25/2014/TT-BTNMT, TT 27/2018/TT-BTNMT) with the names those circulars used.
 * Likely 2024 successors (by the Điều 9 classification, not stated by a verified text): BHK/NHK→HNK,
 * DTS→the matching công trình sự nghiệp code, SKX→SKC, SKT→SKK, DDT/DDL→DDD, DSH→DKV. Some catalogues
 * still list DSH/DDT/DDL next to the 2024 codes, so "legacy" here means "not in the reconstructed
 * TT 08/2024 list", not a verified repeal.
 */
const LEGACY: readonly (readonly [string, string, LandUseGroup])[] = [
  ['LUN', 'Đất trồng lúa nương', 'AGRICULTURAL'],
  ['BHK', 'Đất bằng trồng cây hàng năm khác', 'AGRICULTURAL'],
  ['NHK', 'Đất nương rẫy trồng cây hàng năm khác', 'AGRICULTURAL'],
  ['DTS', 'Đất xây dựng trụ sở của tổ chức sự nghiệp', 'NON_AGRICULTURAL'],
  ['SKX', 'Đất sản xuất vật liệu xây dựng, làm đồ gốm', 'NON_AGRICULTURAL'],
  ['SKT', 'Đất khu chế xuất', 'NON_AGRICULTURAL'],
  ['DDT', 'Đất có di tích lịch sử - văn hóa', 'NON_AGRICULTURAL'],
  ['DDL', 'Đất danh lam thắng cảnh', 'NON_AGRICULTURAL'],
  ['DSH', 'Đất sinh hoạt cộng đồng', 'NON_AGRICULTURAL'],
];

function build(rows: readonly Row[], group: LandUseGroup): LandUse[] {
  return rows.map(([code, name]) => Object.freeze({ code, name, group }));
}

/** The current (TT 08/2024) code list, in the circular's order. */
export const LAND_USE_CODES: readonly LandUse[] = Object.freeze([
  ...build(AGRICULTURAL, 'AGRICULTURAL'),
  ...build(NON_AGRICULTURAL, 'NON_AGRICULTURAL'),
  ...build(UNUSED, 'UNUSED'),
]);

/** Superseded codes still accepted on import, each with `legacy: true`. */
export const LEGACY_LAND_USE_CODES: readonly LandUse[] = Object.freeze(
  LEGACY.map(([code, name, group]) => Object.freeze({ code, name, group, legacy: true as const })),
);

/**
 * Codes of the current list whose code or exact name was found in only one public catalogue (see the
 * provenance note above). Resolvable, but to be checked against TT 08/2024 Phụ lục II.
 */
export const UNCONFIRMED_LAND_USE_CODES: ReadonlySet<string> = new Set(['DXH', 'DMT', 'DKT', 'DCT', 'DPC', 'DDD', 'DKV']);

const CURRENT = new Map(LAND_USE_CODES.map((u) => [u.code, u]));
const OLD = new Map(LEGACY_LAND_USE_CODES.map((u) => [u.code, u]));

/**
 * Resolve a land-use code. Case and surrounding whitespace are ignored. Current codes win; a
 * superseded code resolves with `legacy: true` unless `{ includeLegacy: false }`. Unknown → undefined.
 */
export function landUse(code: string, options: { includeLegacy?: boolean } = {}): LandUse | undefined {
  if (typeof code !== 'string') return undefined;
  const key = code.trim().toUpperCase();
  return CURRENT.get(key) ?? (options.includeLegacy === false ? undefined : OLD.get(key));
}

/** Vietnamese label of a group, e.g. `Nhóm đất phi nông nghiệp`. */
export function landUseGroupLabel(group: LandUseGroup): string {
  return LAND_USE_GROUP_LABELS[group];
}
