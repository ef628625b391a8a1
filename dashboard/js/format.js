// Vietnamese number and date formats (vi-VN: 1.234,5), Vietnam time.
const numberFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const intFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const signedFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const dateTimeFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

export const num = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : numberFmt.format(v));
export const int = (v) => (v === null || v === undefined ? '—' : intFmt.format(v));
export const signed = (v) => (v === null || v === undefined ? '—' : signedFmt.format(v));
export const dateTime = (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : '—');
/** A month period (YYYY-MM) as "Tháng 10/2025". */
export const month = (ym) => `Tháng ${Number(ym.slice(5, 7))}/${ym.slice(0, 4)}`;
export const shortMonth = (ym) => `${ym.slice(5, 7)}/${ym.slice(2, 4)}`;
export const withUnit = (v, unit) => (v === null || v === undefined ? '—' : `${num(v)}${unit ? (unit === '%' ? ' %' : ` ${unit}`) : ''}`);

export const statusLabel = { GOOD: 'Đạt', WATCH: 'Cần theo dõi', ALERT: 'Cảnh báo' };
export const statusColour = { GOOD: '#1e8e3e', WATCH: '#f29900', ALERT: '#d93025', NONE: '#b0b8c1' };
export const levelLabel = { CRITICAL: 'Nghiêm trọng', WARNING: 'Cảnh báo', INFO: 'Thông tin' };
