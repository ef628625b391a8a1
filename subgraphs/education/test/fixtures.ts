/**
 * Hand-written exports in the native format. Real unit codes: 20335 Phường Tân Thạnh and 20341
 * Phường An Mỹ (district 502 Tam Kỳ), 20398 Phường Minh An (503 Hội An) of old province 49;
 * 20194 Phường Hòa Hiệp Bắc (490 Liên Chiểu) of old 48; 16663 Phường Đông Vĩnh (412 Vinh) of 40;
 * 20333 Đặc khu Hoàng Sa exists only in the new register.
 */

// Semicolon-separated with a BOM, as spreadsheet exports often are.
export const schools =
  '\uFEFF' +
  [
    'MaTruong;TenTruong;CapHoc;LoaiHinh;MaXa;DatChuanQuocGia',
    'T01;Trường Tiểu học Tân Thạnh;TH;CONG_LAP;20335;1',
    'T02;Trường THCS An Mỹ;THCS;CONG_LAP;20341;0',
    'T03;Trường THPT Minh An;THPT;TU_THUC;20398;1',
    'T04;Trường Mầm non Hòa Hiệp Bắc;MN;DAN_LAP;20194;1',
    'T05;Trường Tiểu học Đông Vĩnh;TH;CONG_LAP;16663;0',
    'T09;Trường Tiểu học Hoàng Sa;TH;CONG_LAP;20333;0',
    'T06;Trường Đại học X;DH;CONG_LAP;20335;0',
    'T07;Trường Tiểu học Y;TH;CONG_LAP;99999;0',
    'T08;Trường Tiểu học Z;TH;CONG_LAP;20335;2',
  ].join('\r\n') +
  '\r\n';

export const enrolment =
  [
    'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat',
    'T01,2024-2025,1,2,70,33,2024-09-20',
    'T01,2024-2025,2,2,74,36,2024-09-20',
    'T02,2024-2025,6,3,120,60,2024-10-01',
    'T03,2024-2025,10,4,180,100,2024-09-20',
    'T04,2024-2025,0,5,150,70,2024-09-20',
    'T05,2024-2025,1,1,30,15,2024-09-20',
    'T01,2025-2026,1,2,60,30,2025-09-20',
    'T01,2024-2025,7,1,30,15,2024-09-20',
    'T99,2024-2025,1,1,30,15,2024-09-20',
    'T03,2024-2025,11,2,80,81,2024-09-20',
    'T03,2024-2025-x,11,2,80,40,2024-09-20',
    'T09,2024-2025,1,1,20,10,2024-09-20',
  ].join('\n') + '\n';

export const teachers =
  [
    'MaTruong,NamHoc,SoGiaoVien,SoGiaoVienDatChuan',
    'T01,2024-2025,10,9',
    'T02,2024-2025,8,8',
    'T03,2024-2025,12,5',
    'T04,2024-2025,6,6',
    'T05,2024-2025,2,2',
    'T04,2025-2026,6,7',
  ].join('\n') + '\n';

/** T02 grade 6 again, dated before the stored row: must not overwrite it. */
export const enrolmentOlder = 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat\nT02,2024-2025,6,3,999,500,2024-09-15\n';
/** T02 grade 6 corrected later: replaces the stored row. */
export const enrolmentNewer = 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat\nT02,2024-2025,6,3,123,61,2024-11-01T08:30\n';
/** T02 grade 6 in the documented columns, without NgayCapNhat: its arrival orders it after the stored row. */
export const enrolmentUndated = 'MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu\nT02,2024-2025,6,3,125,62\n';
