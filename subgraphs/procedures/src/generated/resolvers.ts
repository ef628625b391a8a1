// Generated from schema/procedures.graphql and subgraphs/procedures/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { StatsParent as StatsParentMapper, DossierOut as DossierOutMapper, Context } from '../resolvers';
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

/** A commune; this subgraph adds its public-service dossier statistics. */
export type Commune = {
  __typename?: 'Commune';
  code: Scalars['String']['output'];
  /**
   * As on Province: dossiers received in [from, to) by the commune (and, in today's register, the old
   * communes it absorbed). Out of scope: null for the public and for a caller whose scope does not
   * reach the unit (never zeros, which would read as "nothing happened"); a caller scoped to some
   * communes gets figures over those.
   */
  procedures?: Maybe<ProcedureStats>;
  register: Register;
};


/** A commune; this subgraph adds its public-service dossier statistics. */
export type CommuneProceduresArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

/** A district (old register only); this subgraph adds its public-service dossier statistics. */
export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /**
   * As on Province: dossiers received in [from, to) by the district and its communes. Out of scope:
   * null for the public and for a caller whose scope does not reach the unit (never zeros, which
   * would read as "nothing happened"); a caller scoped to some communes gets figures over those.
   */
  procedures?: Maybe<ProcedureStats>;
  register: Register;
};


/** A district (old register only); this subgraph adds its public-service dossier statistics. */
export type DistrictProceduresArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

/**
 * One public-service dossier as last reported by the portal. No personal data of the applicant is
 * held: the hub keeps only what the statistics need.
 */
export type Dossier = {
  __typename?: 'Dossier';
  /** CoQuanXuLy, the agency handling it. */
  agency: Scalars['String']['output'];
  /** True when the reported commune was split and `currentCommune` is the hub's attribution. */
  approximate: Scalars['Boolean']['output'];
  channel: SubmissionChannel;
  /** The reported commune, when a commune handled it. */
  commune?: Maybe<Commune>;
  /** The commune in force today that contains it (null for a province or district); see `approximate`. */
  currentCommune?: Maybe<Commune>;
  /** The province in force today that contains the reported unit. */
  currentProvince: Province;
  /** Whole days past the due time: finish (late) or `now` (overdue); 0 when not late. */
  daysLate: Scalars['Int']['output'];
  /** The district of the reported unit (old register only). */
  district?: Maybe<District>;
  /** NgayHenTra; null for a dossier never accepted. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** MaLinhVuc, code of the field. */
  fieldCode: Scalars['String']['output'];
  /** TenLinhVuc, name of the field. */
  fieldName: Scalars['String']['output'];
  /** NgayKetThuc; null until finished. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** LATE or OVERDUE (against `now` of the query) when the dossier needs follow-up; else null. */
  followUp?: Maybe<DossierFollowUp>;
  /** MaHoSo, the portal's dossier number. */
  id: Scalars['String']['output'];
  onlineLevel?: Maybe<OnlineServiceLevel>;
  /** MaTTHC, code of the administrative procedure. */
  procedureCode: Scalars['String']['output'];
  /** TenTTHC, name of the procedure. */
  procedureName: Scalars['String']['output'];
  /** The province of the reported unit, in the reported register. */
  province: Province;
  /** NgayTiepNhan. */
  receivedAt: Scalars['DateTime']['output'];
  /** The register the reported code belongs to. */
  register: Register;
  status: DossierStatus;
  /** Vietnamese name of the status. */
  statusName: Scalars['String']['output'];
  /** The unit code as reported (MaDonViHanhChinh). */
  unitCode: Scalars['String']['output'];
  /** NgayCapNhat of the version held. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Why a dossier needs follow-up. */
export type DossierFollowUp =
  /** Resolved after its due time. */
  | 'LATE'
  /** Still pending after its due time. */
  | 'OVERDUE';

/** Portal status of a dossier (TrangThai). */
export type DossierStatus =
  /** 2 Được tiếp nhận. */
  | 'ACCEPTED'
  /** 6 Yêu cầu thực hiện nghĩa vụ tài chính. */
  | 'FINANCIAL_OBLIGATION'
  /** 4 Đang xử lý. */
  | 'IN_PROGRESS'
  /** 3 Không được tiếp nhận. */
  | 'NOT_ACCEPTED'
  /** 9 Đã xử lý xong. */
  | 'PROCESSED'
  /** 1 Mới đăng ký. */
  | 'REGISTERED'
  /** 10 Đã trả kết quả. */
  | 'RESULT_RETURNED'
  /** 8 Dừng xử lý. */
  | 'STOPPED'
  /** 5 Yêu cầu bổ sung. */
  | 'SUPPLEMENT_REQUESTED'
  /** 7 Công dân yêu cầu rút hồ sơ. */
  | 'WITHDRAWN_BY_CITIZEN';

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

/** Online service level of the procedure (MucDo). */
export type OnlineServiceLevel =
  /** Toàn trình: fully online. */
  | 'FULL'
  /** Một phần: partly online. */
  | 'PARTIAL';

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

/** The dossier figures of one field (lĩnh vực) or one agency. */
export type ProcedureGroupStats = {
  __typename?: 'ProcedureGroupStats';
  /** Field code (MaLinhVuc); for an agency, its name as the portal sends it. */
  code: Scalars['String']['output'];
  late: Scalars['Int']['output'];
  /** Vietnamese name of the field or agency. */
  name: Scalars['String']['output'];
  notAccepted: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  online: Scalars['Int']['output'];
  onlineRate?: Maybe<Scalars['Float']['output']>;
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

/** The dossier figures of one period of a series. */
export type ProcedurePeriodStats = {
  __typename?: 'ProcedurePeriodStats';
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  late: Scalars['Int']['output'];
  notAccepted: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  online: Scalars['Int']['output'];
  onlineRate?: Maybe<Scalars['Float']['output']>;
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
  withdrawn: Scalars['Int']['output'];
};

/**
 * Figures over public-service dossiers (hồ sơ thủ tục hành chính) received in a period. Status codes
 * are those of the public-service portal's TrangThai.
 */
export type ProcedureStats = {
  __typename?: 'ProcedureStats';
  /**
   * Indicators in ALERT, then each overdue (WARNING; CRITICAL from 30 days) and late (INFO) dossier of
   * the period; most urgent first, then newest; only those timed at or after `since`; `first` is
   * 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /** The same figures per handling agency (cơ quan xử lý), most received first; `first` is 1–500 (default 100). */
  byAgency: Array<ProcedureGroupStats>;
  /** The same figures per field (lĩnh vực), most received first; `first` is 1–500 (default 100). */
  byField: Array<ProcedureGroupStats>;
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  /** Headline figures against their targets. */
  indicators: Array<Indicator>;
  /** Resolved dossiers finished after their due time. */
  late: Scalars['Int']['output'];
  /** Dossiers refused at reception (status 3). */
  notAccepted: Scalars['Int']['output'];
  /** The instant `overdue` was judged against. */
  now: Scalars['DateTime']['output'];
  /** Resolved dossiers finished on or before their due time (NgayKetThuc ≤ NgayHenTra). */
  onTime: Scalars['Int']['output'];
  /** onTime / resolved, from 0 to 1; null when nothing was resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Received dossiers submitted online (KenhNop 2). */
  online: Scalars['Int']['output'];
  /** online / received, from 0 to 1; null when nothing was received. */
  onlineRate?: Maybe<Scalars['Float']['output']>;
  /** Pending dossiers whose due time is before `now`. */
  overdue: Scalars['Int']['output'];
  /** Dossiers in progress (status 2, 4, 5 or 6). */
  pending: Scalars['Int']['output'];
  /** Dossiers received: every status except 3 (not accepted). */
  received: Scalars['Int']['output'];
  /** Dossiers resolved (status 9 processed or 10 result returned). */
  resolved: Scalars['Int']['output'];
  /**
   * The same figures over [from, to) cut into periods of `every` (at most 366 periods), oldest first,
   * for the same unit and under the same scope; the periods add up to the figures of the whole range.
   * `overdue` is judged against this object's `now`. Answered from the rollups kept at ingest.
   */
  series: Array<ProcedurePeriodStats>;
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
  /** Dossiers withdrawn by the citizen (7) or stopped (8). */
  withdrawn: Scalars['Int']['output'];
};


/**
 * Figures over public-service dossiers (hồ sơ thủ tục hành chính) received in a period. Status codes
 * are those of the public-service portal's TrangThai.
 */
export type ProcedureStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Figures over public-service dossiers (hồ sơ thủ tục hành chính) received in a period. Status codes
 * are those of the public-service portal's TrangThai.
 */
export type ProcedureStatsByAgencyArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Figures over public-service dossiers (hồ sơ thủ tục hành chính) received in a period. Status codes
 * are those of the public-service portal's TrangThai.
 */
export type ProcedureStatsByFieldArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Figures over public-service dossiers (hồ sơ thủ tục hành chính) received in a period. Status codes
 * are those of the public-service portal's TrangThai.
 */
export type ProcedureStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** A province; this subgraph adds its public-service dossier statistics. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /**
   * Dossiers received in the half-open period [from, to) (by NgayTiepNhan, Vietnam days) by the
   * province and every unit in it. Asked on a province of today's register, includes the dossiers
   * reported under the old units it absorbed. `now` fixes the instant `overdue` is judged against
   * (default: HUB_PROCEDURES_NOW, else the current time). Out of scope: null for the public and for a
   * caller whose scope does not reach the unit (never zeros, which would read as "nothing happened");
   * a caller scoped to some communes gets figures over those.
   */
  procedures?: Maybe<ProcedureStats>;
  register: Register;
};


/** A province; this subgraph adds its public-service dossier statistics. */
export type ProvinceProceduresArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One dossier by its MaHoSo, when it is within the caller's scope. */
  proceduresDossier?: Maybe<Dossier>;
  /**
   * Freshness of this sector's feeds (signed-in callers). Feed `dossiers`: the public-service portal's
   * JSON Lines export, one dossier per line. Required: MaHoSo, MaTTHC, TenTTHC, MaLinhVuc, TenLinhVuc,
   * CoQuanXuLy, MaDonViHanhChinh, NgayTiepNhan, NgayCapNhat (the version), TrangThai, KenhNop;
   * NgayHenTra once accepted, NgayKetThuc once resolved. Optional: MucDo (null when absent).
   */
  proceduresFeeds: Array<FeedStatus>;
  /**
   * Late and overdue dossiers received in [from, to) for follow-up, most days late first, within the
   * caller's scope. `unitCode` narrows to a province (2 digits), district (3) or commune (5) of the
   * register in force on `asOf` (default today). `now` fixes the instant overdue is judged against.
   * `first` is 1–500 (default 100).
   */
  proceduresFollowUp: Array<Dossier>;
  /** Records the dossier feed refused, newest first (officers and admins). `first` is 1–500 (default 50). */
  proceduresRejects: Array<Reject>;
};


export type QueryProceduresDossierArgs = {
  id: Scalars['String']['input'];
};


export type QueryProceduresFollowUpArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProceduresRejectsArgs = {
  feed?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** How a dossier was submitted (KenhNop). */
export type SubmissionChannel =
  /** 1 Trực tiếp. */
  | 'IN_PERSON'
  /** 2 Trực tuyến. */
  | 'ONLINE'
  /** 3 Bưu chính công ích. */
  | 'POSTAL';



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
  Dossier: Dossier;
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
  Dossier:
    ( { __typename: 'Dossier' }
    & GraphQLRecursivePick<FederationTypes['Dossier'], {"id":true}> );
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
  Dossier: ResolverTypeWrapper<DossierOutMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DossierFollowUp: DossierFollowUp;
  DossierStatus: DossierStatus;
  FeedStatus: ResolverTypeWrapper<FeedStatus>;
  Indicator: ResolverTypeWrapper<Indicator>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  OnlineServiceLevel: OnlineServiceLevel;
  Period: Period;
  ProcedureGroupStats: ResolverTypeWrapper<ProcedureGroupStats>;
  ProcedurePeriodStats: ResolverTypeWrapper<ProcedurePeriodStats>;
  ProcedureStats: ResolverTypeWrapper<StatsParentMapper>;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
  SubmissionChannel: SubmissionChannel;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alert: Alert;
  String: Scalars['String']['output'];
  Commune: UnitReferenceMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: UnitReferenceMapper;
  Dossier: DossierOutMapper;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  FeedStatus: FeedStatus;
  Indicator: Indicator;
  Float: Scalars['Float']['output'];
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  ProcedureGroupStats: ProcedureGroupStats;
  ProcedurePeriodStats: ProcedurePeriodStats;
  ProcedureStats: StatsParentMapper;
  Province: UnitReferenceMapper;
  Query: Record<PropertyKey, never>;
  Reject: Reject;
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
  procedures?: Resolver<Maybe<ResolversTypes['ProcedureStats']>, ParentType, ContextType, RequireFields<CommuneProceduresArgs, 'from' | 'to'>>;
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
  procedures?: Resolver<Maybe<ResolversTypes['ProcedureStats']>, ParentType, ContextType, RequireFields<DistrictProceduresArgs, 'from' | 'to'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type DossierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier'], FederationReferenceType extends FederationReferenceTypes['Dossier'] = FederationReferenceTypes['Dossier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dossier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SubmissionChannel'], ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  currentCommune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  currentProvince?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fieldCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fieldName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['DossierFollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineLevel?: Resolver<Maybe<ResolversTypes['OnlineServiceLevel']>, ParentType, ContextType>;
  procedureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedureName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
  statusName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type ProcedureGroupStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcedureGroupStats'] = ResolversParentTypes['ProcedureGroupStats']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlineRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcedurePeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcedurePeriodStats'] = ResolversParentTypes['ProcedurePeriodStats']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlineRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcedureStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcedureStats'] = ResolversParentTypes['ProcedureStats']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<ProcedureStatsAlertsArgs, 'first'>>;
  byAgency?: Resolver<Array<ResolversTypes['ProcedureGroupStats']>, ParentType, ContextType, RequireFields<ProcedureStatsByAgencyArgs, 'first'>>;
  byField?: Resolver<Array<ResolversTypes['ProcedureGroupStats']>, ParentType, ContextType, RequireFields<ProcedureStatsByFieldArgs, 'first'>>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  now?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlineRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ProcedurePeriodStats']>, ParentType, ContextType, RequireFields<ProcedureStatsSeriesArgs, 'every' | 'from' | 'to'>>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedures?: Resolver<Maybe<ResolversTypes['ProcedureStats']>, ParentType, ContextType, RequireFields<ProvinceProceduresArgs, 'from' | 'to'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  proceduresDossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType, RequireFields<QueryProceduresDossierArgs, 'id'>>;
  proceduresFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  proceduresFollowUp?: Resolver<Array<ResolversTypes['Dossier']>, ParentType, ContextType, RequireFields<QueryProceduresFollowUpArgs, 'from' | 'to'>>;
  proceduresRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryProceduresRejectsArgs>>;
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
  Dossier?: DossierResolvers<ContextType>;
  FeedStatus?: FeedStatusResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  ProcedureGroupStats?: ProcedureGroupStatsResolvers<ContextType>;
  ProcedurePeriodStats?: ProcedurePeriodStatsResolvers<ContextType>;
  ProcedureStats?: ProcedureStatsResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
};

