// Generated from schema/health.graphql and subgraphs/health/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { StatsParent as StatsParentMapper, Facility as FacilityMapper, Context } from '../resolvers';
import type { FacilityStats as FacilityStatsMapper } from '../stats';
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

export type Commune = {
  __typename?: 'Commune';
  code: Scalars['String']['output'];
  /**
   * Health figures of the facilities in the commune; see Province.health. Out of scope: null for the
   * public and for a caller whose scope does not reach the unit (never zeros, which would read as
   * "nothing happened"); a caller scoped to some communes gets figures over those.
   */
  health?: Maybe<HealthStats>;
  register: Register;
};


export type CommuneHealthArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /**
   * Health figures of the facilities in the district (old register only); see Province.health. Out of
   * scope: null for the public and for a caller whose scope does not reach the unit (never zeros,
   * which would read as "nothing happened"); a caller scoped to some communes gets figures over
   * those.
   */
  health?: Maybe<HealthStats>;
  register: Register;
};


export type DistrictHealthArgs = {
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

/** A medical facility (hospital, health centre, clinic) as its HIS last exported it. */
export type HealthFacility = {
  __typename?: 'HealthFacility';
  /** Planned beds. */
  beds: Scalars['Int']['output'];
  /** Facility code (mã cơ sở KCB). */
  code: Scalars['String']['output'];
  /** The commune the facility was reported in, in the register of that code. */
  commune: Commune;
  /** Today's province that contains it. */
  currentProvince: Province;
  /** Time of the export the hub holds (meta.lastUpdated), if the source gave one. */
  lastUpdated?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
};

/** One facility's figures for the period (definitions as in HealthStats). */
export type HealthFacilityStats = {
  __typename?: 'HealthFacilityStats';
  admissions: Scalars['Int']['output'];
  /** inpatientsNow / beds; null without beds. */
  bedOccupancy?: Maybe<Scalars['Float']['output']>;
  beds: Scalars['Int']['output'];
  /** Facility code (mã cơ sở KCB, identifier system urn:vn:moh:kcb). */
  code: Scalars['String']['output'];
  emergencies: Scalars['Int']['output'];
  facility: HealthFacility;
  inpatientsNow: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  visits: Scalars['Int']['output'];
};

/** The health figures of one period of a series (definitions as in HealthStats). */
export type HealthPeriodStats = {
  __typename?: 'HealthPeriodStats';
  admissions: Scalars['Int']['output'];
  bedOccupancy?: Maybe<Scalars['Float']['output']>;
  beds: Scalars['Int']['output'];
  censusAt: Scalars['DateTime']['output'];
  emergencies: Scalars['Int']['output'];
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  /** Inpatients at the period's census instant. */
  inpatientsNow: Scalars['Int']['output'];
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
  visits: Scalars['Int']['output'];
};

/**
 * Health figures of a unit (or of one facility) for a period. Counts are additive: a province's
 * equal the sums over its districts and over its communes.
 */
export type HealthStats = {
  __typename?: 'HealthStats';
  /** Admissions: encounters of class IMP that started in the period. */
  admissions: Scalars['Int']['output'];
  /**
   * Facilities over capacity at the census instant, most overloaded first; `since` drops older
   * alerts; `first` is 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /** inpatientsNow / beds, a ratio (0.85 = 85 %); null without beds. */
  bedOccupancy?: Maybe<Scalars['Float']['output']>;
  /** Planned beds of the unit's facilities (latest export of each facility). */
  beds: Scalars['Int']['output'];
  /** The instant `inpatientsNow` counts at. */
  censusAt: Scalars['DateTime']['output'];
  /** Emergency encounters: class EMER, started in the period. */
  emergencies: Scalars['Int']['output'];
  /** The facilities in the unit, each with its own figures, by code; `first` is 1–1000 (default 200). */
  facilities: Array<HealthFacilityStats>;
  /** Headline figures with targets: bed occupancy, overloaded facilities. */
  indicators: Array<Indicator>;
  /**
   * Inpatients at the census instant, the end of the period (or `now` if earlier): encounters of
   * class IMP that started before it and had not ended before it (no `period.end`, as for status
   * `in-progress`, or an end at or after it).
   */
  inpatientsNow: Scalars['Int']['output'];
  /** The period, YYYY-MM-DD/YYYY-MM-DD (half-open). */
  period: Scalars['String']['output'];
  /**
   * The same figures over [from, to) cut into periods of `every` (at most 366 periods), oldest first,
   * for the same unit and under the same scope; visits, admissions and emergencies of the periods add
   * up to the whole range's. Each period's census is its end, or this object's `now` when earlier.
   * Answered from the rollups kept at ingest.
   */
  series: Array<HealthPeriodStats>;
  /** Outpatient visits: encounters of class AMB that started in the period. */
  visits: Scalars['Int']['output'];
};


/**
 * Health figures of a unit (or of one facility) for a period. Counts are additive: a province's
 * equal the sums over its districts and over its communes.
 */
export type HealthStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Health figures of a unit (or of one facility) for a period. Counts are additive: a province's
 * equal the sums over its districts and over its communes.
 */
export type HealthStatsFacilitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Health figures of a unit (or of one facility) for a period. Counts are additive: a province's
 * equal the sums over its districts and over its communes.
 */
export type HealthStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
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

/**
 * Health statistics of a unit come from hospitals' and clinics' HIS exports, HL7 FHIR R4 `Bundle`
 * JSON (type `collection` or `transaction`), ingested through the `fhir` feed. The profile the hub
 * reads:
 *
 * - `Organization` = a medical facility (cơ sở khám bệnh, chữa bệnh): `identifier` with system
 *   `urn:vn:moh:kcb` holds its facility code; `name`; `address[0].extension` with url
 *   `urn:vn:gso:commune` and `valueCode` = the GSO code of the commune it stands in;
 *   `extension` with url `urn:vn:moh:beds` and `valueInteger` = planned beds (giường kế hoạch).
 *   `meta.lastUpdated` orders versions.
 * - `Encounter` = one visit or stay: `id`, `status`, `class.code` (`AMB` outpatient, `IMP` inpatient,
 *   `EMER` emergency), `period.start`/`period.end`, `serviceProvider` → `Organization/<id>` (in the
 *   same Bundle, or a facility sent before). Natural key: facility code + `id`; `meta.lastUpdated`
 *   orders versions, so an older export never overwrites a newer one.
 * - `Patient`, when present, is de-identified at ingest: only gender, birth year and commune are kept.
 *
 * Encounters with status `planned`, `cancelled` or `entered-in-error` are not counted.
 */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /**
   * Health figures of the facilities in the province over [from, to) (Vietnam days). A province of
   * today's register includes records reported under the old units it absorbed. `now` (default: the
   * current time) caps the census instant of `inpatientsNow`. Out of scope: null for the public and
   * for a caller whose scope does not reach the unit (never zeros, which would read as "nothing
   * happened"); a caller scoped to some communes gets figures over those.
   */
  health?: Maybe<HealthStats>;
  register: Register;
};


/**
 * Health statistics of a unit come from hospitals' and clinics' HIS exports, HL7 FHIR R4 `Bundle`
 * JSON (type `collection` or `transaction`), ingested through the `fhir` feed. The profile the hub
 * reads:
 *
 * - `Organization` = a medical facility (cơ sở khám bệnh, chữa bệnh): `identifier` with system
 *   `urn:vn:moh:kcb` holds its facility code; `name`; `address[0].extension` with url
 *   `urn:vn:gso:commune` and `valueCode` = the GSO code of the commune it stands in;
 *   `extension` with url `urn:vn:moh:beds` and `valueInteger` = planned beds (giường kế hoạch).
 *   `meta.lastUpdated` orders versions.
 * - `Encounter` = one visit or stay: `id`, `status`, `class.code` (`AMB` outpatient, `IMP` inpatient,
 *   `EMER` emergency), `period.start`/`period.end`, `serviceProvider` → `Organization/<id>` (in the
 *   same Bundle, or a facility sent before). Natural key: facility code + `id`; `meta.lastUpdated`
 *   orders versions, so an older export never overwrites a newer one.
 * - `Patient`, when present, is de-identified at ingest: only gender, birth year and commune are kept.
 *
 * Encounters with status `planned`, `cancelled` or `entered-in-error` are not counted.
 */
export type ProvinceHealthArgs = {
  from: Scalars['Date']['input'];
  now?: InputMaybe<Scalars['DateTime']['input']>;
  to: Scalars['Date']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Facilities in the caller's scope, by code; `province` (2 digits, today's register) narrows the
   * list. `first` 1–1000, default 200.
   */
  healthFacilities: Array<HealthFacility>;
  /**
   * Freshness of the health feeds, for the data-flow panel. Requires sign-in. Feed `fhir`: FHIR R4
   * Bundles. Organization requires id, identifier (system urn:vn:moh:kcb), name and the address
   * extension urn:vn:gso:commune; the extension urn:vn:moh:beds is optional (0 beds). Encounter
   * requires id, status, class.code (AMB, IMP, EMER), period.start and serviceProvider; period.end is
   * required once an inpatient stay is finished. Patient is optional (only gender, birth year and
   * commune are kept). meta.lastUpdated is optional and orders versions when present.
   */
  healthFeeds: Array<FeedStatus>;
  /** Rejected health records, newest first (officers and admins). `first` 1–500, default 50. */
  healthRejects: Array<Reject>;
};


export type QueryHealthFacilitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHealthRejectsArgs = {
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
  HealthFacility: HealthFacility;
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
  HealthFacility:
    ( { __typename: 'HealthFacility' }
    & GraphQLRecursivePick<FederationTypes['HealthFacility'], {"code":true}> );
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
  HealthFacility: ResolverTypeWrapper<FacilityMapper>;
  HealthFacilityStats: ResolverTypeWrapper<FacilityStatsMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HealthPeriodStats: ResolverTypeWrapper<HealthPeriodStats>;
  HealthStats: ResolverTypeWrapper<StatsParentMapper>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Period: Period;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
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
  HealthFacility: FacilityMapper;
  HealthFacilityStats: FacilityStatsMapper;
  Float: Scalars['Float']['output'];
  HealthPeriodStats: HealthPeriodStats;
  HealthStats: StatsParentMapper;
  Indicator: Indicator;
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  Province: UnitReferenceMapper;
  Query: Record<PropertyKey, never>;
  Reject: Reject;
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
  health?: Resolver<Maybe<ResolversTypes['HealthStats']>, ParentType, ContextType, RequireFields<CommuneHealthArgs, 'from' | 'to'>>;
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
  health?: Resolver<Maybe<ResolversTypes['HealthStats']>, ParentType, ContextType, RequireFields<DistrictHealthArgs, 'from' | 'to'>>;
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

export type HealthFacilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthFacility'] = ResolversParentTypes['HealthFacility'], FederationReferenceType extends FederationReferenceTypes['HealthFacility'] = FederationReferenceTypes['HealthFacility']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HealthFacility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  beds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  currentProvince?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  lastUpdated?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthFacilityStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthFacilityStats'] = ResolversParentTypes['HealthFacilityStats']> = {
  admissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bedOccupancy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emergencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['HealthFacility'], ParentType, ContextType>;
  inpatientsNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthPeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthPeriodStats'] = ResolversParentTypes['HealthPeriodStats']> = {
  admissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bedOccupancy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  censusAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inpatientsNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthStats'] = ResolversParentTypes['HealthStats']> = {
  admissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<HealthStatsAlertsArgs, 'first'>>;
  bedOccupancy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  censusAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['HealthFacilityStats']>, ParentType, ContextType, RequireFields<HealthStatsFacilitiesArgs, 'first'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inpatientsNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['HealthPeriodStats']>, ParentType, ContextType, RequireFields<HealthStatsSeriesArgs, 'every' | 'from' | 'to'>>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  health?: Resolver<Maybe<ResolversTypes['HealthStats']>, ParentType, ContextType, RequireFields<ProvinceHealthArgs, 'from' | 'to'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  healthFacilities?: Resolver<Array<ResolversTypes['HealthFacility']>, ParentType, ContextType, Partial<QueryHealthFacilitiesArgs>>;
  healthFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  healthRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryHealthRejectsArgs>>;
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
  HealthFacility?: HealthFacilityResolvers<ContextType>;
  HealthFacilityStats?: HealthFacilityStatsResolvers<ContextType>;
  HealthPeriodStats?: HealthPeriodStatsResolvers<ContextType>;
  HealthStats?: HealthStatsResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
};

