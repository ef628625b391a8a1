/**
 * What the demo dossiers are about. Field and procedure codes follow the numbering of the national
 * database of administrative procedures (Cơ sở dữ liệu quốc gia về TTHC, csdl.dichvucong.gov.vn) but
 * are illustrative demo values; processing days are typical statutory times (e.g. khai sinh the
 * same or next working day, Luật Hộ tịch 2014 điều 16; cấp phép xây dựng 15 days, Luật Xây dựng
 * 2014 sửa đổi 2020 điều 102).
 */
export interface ProcedureDef {
  code: string;
  name: string;
  field: [string, string];
  days: [number, number];
  levels: ('COMMUNE' | 'DISTRICT' | 'PROVINCE')[];
  onlineLevel: 'TOAN_TRINH' | 'MOT_PHAN' | null;
}

const hoTich: [string, string] = ['1.000001', 'Hộ tịch'];
const chungThuc: [string, string] = ['1.004227', 'Chứng thực'];
const datDai: [string, string] = ['1.000045', 'Đất đai'];
const xayDung: [string, string] = ['1.000093', 'Hoạt động xây dựng'];
const kinhDoanh: [string, string] = ['1.001612', 'Thành lập và hoạt động của hộ kinh doanh'];
const baoTro: [string, string] = ['1.001776', 'Bảo trợ xã hội'];

export const catalogue: ProcedureDef[] = [
  { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: hoTich, days: [1, 1], levels: ['COMMUNE'], onlineLevel: 'TOAN_TRINH' },
  { code: '1.000656', name: 'Thủ tục đăng ký khai tử', field: hoTich, days: [1, 1], levels: ['COMMUNE'], onlineLevel: 'TOAN_TRINH' },
  { code: '1.004873', name: 'Thủ tục cấp bản sao trích lục hộ tịch', field: hoTich, days: [1, 2], levels: ['COMMUNE'], onlineLevel: 'TOAN_TRINH' },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    field: chungThuc,
    days: [1, 1],
    levels: ['COMMUNE', 'DISTRICT'],
    onlineLevel: 'MOT_PHAN',
  },
  {
    code: '1.004203',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    field: datDai,
    days: [10, 10],
    levels: ['DISTRICT', 'PROVINCE'],
    onlineLevel: 'MOT_PHAN',
  },
  {
    code: '1.003003',
    name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    field: datDai,
    days: [20, 30],
    levels: ['DISTRICT', 'PROVINCE'],
    onlineLevel: null,
  },
  {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    field: xayDung,
    days: [15, 15],
    levels: ['DISTRICT', 'PROVINCE'],
    onlineLevel: 'MOT_PHAN',
  },
  { code: '2.000720', name: 'Đăng ký thành lập hộ kinh doanh', field: kinhDoanh, days: [3, 3], levels: ['DISTRICT', 'COMMUNE'], onlineLevel: 'TOAN_TRINH' },
  {
    code: '1.001699',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
    field: baoTro,
    days: [7, 20],
    levels: ['COMMUNE', 'DISTRICT'],
    onlineLevel: 'MOT_PHAN',
  },
];

/** Province-level agencies, before and after the 2025 reorganisation of departments. */
export const provinceAgencies: Record<string, string> = {
  [hoTich[0]]: 'Sở Tư pháp',
  [chungThuc[0]]: 'Sở Tư pháp',
  [datDai[0]]: 'Văn phòng Đăng ký đất đai',
  [xayDung[0]]: 'Sở Xây dựng',
  [kinhDoanh[0]]: 'Sở Tài chính',
  [baoTro[0]]: 'Sở Y tế',
};

export const landOffice = 'Chi nhánh Văn phòng Đăng ký đất đai';
