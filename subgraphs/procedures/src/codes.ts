/**
 * The portal's code lists. TrangThai and KenhNop as the national public-service portal's
 * dossier-sync interface defines them (Cổng Dịch vụ công quốc gia, tài liệu kỹ thuật đồng bộ hồ sơ
 * theo Quyết định 274/QĐ-TTg ngày 12/3/2019 và Nghị định 107/2021/NĐ-CP), as quoted in the issue.
 */
import type { DossierStatus, SubmissionChannel, OnlineServiceLevel } from './generated/resolvers';

export const statusNames: Record<number, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

export const statusEnum: Record<number, DossierStatus> = {
  1: 'REGISTERED',
  2: 'ACCEPTED',
  3: 'NOT_ACCEPTED',
  4: 'IN_PROGRESS',
  5: 'SUPPLEMENT_REQUESTED',
  6: 'FINANCIAL_OBLIGATION',
  7: 'WITHDRAWN_BY_CITIZEN',
  8: 'STOPPED',
  9: 'PROCESSED',
  10: 'RESULT_RETURNED',
};

export const channelNames: Record<number, string> = { 1: 'Trực tiếp', 2: 'Trực tuyến', 3: 'Bưu chính công ích' };
export const channelEnum: Record<number, SubmissionChannel> = { 1: 'IN_PERSON', 2: 'ONLINE', 3: 'POSTAL' };
export const onlineLevelEnum: Record<string, OnlineServiceLevel> = { TOAN_TRINH: 'FULL', MOT_PHAN: 'PARTIAL' };

export const NOT_ACCEPTED = 3;
export const ONLINE = 2;
export const resolvedStatuses = new Set([9, 10]);
export const pendingStatuses = new Set([2, 4, 5, 6]);
export const withdrawnStatuses = new Set([7, 8]);
