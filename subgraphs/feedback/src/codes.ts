/** Categories and statuses with their Vietnamese labels, and the transitions between statuses. */
export const categories = {
  TRAFFIC: 'Giao thông',
  ENVIRONMENT: 'Môi trường',
  PUBLIC_ORDER: 'An ninh trật tự',
  URBAN_INFRASTRUCTURE: 'Hạ tầng đô thị',
  LAND: 'Đất đai',
  HEALTH: 'Y tế',
  EDUCATION: 'Giáo dục',
  ADMINISTRATIVE_PROCEDURES: 'Thủ tục hành chính',
  OTHER: 'Khác',
} as const;
export type Category = keyof typeof categories;

export const statuses = {
  RECEIVED: 'Đã gửi',
  ACCEPTED: 'Đã tiếp nhận',
  REFUSED: 'Từ chối',
  ASSIGNED: 'Đã chuyển xử lý',
  IN_PROGRESS: 'Đang xử lý',
  RESOLVED: 'Đã xử lý',
  CLOSED: 'Đã đóng',
} as const;
export type Status = keyof typeof statuses;

export const refusalReasons = { OUT_OF_COMPETENCE: 'không thuộc thẩm quyền', DUPLICATE: 'trùng lặp', INSUFFICIENT: 'thiếu thông tin' } as const;
export type RefusalReason = keyof typeof refusalReasons;

/** The one status each status may move to (REFUSED and CLOSED end a report). */
export const nextOf: Record<Status, Status[]> = {
  RECEIVED: ['ACCEPTED', 'REFUSED'],
  ACCEPTED: ['ASSIGNED'],
  REFUSED: [],
  ASSIGNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['RESOLVED'],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
};

export const openStatuses = new Set<Status>(['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS']);
export const doneStatuses = new Set<Status>(['RESOLVED', 'CLOSED']);
