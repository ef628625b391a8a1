// What the dashboard knows of each sector: how its statistics are asked for a period, which figures
// make its trend, breakdowns and ranking, and how often its feeds are expected to arrive.

/**
 * `time` says how a period reaches the sector's statistics: `range` (from, to), `schoolYear`, `at`
 * (an instant: the period's end) or `none` (a snapshot). `staleHours`: a feed whose last success is
 * older than this is marked stale; twice the interval each source system is expected to send at.
 * `trend`: the figures of the sector's `series` its trend draws, when they differ from `figures`.
 * `monthly: false`: without `series`, the sector's figures are not asked month by month (a fleet
 * snapshot replays every vessel's track, too heavy to repeat twelve times per page).
 */
export const sectors = [
  {
    key: 'procedures',
    label: 'Thủ tục hành chính',
    time: 'range',
    staleHours: 48,
    figures: [
      ['received', 'Tiếp nhận'],
      ['resolved', 'Đã giải quyết'],
      ['late', 'Trễ hạn'],
      ['overdue', 'Quá hạn'],
    ],
    rank: { field: 'onTimeRate', label: 'Tỷ lệ đúng hạn', unit: '%', scale: 100 },
    extra: 'received byField { code name received onTimeRate } byAgency { code name received onTimeRate }',
    breakdowns: [
      { title: 'Hồ sơ theo lĩnh vực', rows: (s) => s.byField.map((g) => [g.name, g.received]), unit: 'hồ sơ' },
      { title: 'Hồ sơ theo cơ quan', rows: (s) => s.byAgency.map((g) => [g.name, g.received]), unit: 'hồ sơ' },
    ],
  },
  {
    key: 'health',
    label: 'Y tế',
    time: 'range',
    staleHours: 48,
    figures: [
      ['visits', 'Lượt khám ngoại trú'],
      ['admissions', 'Nhập viện'],
      ['emergencies', 'Cấp cứu'],
    ],
    rank: { field: 'bedOccupancy', label: 'Công suất giường', unit: '%', scale: 100 },
    extra: 'visits admissions emergencies facilities { code name beds inpatientsNow bedOccupancy }',
    breakdowns: [
      {
        title: 'Lượt khám theo loại',
        rows: (s) => [
          ['Ngoại trú', s.visits],
          ['Nhập viện', s.admissions],
          ['Cấp cứu', s.emergencies],
        ],
        unit: 'lượt',
      },
      {
        title: 'Công suất giường theo cơ sở (%)',
        rows: (s) => s.facilities.map((f) => [f.name, f.bedOccupancy === null ? null : Math.round(f.bedOccupancy * 1000) / 10]),
        unit: '%',
      },
    ],
  },
  {
    key: 'education',
    label: 'Giáo dục',
    time: 'schoolYear',
    staleHours: 24 * 400,
    figures: [
      ['schools', 'Trường'],
      ['classes', 'Lớp'],
      ['students', 'Học sinh'],
      ['teachers', 'Giáo viên'],
    ],
    rank: { field: 'studentsPerTeacher', label: 'Học sinh/giáo viên', unit: '' },
    extra: 'schools students byLevel { level name schools students teachers }',
    breakdowns: [
      { title: 'Học sinh theo cấp học', rows: (s) => s.byLevel.map((l) => [l.name, l.students]), unit: 'học sinh' },
      { title: 'Trường theo cấp học', rows: (s) => s.byLevel.map((l) => [l.name, l.schools]), unit: 'trường' },
    ],
  },
  {
    key: 'land',
    label: 'Đất đai',
    time: 'none',
    staleHours: 24 * 62,
    figures: [
      ['parcels', 'Thửa đất'],
      ['certifiedParcels', 'Thửa đã cấp GCN'],
    ],
    // The register keeps no past states: its series counts the parcels updated in each month.
    trend: [
      ['parcels', 'Thửa được cập nhật'],
      ['certifiedParcels', 'Trong đó đã cấp GCN'],
    ],
    rank: { field: 'certifiedShare', label: 'Tỷ lệ thửa đã cấp GCN', unit: '%', scale: 100 },
    extra: 'parcels area byGroup { group name area parcels }',
    breakdowns: [
      { title: 'Diện tích theo nhóm đất (ha)', rows: (s) => s.byGroup.map((g) => [g.name, Math.round(g.area / 100) / 100]), unit: 'ha' },
      { title: 'Số thửa theo nhóm đất', rows: (s) => s.byGroup.map((g) => [g.name, g.parcels]), unit: 'thửa' },
    ],
  },
  {
    key: 'environment',
    label: 'Môi trường',
    time: 'none',
    staleHours: 3,
    figures: [['stationCount', 'Trạm quan trắc']],
    trend: [
      ['ratedDays', 'Ngày-trạm có VN_AQI'],
      ['goodDays', 'Ngày-trạm tốt hoặc trung bình'],
    ],
    rank: { field: 'stationCount', label: 'Số trạm', unit: '' },
    extra: 'stationCount stations { code name longitude latitude latestAqi { time value band label colour dominant } }',
    breakdowns: [],
  },
  {
    key: 'vessels',
    label: 'Tàu cá',
    time: 'at',
    staleHours: 2,
    monthly: false,
    figures: [
      ['atSea', 'Trên biển'],
      ['inPort', 'Trong cảng'],
      ['silentOver6h', 'Mất tín hiệu > 6 giờ'],
    ],
    trend: [
      ['positions', 'Bản tin vị trí'],
      ['vesselDays', 'Tàu-ngày có vị trí'],
    ],
    rank: { field: 'registered', label: 'Tàu ≥ 15 m', unit: '' },
    extra: 'registered atSea inPort noPosition silentOver6h silentOver10d',
    breakdowns: [
      {
        title: 'Trạng thái đội tàu',
        rows: (s) => [
          ['Trên biển', s.atSea],
          ['Trong cảng', s.inPort],
          ['Chưa có vị trí', s.noPosition],
          ['Mất tín hiệu > 6 giờ', s.silentOver6h],
        ],
        unit: 'tàu',
      },
    ],
  },
  {
    key: 'feedback',
    label: 'Phản ánh hiện trường',
    time: 'range',
    staleHours: 48,
    figures: [
      ['received', 'Tiếp nhận'],
      ['resolved', 'Đã xử lý'],
      ['late', 'Xử lý trễ hạn'],
      ['overdue', 'Quá hạn chưa xử lý'],
    ],
    rank: { field: 'onTimeRate', label: 'Tỷ lệ xử lý đúng hạn', unit: '%', scale: 100 },
    extra: 'byCategory { code name received } byAgency { code name received }',
    breakdowns: [
      { title: 'Phản ánh theo lĩnh vực', rows: (s) => s.byCategory.map((g) => [g.name, g.received]), unit: 'phản ánh' },
      { title: 'Phản ánh theo cơ quan xử lý', rows: (s) => s.byAgency.map((g) => [g.name, g.received]), unit: 'phản ánh' },
    ],
  },
];

export const sectorByKey = Object.fromEntries(sectors.map((s) => [s.key, s]));

/** The `period` of the URL is a month, YYYY-MM; these are its bounds and its neighbours. */
export function monthRange(ym) {
  const [y, m] = ym.split('-').map(Number);
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  return { from: `${ym}-01`, to: `${next}-01`, ym };
}
export function monthsBack(ym, n) {
  const [y, m] = ym.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - n + i, 1)).toISOString().slice(0, 7));
}
/** The school year a month falls in: the Ministry of Education's yearly calendar starts each year in September. */
export function schoolYearOf(ym) {
  const [y, m] = ym.split('-').map(Number);
  const start = m >= 9 ? y : y - 1;
  return `${start}-${start + 1}`;
}

/** The argument list, variable declarations and values that ask `sector` for one period. */
export function periodArgs(sector, ym, suffix = '') {
  const r = monthRange(ym);
  switch (sector.time) {
    case 'range':
      return {
        args: `(from: $from${suffix}, to: $to${suffix})`,
        decl: `$from${suffix}: Date!, $to${suffix}: Date!`,
        vars: { [`from${suffix}`]: r.from, [`to${suffix}`]: r.to },
      };
    case 'schoolYear':
      return { args: `(schoolYear: $sy${suffix})`, decl: `$sy${suffix}: String!`, vars: { [`sy${suffix}`]: schoolYearOf(ym) } };
    case 'at':
      return { args: `(at: $at${suffix})`, decl: `$at${suffix}: DateTime!`, vars: { [`at${suffix}`]: `${r.to}T00:00:00+07:00` } };
    default:
      return { args: '', decl: '', vars: {} };
  }
}

/** A unit in the URL: level (PROVINCE, DISTRICT, COMMUNE) and code; the root field that reads it. */
export const rootField = { PROVINCE: 'province', DISTRICT: 'district', COMMUNE: 'commune' };
export const levelName = { PROVINCE: 'Tỉnh/thành phố', DISTRICT: 'Huyện (cũ)', COMMUNE: 'Xã/phường' };

export const indicatorFields = 'indicators { code name value unit target status period source }';
export const alertFields = 'alerts { code level title unitCode time link }';
