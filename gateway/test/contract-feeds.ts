/**
 * One small hand-written feed per sector, in each existing system's native format, so that every
 * contract query of the issues answers with figures. Everything sits in commune 20335 (Phường Tân
 * Thạnh, district 502 Tam Kỳ, old province 49 Quảng Nam; today in 48 Thành phố Đà Nẵng), dated so
 * that each quoted period holds a record.
 */
const line = (o: object) => JSON.stringify(o);
const dossier = (id: string, o: object) =>
  line({
    MaHoSo: id,
    MaTTHC: '1.001193',
    TenTTHC: 'Thủ tục đăng ký khai sinh',
    MaLinhVuc: '1.000001',
    TenLinhVuc: 'Hộ tịch',
    CoQuanXuLy: 'UBND phường Tân Thạnh',
    MaDonViHanhChinh: '20335',
    KenhNop: 2,
    MucDo: 'TOAN_TRINH',
    ...o,
  });

/** One dossier resolved on time, one still pending and overdue (for the follow-up list). */
export const dossiers = [
  dossier('CQ-0001', {
    NgayTiepNhan: '2025-01-05T08:00:00+07:00',
    NgayHenTra: '2025-01-15T17:00:00+07:00',
    NgayKetThuc: '2025-01-14T10:00:00+07:00',
    NgayCapNhat: '2025-01-14T10:00:00+07:00',
    TrangThai: 10,
  }),
  dossier('CQ-0002', {
    NgayTiepNhan: '2025-02-10T08:00:00+07:00',
    NgayHenTra: '2025-02-20T17:00:00+07:00',
    NgayKetThuc: null,
    NgayCapNhat: '2025-02-11T08:00:00+07:00',
    TrangThai: 4,
  }),
].join('\n');

const encounter = (id: string, cls: string, start: string, end: string, provider = 'cq1') => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { code: cls },
  period: { start, end },
  serviceProvider: { reference: `Organization/${provider}` },
});

/**
 * A hospital of 20 beds with a visit in February 2024, January 2025 and August 2025, and an
 * admission; and a clinic (no beds) whose address carries today's code 20341 (Phường Tam Kỳ, formed
 * from communes of old district 502 only), with a visit in February 2024 (issue 8, item 3).
 */
export const fhir = line({
  resourceType: 'Bundle',
  type: 'collection',
  timestamp: '2025-09-01T08:00:00+07:00',
  entry: [
    {
      resource: {
        resourceType: 'Organization',
        id: 'cq1',
        meta: { lastUpdated: '2025-01-01T00:00:00+07:00' },
        identifier: [{ system: 'urn:vn:moh:kcb', value: '49099' }],
        name: 'Bệnh viện thử hợp đồng',
        address: [{ extension: [{ url: 'urn:vn:gso:commune', valueCode: '20335' }] }],
        extension: [{ url: 'urn:vn:moh:beds', valueInteger: 20 }],
      },
    },
    { resource: encounter('cq-e1', 'AMB', '2024-02-10T08:00:00+07:00', '2024-02-10T09:00:00+07:00') },
    { resource: encounter('cq-e2', 'AMB', '2025-01-10T08:00:00+07:00', '2025-01-10T09:00:00+07:00') },
    { resource: encounter('cq-e3', 'IMP', '2025-01-12T08:00:00+07:00', '2025-01-20T09:00:00+07:00') },
    { resource: encounter('cq-e4', 'AMB', '2025-08-10T08:00:00+07:00', '2025-08-10T09:00:00+07:00') },
    {
      resource: {
        resourceType: 'Organization',
        id: 'cq2',
        identifier: [{ system: 'urn:vn:moh:kcb', value: '48098' }],
        name: 'Phòng khám thử mã mới',
        address: [{ extension: [{ url: 'urn:vn:gso:commune', valueCode: '20341' }] }],
      },
    },
    { resource: encounter('cq-e5', 'AMB', '2024-02-15T08:00:00+07:00', '2024-02-15T09:00:00+07:00', 'cq2') },
  ],
});

/** The documented columns of each export (no ordering column). */
export const schools = 'MaTruong,TenTruong,CapHoc,LoaiHinh,MaXa,DatChuanQuocGia\nCQ01,Trường Tiểu học thử,TH,CONG_LAP,20335,1\n';
export const enrolment = 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu\nCQ01,2024-2025,1,2,70,33\n';
export const teachers = 'MaTruong,NamHoc,SoGiaoVien,SoGiaoVienDatChuan\nCQ01,2024-2025,4,4\n';

/** A certified 500 m² rice parcel, drawn as a square of about that area near Tam Kỳ. */
const side = Math.sqrt(500);
const [lon, lat] = [108.47, 15.57];
const dLon = side / (111_320 * Math.cos((lat * Math.PI) / 180));
const dLat = side / 110_574;
export const parcels = line({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { maXa: '20335', soTo: 1, soThua: 1, dienTich: 500, loaiDat: 'LUC', doiTuong: 'GDC', daCapGCN: true, ngayCapNhat: '2025-01-10' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon, lat],
            [lon + dLon, lat],
            [lon + dLon, lat + dLat],
            [lon, lat + dLat],
            [lon, lat],
          ],
        ],
      },
    },
  ],
});

export const stations = line({
  updatedAt: '2025-01-01',
  stations: [{ code: 'CQ01', name: 'Trạm thử Tam Kỳ', type: 'AIR', longitude: 108.4739, latitude: 15.5736, communeCode: '20335' }],
});
/** PM2.5 every hour of 2025-01-02. */
export const readings = [
  'MaTram,ThoiGian,PM2_5,PM10,O3,NO2,SO2,CO',
  ...Array.from({ length: 24 }, (_, h) => `CQ01,2025-01-02T${String(h).padStart(2, '0')}:00:00+07:00,40,,,,,`),
].join('\n');

/** An 18 m vessel owned in 20335, dated before the reform so that old 49 holds it. */
export const registry =
  'SoDangKy,TenTau,ChieuDai,CongSuat,NgheKhaiThac,MaXaChuTau,MMSI,CangCa,NgayCapNhat\nQNa-96001-TS,Tàu thử,18,300,Lưới vây,20335,574200001,Cảng cá Tam Kỳ,2025-01-10\n';

/**
 * Its AIS position reports (message 1, NMEA 4.0 tag block with the receive time): two on
 * 2025-01-10 and one on 2025-02-05, at sea off Tam Kỳ.
 */
export const positions = [
  '\\c:1736470800*51\\!AIVDM,1,1,,A,18SVHh@P0t7iUe08sBP3Q2mp0000,0*14',
  '\\c:1736514000*5A\\!AIVDM,1,1,,A,18SVHh@P0t7iUe08sBP3Q2mp0000,0*14',
  '\\c:1738717200*57\\!AIVDM,1,1,,A,18SVHh@P0t7iUe08sBP3Q2mp0000,0*14',
].join('\n');

/** The existing feedback system's export: one report resolved on time in January 2025, one in progress and overdue. */
export const reports = [
  line({
    MaPhanAnh: 'CQ-PA-0001',
    LinhVuc: 'Giao thông',
    NoiDung: 'Ổ gà trên đường Phan Chu Trinh',
    MaXaPhuong: '20335',
    ThoiGianGui: '2025-01-06T08:00:00+07:00',
    TrangThai: 'DA_XU_LY',
    DonViXuLy: 'UBND phường Tân Thạnh',
    KetQuaXuLy: 'Đã vá ổ gà',
    ThoiGianXuLy: '2025-01-08T10:00:00+07:00',
    ThoiGianCapNhat: '2025-01-08T10:00:00+07:00',
  }),
  line({
    MaPhanAnh: 'CQ-PA-0002',
    LinhVuc: 'Môi trường',
    NoiDung: 'Rác thải tập kết trái phép',
    MaXaPhuong: '20335',
    ThoiGianGui: '2025-02-03T08:00:00+07:00',
    TrangThai: 'DANG_XU_LY',
    DonViXuLy: 'Công ty Môi trường đô thị',
    ThoiGianCapNhat: '2025-02-04T08:00:00+07:00',
  }),
].join('\n');

/** Sector → feed → body, in the order they must go in (stations before readings, schools first, the registry before positions). */
export const contractFeeds: [string, string, string][] = [
  ['procedures', 'dossiers', dossiers],
  ['health', 'fhir', fhir],
  ['education', 'schools', schools],
  ['education', 'enrolment', enrolment],
  ['education', 'teachers', teachers],
  ['land', 'parcels', parcels],
  ['environment', 'stations', stations],
  ['environment', 'readings', readings],
  ['vessels', 'registry', registry],
  ['vessels', 'positions', positions],
  ['feedback', 'reports', reports],
];
