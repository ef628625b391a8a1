// Generated from schema/environment.graphql and subgraphs/environment/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { Stats as StatsMapper, Context } from '../resolvers';
import type { StationDoc as StationDocMapper } from '../models';
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

/** Hours spent in one band. */
export type AirBandHours = {
  __typename?: 'AirBandHours';
  band: AqiBand;
  colour: Scalars['String']['output'];
  /** Hours whose hourly VN_AQI fell in this band. */
  hours: Scalars['Int']['output'];
  /** Hours whose hourly VN_AQI fell in this band or a worse one. */
  hoursAtOrAbove: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** The daily VN_AQI of a unit's stations in one period of a series. */
export type AirPeriodStats = {
  __typename?: 'AirPeriodStats';
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  /** goodDays / ratedDays, in percent; null without rated days. */
  goodDayRate?: Maybe<Scalars['Float']['output']>;
  /** Rated station-days Tốt or Trung bình (VN_AQI ≤ 100). */
  goodDays: Scalars['Int']['output'];
  /** Station-days whose daily VN_AQI could be computed. */
  ratedDays: Scalars['Int']['output'];
  /** Station-days with readings. */
  stationDays: Scalars['Int']['output'];
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
  /** The highest daily VN_AQI of any station in the period; null without rated days. */
  worstDaily?: Maybe<Scalars['Int']['output']>;
};

/** The daily VN_AQI (AQI^d) of a station: PM by 24-hour mean, O3 by 1-hour and 8-hour maxima, other gases by 1-hour maximum. */
export type AirQualityDay = {
  __typename?: 'AirQualityDay';
  band?: Maybe<AqiBand>;
  colour?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  dominant?: Maybe<Pollutant>;
  /** Hourly readings held for the day. */
  hours: Scalars['Int']['output'];
  label?: Maybe<Scalars['String']['output']>;
  /** The index, an integer 0–500; null when it cannot be computed (no PM 24-hour mean). */
  value?: Maybe<Scalars['Int']['output']>;
};

/** The hourly VN_AQI (AQI^h) of a station: PM by NowCast, gases by the hour's value. */
export type AirQualityHour = {
  __typename?: 'AirQualityHour';
  band: AqiBand;
  /** Official colour of the band, #RRGGBB. */
  colour: Scalars['String']['output'];
  /** The pollutant with the highest sub-index. */
  dominant: Pollutant;
  /** Vietnamese label of the band (Tốt, Trung bình, Kém, Xấu, Rất xấu, Nguy hại). */
  label: Scalars['String']['output'];
  subIndices: Array<AirSubIndex>;
  /** Start of the hour. */
  time: Scalars['DateTime']['output'];
  /** The index, an integer 0–500. */
  value: Scalars['Int']['output'];
};

/** An automatic air-quality monitoring station (trạm quan trắc không khí tự động). */
export type AirStation = {
  __typename?: 'AirStation';
  /** Station code in the monitoring system (MaTram). */
  code: Scalars['String']['output'];
  /** The commune as listed. */
  commune: Commune;
  /** Commune code as listed, in the register of `register`. */
  communeCode: Scalars['String']['output'];
  /** Today's commune containing the station (approximate when the listed commune was split). */
  currentCommuneCode?: Maybe<Scalars['String']['output']>;
  /** Today's province containing the station. */
  currentProvinceCode: Scalars['String']['output'];
  /** Daily VN_AQI for each day of [from, to) (Vietnam days) with readings; value null when it cannot be computed. */
  daily: Array<AirQualityDay>;
  /** Hourly VN_AQI for every hour of [from, to) (Vietnam days) where one can be computed. */
  hourly: Array<AirQualityHour>;
  /** Hours in [from, to) whose hourly VN_AQI fell in each band; one entry per band, best first. */
  hoursByBand: Array<AirBandHours>;
  /**
   * The most recent hourly VN_AQI at or before `asOf` (default: the latest reading), looking back at
   * most 24 hours from the station's last reading; null when none can be computed.
   */
  latestAqi?: Maybe<AirQualityHour>;
  /** WGS 84 latitude, degrees. */
  latitude: Scalars['Float']['output'];
  /** Date of the station listing this entry comes from (its updatedAt), else the day the hub received it. */
  listedAt: Scalars['Date']['output'];
  /** WGS 84 longitude, degrees. */
  longitude: Scalars['Float']['output'];
  /** Station name as listed. */
  name: Scalars['String']['output'];
  register: Register;
  /** Station type; AIR for ambient air. */
  type: Scalars['String']['output'];
};


/** An automatic air-quality monitoring station (trạm quan trắc không khí tự động). */
export type AirStationDailyArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An automatic air-quality monitoring station (trạm quan trắc không khí tự động). */
export type AirStationHourlyArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An automatic air-quality monitoring station (trạm quan trắc không khí tự động). */
export type AirStationHoursByBandArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An automatic air-quality monitoring station (trạm quan trắc không khí tự động). */
export type AirStationLatestAqiArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A pollutant's sub-index (AQIx, unrounded). */
export type AirSubIndex = {
  __typename?: 'AirSubIndex';
  pollutant: Pollutant;
  value: Scalars['Float']['output'];
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

/** A VN_AQI band of QĐ 1459/QĐ-TCMT (Bảng 1). */
export type AqiBand =
  /** 151–200, Xấu, red. */
  | 'BAD'
  /** 0–50, Tốt, green. */
  | 'GOOD'
  /** 301–500, Nguy hại, maroon. */
  | 'HAZARDOUS'
  /** 51–100, Trung bình, yellow. */
  | 'MODERATE'
  /** 101–150, Kém, orange. */
  | 'POOR'
  /** 201–300, Rất xấu, purple. */
  | 'VERY_BAD';

/** A commune; this subgraph adds its air-quality monitoring. */
export type Commune = {
  __typename?: 'Commune';
  code: Scalars['String']['output'];
  /**
   * As on Province: the stations listed in the commune (and, in today's register, in the old communes
   * it absorbed). Out of scope: null for the public and for a caller whose scope does not reach the
   * unit (never zeros, which would read as "nothing happened"); a caller scoped to some communes gets
   * figures over those.
   */
  environment?: Maybe<EnvironmentStats>;
  register: Register;
};

/** A district (old register only); this subgraph adds its air-quality monitoring. */
export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /**
   * As on Province: the stations listed in the district. Out of scope: null for the public and for a
   * caller whose scope does not reach the unit (never zeros, which would read as "nothing happened");
   * a caller scoped to some communes gets figures over those.
   */
  environment?: Maybe<EnvironmentStats>;
  register: Register;
};

/** Air quality of the stations in one administrative unit. */
export type EnvironmentStats = {
  __typename?: 'EnvironmentStats';
  /**
   * One alert per station and day whose hourly VN_AQI reached Xấu (151) or worse, newest first, from
   * `since` (default: 7 days before the unit's latest reading); `first` is 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /**
   * Station-hours in the half-open period [from, to) (Vietnam days) whose hourly VN_AQI fell in each
   * band, summed over the unit's stations; one entry per band, best first.
   */
  hoursByBand: Array<AirBandHours>;
  /** Headline figures for leaders, over the 30 days ending at the unit's latest reading. */
  indicators: Array<Indicator>;
  /**
   * Daily VN_AQI of the unit's stations over [from, to) (Vietnam days, at most 366), cut into periods
   * of `every`, oldest first; the periods' station-days add up to the whole range. VN_AQI is not
   * additive, so each period counts station-days by their daily index (QĐ 1459/QĐ-TCMT) rather than
   * averaging it. Hourly values stay on each station (`AirStation.hourly`, `hoursByBand`).
   */
  series: Array<AirPeriodStats>;
  /** Number of stations (additive: a province's count is the sum over its districts and over its communes). */
  stationCount: Scalars['Int']['output'];
  /** Stations whose listed commune lies in the unit, by code; `first` is 1–500 (default 100). */
  stations: Array<AirStation>;
};


/** Air quality of the stations in one administrative unit. */
export type EnvironmentStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Air quality of the stations in one administrative unit. */
export type EnvironmentStatsHoursByBandArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Air quality of the stations in one administrative unit. */
export type EnvironmentStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Air quality of the stations in one administrative unit. */
export type EnvironmentStatsStationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A pollutant of VN_AQI. */
export type Pollutant =
  | 'CO'
  | 'NO2'
  | 'O3'
  | 'PM2_5'
  | 'PM10'
  | 'SO2';

/** A province; this subgraph adds its air-quality monitoring. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /**
   * Automatic air-quality stations in the province and their VN_AQI. Asked on a province of today's
   * register, includes the stations listed under the old units it absorbed. Out of scope: null for
   * the public and for a caller whose scope does not reach the unit (never zeros, which would read as
   * "nothing happened"); a caller scoped to some communes gets figures over those.
   */
  environment?: Maybe<EnvironmentStats>;
  register: Register;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Freshness of this sector's feeds. `stations` (stations.json): a list of stations, each requiring
   * code, name, type (AIR), longitude, latitude, communeCode; an optional updatedAt (on each station
   * or once on the list) orders versions and dates the commune code, else the later import wins. `readings`: CSV requiring MaTram and ThoiGian (start
   * of the hour); PM2_5, PM10, O3, NO2, SO2, CO in µg/m³ are optional cells (empty = missing).
   */
  environmentFeeds: Array<FeedStatus>;
  /** Records the feeds could not take, newest first; `first` 1–500 (default 50). Officers and admins only. */
  environmentRejects: Array<Reject>;
  /** One station by code, when the caller's scope covers it. */
  environmentStation?: Maybe<AirStation>;
};


export type QueryEnvironmentRejectsArgs = {
  feed?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEnvironmentStationArgs = {
  code: Scalars['String']['input'];
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
  AirStation: AirStation;
  Commune: Commune;
  District: District;
  Province: Province;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AirStation:
    ( { __typename: 'AirStation' }
    & GraphQLRecursivePick<FederationTypes['AirStation'], {"code":true}> );
  Commune:
    ( { __typename: 'Commune' }
    & GraphQLRecursivePick<FederationTypes['Commune'], {"register":true,"code":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"register":true,"code":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"register":true,"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AirBandHours: ResolverTypeWrapper<AirBandHours>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AirPeriodStats: ResolverTypeWrapper<AirPeriodStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AirQualityDay: ResolverTypeWrapper<AirQualityDay>;
  AirQualityHour: ResolverTypeWrapper<AirQualityHour>;
  AirStation: ResolverTypeWrapper<StationDocMapper>;
  AirSubIndex: ResolverTypeWrapper<AirSubIndex>;
  Alert: ResolverTypeWrapper<Alert>;
  AlertLevel: AlertLevel;
  AqiBand: AqiBand;
  Commune: ResolverTypeWrapper<UnitReferenceMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<UnitReferenceMapper>;
  EnvironmentStats: ResolverTypeWrapper<StatsMapper>;
  FeedStatus: ResolverTypeWrapper<FeedStatus>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Period: Period;
  Pollutant: Pollutant;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AirBandHours: AirBandHours;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AirPeriodStats: AirPeriodStats;
  Float: Scalars['Float']['output'];
  AirQualityDay: AirQualityDay;
  AirQualityHour: AirQualityHour;
  AirStation: StationDocMapper;
  AirSubIndex: AirSubIndex;
  Alert: Alert;
  Commune: UnitReferenceMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: UnitReferenceMapper;
  EnvironmentStats: StatsMapper;
  FeedStatus: FeedStatus;
  Indicator: Indicator;
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  Province: UnitReferenceMapper;
  Query: Record<PropertyKey, never>;
  Reject: Reject;
  Boolean: Scalars['Boolean']['output'];
};

export type AirBandHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AirBandHours'] = ResolversParentTypes['AirBandHours']> = {
  band?: Resolver<ResolversTypes['AqiBand'], ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hoursAtOrAbove?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AirPeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AirPeriodStats'] = ResolversParentTypes['AirPeriodStats']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goodDayRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  goodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stationDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  worstDaily?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AirQualityDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AirQualityDay'] = ResolversParentTypes['AirQualityDay']> = {
  band?: Resolver<Maybe<ResolversTypes['AqiBand']>, ParentType, ContextType>;
  colour?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dominant?: Resolver<Maybe<ResolversTypes['Pollutant']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AirQualityHourResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AirQualityHour'] = ResolversParentTypes['AirQualityHour']> = {
  band?: Resolver<ResolversTypes['AqiBand'], ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dominant?: Resolver<ResolversTypes['Pollutant'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subIndices?: Resolver<Array<ResolversTypes['AirSubIndex']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AirStationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AirStation'] = ResolversParentTypes['AirStation'], FederationReferenceType extends FederationReferenceTypes['AirStation'] = FederationReferenceTypes['AirStation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AirStation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentCommuneCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currentProvinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daily?: Resolver<Array<ResolversTypes['AirQualityDay']>, ParentType, ContextType, RequireFields<AirStationDailyArgs, 'from' | 'to'>>;
  hourly?: Resolver<Array<ResolversTypes['AirQualityHour']>, ParentType, ContextType, RequireFields<AirStationHourlyArgs, 'from' | 'to'>>;
  hoursByBand?: Resolver<Array<ResolversTypes['AirBandHours']>, ParentType, ContextType, RequireFields<AirStationHoursByBandArgs, 'from' | 'to'>>;
  latestAqi?: Resolver<Maybe<ResolversTypes['AirQualityHour']>, ParentType, ContextType, Partial<AirStationLatestAqiArgs>>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  listedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AirSubIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AirSubIndex'] = ResolversParentTypes['AirSubIndex']> = {
  pollutant?: Resolver<ResolversTypes['Pollutant'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  environment?: Resolver<Maybe<ResolversTypes['EnvironmentStats']>, ParentType, ContextType>;
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
  environment?: Resolver<Maybe<ResolversTypes['EnvironmentStats']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type EnvironmentStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnvironmentStats'] = ResolversParentTypes['EnvironmentStats']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<EnvironmentStatsAlertsArgs, 'first'>>;
  hoursByBand?: Resolver<Array<ResolversTypes['AirBandHours']>, ParentType, ContextType, RequireFields<EnvironmentStatsHoursByBandArgs, 'from' | 'to'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['AirPeriodStats']>, ParentType, ContextType, RequireFields<EnvironmentStatsSeriesArgs, 'every' | 'from' | 'to'>>;
  stationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stations?: Resolver<Array<ResolversTypes['AirStation']>, ParentType, ContextType, RequireFields<EnvironmentStatsStationsArgs, 'first'>>;
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

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['EnvironmentStats']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  environmentFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  environmentRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryEnvironmentRejectsArgs>>;
  environmentStation?: Resolver<Maybe<ResolversTypes['AirStation']>, ParentType, ContextType, RequireFields<QueryEnvironmentStationArgs, 'code'>>;
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
  AirBandHours?: AirBandHoursResolvers<ContextType>;
  AirPeriodStats?: AirPeriodStatsResolvers<ContextType>;
  AirQualityDay?: AirQualityDayResolvers<ContextType>;
  AirQualityHour?: AirQualityHourResolvers<ContextType>;
  AirStation?: AirStationResolvers<ContextType>;
  AirSubIndex?: AirSubIndexResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  EnvironmentStats?: EnvironmentStatsResolvers<ContextType>;
  FeedStatus?: FeedStatusResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
};

