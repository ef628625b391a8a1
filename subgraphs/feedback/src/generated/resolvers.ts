// Generated from schema/feedback.graphql and subgraphs/feedback/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { StatsParent as StatsParentMapper, Context } from '../resolvers';
import type { FeedbackDoc as FeedbackDocMapper } from '../models';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD, in Asia/Ho_Chi_Minh. */
  Date: { input: unknown; output: string | Date; }
  /** An instant, ISO 8601, shown with the +07:00 offset of Asia/Ho_Chi_Minh. */
  DateTime: { input: Date; output: Date | string; }
  /** A JSON value; GeoJSON geometries are served this way. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Something a leader should look at; lists are ranked most severe first, then newest. */
export type Alert = {
  __typename?: 'Alert';
  code: Scalars['String']['output'];
  level: AlertLevel;
  /** Identifier of the record concerned, e.g. dossier:000.00.12.H49-250101-0001. */
  link?: Maybe<Scalars['String']['output']>;
  register: Register;
  time: Scalars['DateTime']['output'];
  /** Vietnamese title. */
  title: Scalars['String']['output'];
  /** Code of the unit concerned, in the register of `register`. */
  unitCode: Scalars['String']['output'];
};

/** How urgent an alert is. */
export type AlertLevel =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

/** A commune; this subgraph adds its citizen feedback statistics. */
export type Commune = {
  __typename?: 'Commune';
  code: Scalars['String']['output'];
  /**
   * As on Province: reports received in [from, to) in the commune (in today's register, with the old
   * communes it absorbed). Out of scope: null for the public and for a caller whose scope does not
   * reach the unit (never zeros, which would read as "nothing happened"); a caller scoped to some
   * communes gets figures over those.
   */
  feedback?: Maybe<FeedbackStats>;
  register: Register;
};


/** A commune; this subgraph adds its citizen feedback statistics. */
export type CommuneFeedbackArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

/** A district (old register only); this subgraph adds its citizen feedback statistics. */
export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /**
   * As on Province: reports received in [from, to) in the district and its communes. Out of scope:
   * null for the public and for a caller whose scope does not reach the unit (never zeros, which
   * would read as "nothing happened"); a caller scoped to some communes gets figures over those.
   */
  feedback?: Maybe<FeedbackStats>;
  register: Register;
};


/** A district (old register only); this subgraph adds its citizen feedback statistics. */
export type DistrictFeedbackArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

/** Freshness of one feed of one sector. */
export type FeedStatus = {
  __typename?: 'FeedStatus';
  feed: Scalars['String']['output'];
  /** Set when records of this feed may be stored without what the sector keeps from them (rollups, tracks, indices): the start of an import that stopped without ending (its process died) or whose bookkeeping failed. The sector's figures may miss those records until `npm run rollups:rebuild <sector>` recounts them and clears it. */
  figuresIncompleteSince?: Maybe<Scalars['DateTime']['output']>;
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** OK, OK_WITH_REJECTS, FAILED or NEVER. */
  lastOutcome: Scalars['String']['output'];
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** Totals of the last import (national figures): for callers scoped to the whole country only, null otherwise. */
  lastSummary?: Maybe<IngestSummary>;
  /** Records held: for callers scoped to the whole country only (counting within a narrower scope would read every record), null otherwise. */
  records?: Maybe<Scalars['Int']['output']>;
  /** Rejected records held whose raw record names a unit in the caller's scope (those naming no known unit count for whole-country callers only). */
  rejects: Scalars['Int']['output'];
  sector: Scalars['String']['output'];
};

/** A report as an officer in scope sees it, with the phone and who made each step. */
export type Feedback = {
  __typename?: 'Feedback';
  agency?: Maybe<Scalars['String']['output']>;
  category: FeedbackCategory;
  categoryName: Scalars['String']['output'];
  currentCommune?: Maybe<Commune>;
  currentProvince: Province;
  description: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** Tracking code of the earlier report this one nearly duplicates (same category, 100 m, 24 h). */
  duplicateOf?: Maybe<Scalars['String']['output']>;
  /** LATE or OVERDUE against `now` of the query; else null. */
  followUp?: Maybe<FeedbackFollowUp>;
  history: Array<FeedbackStep>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The citizen's phone, for officers and admins (audit-logged); else null. */
  phone?: Maybe<Scalars['String']['output']>;
  photos: Array<FeedbackPhoto>;
  rating?: Maybe<Scalars['Int']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  refusalReason?: Maybe<FeedbackRefusalReason>;
  register: Register;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  result?: Maybe<Scalars['String']['output']>;
  resultPhotos: Array<FeedbackPhoto>;
  /** WEB for the hub's own form, else the feed it was imported from (handled in that system). */
  source: Scalars['String']['output'];
  status: FeedbackStatus;
  statusName: Scalars['String']['output'];
  trackingCode: Scalars['String']['output'];
  unitCode: Scalars['String']['output'];
};

/** What a report is about (lĩnh vực phản ánh). */
export type FeedbackCategory =
  /** Thủ tục hành chính. */
  | 'ADMINISTRATIVE_PROCEDURES'
  /** Giáo dục. */
  | 'EDUCATION'
  /** Môi trường. */
  | 'ENVIRONMENT'
  /** Y tế. */
  | 'HEALTH'
  /** Đất đai. */
  | 'LAND'
  /** Khác. */
  | 'OTHER'
  /** An ninh trật tự. */
  | 'PUBLIC_ORDER'
  /** Giao thông. */
  | 'TRAFFIC'
  /** Hạ tầng đô thị. */
  | 'URBAN_INFRASTRUCTURE';

/** Why a report needs follow-up. */
export type FeedbackFollowUp =
  /** Resolved after its deadline. */
  | 'LATE'
  /** Still open after its deadline. */
  | 'OVERDUE';

/** The feedback figures of one category or one agency. */
export type FeedbackGroupStats = {
  __typename?: 'FeedbackGroupStats';
  /** Category enum name, or the agency's name. */
  code: Scalars['String']['output'];
  late: Scalars['Int']['output'];
  /** Vietnamese label. */
  name: Scalars['String']['output'];
  onTime: Scalars['Int']['output'];
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  rated: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  refused: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  satisfaction?: Maybe<Scalars['Float']['output']>;
};

/** The feedback figures of one period of a series. */
export type FeedbackPeriodStats = {
  __typename?: 'FeedbackPeriodStats';
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  late: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  rated: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  refused: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  satisfaction?: Maybe<Scalars['Float']['output']>;
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
};

/** A stored photo, served by this subgraph over HTTP. */
export type FeedbackPhoto = {
  __typename?: 'FeedbackPhoto';
  contentType: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** Bytes after metadata stripping. */
  size: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

/** One photo, sent inline. JPEG or PNG, checked by content; location and other metadata are stripped before storing. */
export type FeedbackPhotoInput = {
  /** image/jpeg or image/png; must match the bytes. */
  contentType: Scalars['String']['input'];
  /** The file, base64 (standard alphabet, padded). */
  dataBase64: Scalars['String']['input'];
};

/** What the citizen gets back: the code to follow the report with. */
export type FeedbackReceipt = {
  __typename?: 'FeedbackReceipt';
  /** When the report is due to be resolved. */
  dueAt: Scalars['DateTime']['output'];
  /** Tracking code of an earlier report of the same category within 100 m and 24 h, when there is one. */
  duplicateOf?: Maybe<Scalars['String']['output']>;
  register: Register;
  status: FeedbackStatus;
  trackingCode: Scalars['String']['output'];
  /** Reference of the unit the report was placed in, in its register. */
  unitCode: Scalars['String']['output'];
};

/** Why a report was refused. */
export type FeedbackRefusalReason =
  /** The same problem was already reported (trùng lặp). */
  | 'DUPLICATE'
  /** Not enough information to act on (thiếu thông tin). */
  | 'INSUFFICIENT'
  /** Outside the competence of the province's agencies (không thuộc thẩm quyền). */
  | 'OUT_OF_COMPETENCE';

/** Figures over reports received in a period. */
export type FeedbackStats = {
  __typename?: 'FeedbackStats';
  /**
   * Indicators in ALERT, hot spots (several reports of one category within ~200 m within days) and
   * overdue reports; most urgent first, then newest; only those timed at or after `since`; `first` is
   * 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /** The same figures per handling agency (assigned reports), most received first; `first` is 1–500 (default 100). */
  byAgency: Array<FeedbackGroupStats>;
  /** The same figures per category, most received first. */
  byCategory: Array<FeedbackGroupStats>;
  from: Scalars['Date']['output'];
  /** Headline figures against their targets. */
  indicators: Array<Indicator>;
  /** Resolved after their deadline. */
  late: Scalars['Int']['output'];
  /** The instant `overdue` was judged against. */
  now: Scalars['DateTime']['output'];
  /** Resolved on or before their deadline. */
  onTime: Scalars['Int']['output'];
  /** onTime / resolved, from 0 to 1; null when nothing was resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Open reports past their deadline at `now`. */
  overdue: Scalars['Int']['output'];
  /** Reports still open (received, accepted, assigned, in progress). */
  pending: Scalars['Int']['output'];
  /** Reports the citizen rated. */
  rated: Scalars['Int']['output'];
  /** Reports received (every status, refused included). */
  received: Scalars['Int']['output'];
  /** Reports refused. */
  refused: Scalars['Int']['output'];
  /** Reports resolved or closed. */
  resolved: Scalars['Int']['output'];
  /** Mean rating 1–5 over rated reports; null when none. */
  satisfaction?: Maybe<Scalars['Float']['output']>;
  /**
   * The same figures over [from, to) cut into periods of `every` (at most 366 periods), oldest first,
   * for the same unit and under the same scope; the periods add up to the figures of the whole range.
   * `overdue` is judged against this object's `now`. Answered from the rollups.
   */
  series: Array<FeedbackPeriodStats>;
  to: Scalars['Date']['output'];
};


/** Figures over reports received in a period. */
export type FeedbackStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Figures over reports received in a period. */
export type FeedbackStatsByAgencyArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Figures over reports received in a period. */
export type FeedbackStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** Where a report is in its handling. */
export type FeedbackStatus =
  /** Accepted for handling (đã tiếp nhận). */
  | 'ACCEPTED'
  /** Assigned to the agency that must handle it (đã chuyển xử lý). */
  | 'ASSIGNED'
  /** Closed (đã đóng). */
  | 'CLOSED'
  /** Being handled by the agency (đang xử lý). */
  | 'IN_PROGRESS'
  /** Received, not yet examined (đã gửi). */
  | 'RECEIVED'
  /** Refused, with a reason (từ chối). */
  | 'REFUSED'
  /** Handled, with a result (đã xử lý). */
  | 'RESOLVED';

/** One step of a report's handling. */
export type FeedbackStep = {
  __typename?: 'FeedbackStep';
  at: Scalars['DateTime']['output'];
  /** Who made the step (an officer's subject, `citizen`, or the import feed); officers and admins only, else null. */
  by?: Maybe<Scalars['String']['output']>;
  /** Reason, agency or note recorded with the step; officers and admins only, else null. */
  note?: Maybe<Scalars['String']['output']>;
  status: FeedbackStatus;
};

/** A headline figure with its target, for leaders. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Stable code, e.g. procedures.onTimeRate. */
  code: Scalars['String']['output'];
  /** Vietnamese label shown to users. */
  name: Scalars['String']['output'];
  /** The period the value covers, e.g. 2025-01-01/2025-04-01. */
  period?: Maybe<Scalars['String']['output']>;
  /** The value over the period of the same length just before `period`, for a trend arrow; null when it cannot be computed. */
  previous?: Maybe<Scalars['Float']['output']>;
  /** Where the target comes from (regulation or configuration). */
  source?: Maybe<Scalars['String']['output']>;
  /** GOOD on the good side of the target, WATCH within the sector's band of it, ALERT beyond; WATCH when value is null (no data: nothing to call good). */
  status: IndicatorStatus;
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit of measure (%, giường, µg/m³…). */
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

/** Whether an indicator meets its target. */
export type IndicatorStatus =
  | 'ALERT'
  | 'GOOD'
  | 'WATCH';

/** Totals of one import. */
export type IngestSummary = {
  __typename?: 'IngestSummary';
  accepted: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** RECEIVED → ACCEPTED (officer or admin in scope). */
  acceptFeedback: Feedback;
  /** ACCEPTED → ASSIGNED to the agency that must handle it (officer or admin in scope). */
  assignFeedback: Feedback;
  /** RESOLVED → CLOSED (officer or admin in scope). */
  closeFeedback: Feedback;
  /** The citizen rates a resolved or closed report, 1–5, with its tracking code; once. */
  rateFeedback: PublicFeedback;
  /** RECEIVED → REFUSED with a reason (officer or admin in scope). */
  refuseFeedback: Feedback;
  /** IN_PROGRESS → RESOLVED with the result and up to 5 photos (officer or admin in scope). */
  resolveFeedback: Feedback;
  /** ASSIGNED → IN_PROGRESS (officer or admin in scope). */
  startFeedback: Feedback;
  /**
   * A citizen's report from the centre's form; no token needed. Limited per client (HUB_FEEDBACK_RATE_LIMIT,
   * default 5 per 10 minutes); photos JPEG/PNG only, each and together size-limited.
   */
  submitFeedback: FeedbackReceipt;
};


export type MutationAcceptFeedbackArgs = {
  trackingCode: Scalars['String']['input'];
};


export type MutationAssignFeedbackArgs = {
  agency: Scalars['String']['input'];
  trackingCode: Scalars['String']['input'];
};


export type MutationCloseFeedbackArgs = {
  trackingCode: Scalars['String']['input'];
};


export type MutationRateFeedbackArgs = {
  rating: Scalars['Int']['input'];
  trackingCode: Scalars['String']['input'];
};


export type MutationRefuseFeedbackArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  reason: FeedbackRefusalReason;
  trackingCode: Scalars['String']['input'];
};


export type MutationResolveFeedbackArgs = {
  photos?: InputMaybe<Array<FeedbackPhotoInput>>;
  result: Scalars['String']['input'];
  trackingCode: Scalars['String']['input'];
};


export type MutationStartFeedbackArgs = {
  trackingCode: Scalars['String']['input'];
};


export type MutationSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
};

/**
 * The length of each period of a statistics object's `series`: a day, a week (Monday to Sunday), a
 * calendar month or a calendar quarter. The first and last periods are cut to the range asked, so
 * the periods always add up to the whole range.
 */
export type Period =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK';

/** A province; this subgraph adds its citizen feedback statistics. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /**
   * Citizen feedback (phản ánh hiện trường) received in the half-open period [from, to) (Vietnam
   * days) in the province and every unit in it; on a province of today's register, includes reports
   * placed under the old units it absorbed. `now` fixes the instant `overdue` is judged against
   * (default HUB_FEEDBACK_NOW, else the clock). Out of scope: null for the public and for a caller
   * whose scope does not reach the unit (never zeros, which would read as "nothing happened"); a
   * caller scoped to some communes gets figures over those.
   */
  feedback?: Maybe<FeedbackStats>;
  register: Register;
};


/** A province; this subgraph adds its citizen feedback statistics. */
export type ProvinceFeedbackArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

/** A report as anyone holding its tracking code, or the public list, sees it: no personal data. */
export type PublicFeedback = {
  __typename?: 'PublicFeedback';
  /** The handling agency, once assigned. */
  agency?: Maybe<Scalars['String']['output']>;
  category: FeedbackCategory;
  /** Vietnamese label of the category. */
  categoryName: Scalars['String']['output'];
  /** The commune in force today, when known. */
  currentCommune?: Maybe<Commune>;
  currentProvince: Province;
  description: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** Status steps, oldest first (without who made them). */
  history: Array<FeedbackStep>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The citizen's photos. */
  photos: Array<FeedbackPhoto>;
  /** The citizen's rating of the resolution, 1–5. */
  rating?: Maybe<Scalars['Int']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  /** Why it was refused. */
  refusalReason?: Maybe<FeedbackRefusalReason>;
  register: Register;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The result text, once resolved. */
  result?: Maybe<Scalars['String']['output']>;
  /** Photos of the result. */
  resultPhotos: Array<FeedbackPhoto>;
  status: FeedbackStatus;
  /** Vietnamese label of the status. */
  statusName: Scalars['String']['output'];
  trackingCode: Scalars['String']['output'];
  unitCode: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One report with its phone and handlers, for an officer or admin whose scope covers it. */
  feedback?: Maybe<Feedback>;
  /** Public tracking by code, no token needed: status history and result, no personal data. Null when no report has this code. */
  feedbackByCode?: Maybe<PublicFeedback>;
  /**
   * Freshness of this sector's feeds (signed-in callers). Feed `reports`: an existing feedback
   * system's JSON Lines export, one report per line. Required: MaPhanAnh, LinhVuc, NoiDung, TrangThai,
   * ThoiGianGui, ThoiGianCapNhat (the version), and a place (ViDo and KinhDo, or MaXaPhuong);
   * DonViXuLy once assigned, ThoiGianXuLy and KetQuaXuLy once resolved, LyDoTuChoi when refused.
   * Optional: DanhGia, LichSu. HoTen and SoDienThoai are ignored.
   */
  feedbackFeeds: Array<FeedStatus>;
  /** Records the import feed refused, newest first (officers and admins). `first` is 1–500 (default 50). */
  feedbackRejects: Array<Reject>;
  /**
   * Reports received in [from, to) within the caller's scope (signed-in callers), optionally of one
   * unit (`unitCode` in the register in force on `asOf`) and status; newest first; `first` 1–500
   * (default 100). For the map of reports by status and the officers' work list.
   */
  feedbackReports: Array<Feedback>;
  /**
   * Public list of resolved and closed reports placed in a commune or district (or a province) of
   * the register in force on `asOf` (default today), newest resolution first, with their photos.
   * A unit of either register lists the reports its statistics count (an old district includes
   * reports placed in today's communes it held). Resolutions of the last 730 days.
   * `first` is 1–100 (default 20).
   */
  resolvedFeedback: Array<PublicFeedback>;
};


export type QueryFeedbackArgs = {
  trackingCode: Scalars['String']['input'];
};


export type QueryFeedbackByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryFeedbackRejectsArgs = {
  feed?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFeedbackReportsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<FeedbackStatus>;
  to: Scalars['Date']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResolvedFeedbackArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unitCode: Scalars['String']['input'];
};

/** The register of administrative units a code belongs to (see admin-units). */
export type Register =
  | 'FROM_2025_07'
  | 'PRE_2025_07';

/** A record a feed could not take, with the reason (officers and admins only: it holds raw source data; only rejects naming a unit in the caller's scope, or any for callers scoped to the whole country). */
export type Reject = {
  __typename?: 'Reject';
  at: Scalars['DateTime']['output'];
  feed: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
  raw: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

/** A citizen's report, as the centre's web or app form sends it. */
export type SubmitFeedbackInput = {
  category: FeedbackCategory;
  /** Commune code (5 digits) of the register in force today; required when no point is given or the point lies outside known boundaries. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** What the citizen sees, 10–2000 characters. */
  description: Scalars['String']['input'];
  /** WGS 84 latitude of the place; with longitude, the commune is found from the point when no communeCode is given. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS 84 longitude of the place. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Optional phone number for the handling agency to call back; never shown publicly. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5 photos. */
  photos?: InputMaybe<Array<FeedbackPhotoInput>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Commune: Commune;
  District: District;
  Feedback: Feedback;
  Province: Province;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Commune:
    ( { __typename: 'Commune' }
    & GraphQLRecursivePick<FederationTypes['Commune'], {"register":true,"code":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"register":true,"code":true}> );
  Feedback:
    ( { __typename: 'Feedback' }
    & GraphQLRecursivePick<FederationTypes['Feedback'], {"trackingCode":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"register":true,"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alert: ResolverTypeWrapper<Alert>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AlertLevel: AlertLevel;
  Commune: ResolverTypeWrapper<UnitReferenceMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<UnitReferenceMapper>;
  FeedStatus: ResolverTypeWrapper<FeedStatus>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Feedback: ResolverTypeWrapper<FeedbackDocMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FeedbackCategory: FeedbackCategory;
  FeedbackFollowUp: FeedbackFollowUp;
  FeedbackGroupStats: ResolverTypeWrapper<FeedbackGroupStats>;
  FeedbackPeriodStats: ResolverTypeWrapper<FeedbackPeriodStats>;
  FeedbackPhoto: ResolverTypeWrapper<FeedbackPhoto>;
  FeedbackPhotoInput: FeedbackPhotoInput;
  FeedbackReceipt: ResolverTypeWrapper<FeedbackDocMapper>;
  FeedbackRefusalReason: FeedbackRefusalReason;
  FeedbackStats: ResolverTypeWrapper<StatsParentMapper>;
  FeedbackStatus: FeedbackStatus;
  FeedbackStep: ResolverTypeWrapper<FeedbackStep>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Period: Period;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  PublicFeedback: ResolverTypeWrapper<FeedbackDocMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
  SubmitFeedbackInput: SubmitFeedbackInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alert: Alert;
  String: Scalars['String']['output'];
  Commune: UnitReferenceMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: UnitReferenceMapper;
  FeedStatus: FeedStatus;
  Int: Scalars['Int']['output'];
  Feedback: FeedbackDocMapper;
  Float: Scalars['Float']['output'];
  FeedbackGroupStats: FeedbackGroupStats;
  FeedbackPeriodStats: FeedbackPeriodStats;
  FeedbackPhoto: FeedbackPhoto;
  FeedbackPhotoInput: FeedbackPhotoInput;
  FeedbackReceipt: FeedbackDocMapper;
  FeedbackStats: StatsParentMapper;
  FeedbackStep: FeedbackStep;
  Indicator: Indicator;
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Province: UnitReferenceMapper;
  PublicFeedback: FeedbackDocMapper;
  Query: Record<PropertyKey, never>;
  Reject: Reject;
  SubmitFeedbackInput: SubmitFeedbackInput;
  Boolean: Scalars['Boolean']['output'];
};

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AlertLevel'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['FeedbackStats']>, ParentType, ContextType, RequireFields<CommuneFeedbackArgs, 'from' | 'to'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['FeedbackStats']>, ParentType, ContextType, RequireFields<DistrictFeedbackArgs, 'from' | 'to'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type FeedStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedStatus'] = ResolversParentTypes['FeedStatus']> = {
  feed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figuresIncompleteSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastOutcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSummary?: Resolver<Maybe<ResolversTypes['IngestSummary']>, ParentType, ContextType>;
  records?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rejects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback'], FederationReferenceType extends FederationReferenceTypes['Feedback'] = FederationReferenceTypes['Feedback']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Feedback']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FeedbackCategory'], ParentType, ContextType>;
  categoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentCommune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  currentProvince?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['FeedbackFollowUp']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['FeedbackStep']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['FeedbackPhoto']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['FeedbackRefusalReason']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultPhotos?: Resolver<Array<ResolversTypes['FeedbackPhoto']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
  statusName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedbackGroupStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackGroupStats'] = ResolversParentTypes['FeedbackGroupStats']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FeedbackPeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackPeriodStats'] = ResolversParentTypes['FeedbackPeriodStats']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type FeedbackPhotoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackPhoto'] = ResolversParentTypes['FeedbackPhoto']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedbackReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackReceipt'] = ResolversParentTypes['FeedbackReceipt']> = {
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
  trackingCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedbackStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackStats'] = ResolversParentTypes['FeedbackStats']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<FeedbackStatsAlertsArgs, 'first'>>;
  byAgency?: Resolver<Array<ResolversTypes['FeedbackGroupStats']>, ParentType, ContextType, RequireFields<FeedbackStatsByAgencyArgs, 'first'>>;
  byCategory?: Resolver<Array<ResolversTypes['FeedbackGroupStats']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  now?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['FeedbackPeriodStats']>, ParentType, ContextType, RequireFields<FeedbackStatsSeriesArgs, 'every' | 'from' | 'to'>>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type FeedbackStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackStep'] = ResolversParentTypes['FeedbackStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IngestSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestSummary'] = ResolversParentTypes['IngestSummary']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationAcceptFeedbackArgs, 'trackingCode'>>;
  assignFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationAssignFeedbackArgs, 'agency' | 'trackingCode'>>;
  closeFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationCloseFeedbackArgs, 'trackingCode'>>;
  rateFeedback?: Resolver<ResolversTypes['PublicFeedback'], ParentType, ContextType, RequireFields<MutationRateFeedbackArgs, 'rating' | 'trackingCode'>>;
  refuseFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationRefuseFeedbackArgs, 'reason' | 'trackingCode'>>;
  resolveFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationResolveFeedbackArgs, 'result' | 'trackingCode'>>;
  startFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationStartFeedbackArgs, 'trackingCode'>>;
  submitFeedback?: Resolver<ResolversTypes['FeedbackReceipt'], ParentType, ContextType, RequireFields<MutationSubmitFeedbackArgs, 'input'>>;
};

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['FeedbackStats']>, ParentType, ContextType, RequireFields<ProvinceFeedbackArgs, 'from' | 'to'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type PublicFeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicFeedback'] = ResolversParentTypes['PublicFeedback']> = {
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FeedbackCategory'], ParentType, ContextType>;
  categoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentCommune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  currentProvince?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['FeedbackStep']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['FeedbackPhoto']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['FeedbackRefusalReason']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultPhotos?: Resolver<Array<ResolversTypes['FeedbackPhoto']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
  statusName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType, RequireFields<QueryFeedbackArgs, 'trackingCode'>>;
  feedbackByCode?: Resolver<Maybe<ResolversTypes['PublicFeedback']>, ParentType, ContextType, RequireFields<QueryFeedbackByCodeArgs, 'code'>>;
  feedbackFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  feedbackRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryFeedbackRejectsArgs>>;
  feedbackReports?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType, RequireFields<QueryFeedbackReportsArgs, 'from' | 'to'>>;
  resolvedFeedback?: Resolver<Array<ResolversTypes['PublicFeedback']>, ParentType, ContextType, RequireFields<QueryResolvedFeedbackArgs, 'unitCode'>>;
};

export type RejectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reject'] = ResolversParentTypes['Reject']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alert?: AlertResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  FeedStatus?: FeedStatusResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackGroupStats?: FeedbackGroupStatsResolvers<ContextType>;
  FeedbackPeriodStats?: FeedbackPeriodStatsResolvers<ContextType>;
  FeedbackPhoto?: FeedbackPhotoResolvers<ContextType>;
  FeedbackReceipt?: FeedbackReceiptResolvers<ContextType>;
  FeedbackStats?: FeedbackStatsResolvers<ContextType>;
  FeedbackStep?: FeedbackStepResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  PublicFeedback?: PublicFeedbackResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
};

