// Generated from schema/land.graphql and subgraphs/land/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { LandParent as LandParentMapper, Context } from '../resolvers';
import type { ParcelDoc as ParcelDocMapper } from '../models';
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

/** A commune-level unit; land adds its cadastral statistics. */
export type Commune = {
  __typename?: 'Commune';
  code: Scalars['String']['output'];
  /**
   * Parcels of the cadastral register held for this commune. Out of scope: null for the public and
   * for a caller whose scope does not reach the unit (never zeros, which would read as "nothing
   * happened"); a caller scoped to some communes gets figures over those.
   */
  land?: Maybe<LandStats>;
  register: Register;
};

/** A district (PRE_2025_07 register only); land adds its cadastral statistics. */
export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /**
   * Parcels of the cadastral register held for this district. Out of scope: null for the public and
   * for a caller whose scope does not reach the unit (never zeros, which would read as "nothing
   * happened"); a caller scoped to some communes gets figures over those.
   */
  land?: Maybe<LandStats>;
  register: Register;
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

/** The three land groups of the Land Law 2024 (Luật Đất đai 31/2024/QH15, Art. 9). */
export type LandGroup =
  | 'AGRICULTURAL'
  | 'NON_AGRICULTURAL'
  | 'UNUSED';

/** Totals of one land group within a unit. */
export type LandGroupTotal = {
  __typename?: 'LandGroupTotal';
  /** Declared area, m². */
  area: Scalars['Float']['output'];
  /** Declared area of certified parcels, m². */
  certifiedArea: Scalars['Float']['output'];
  certifiedParcels: Scalars['Int']['output'];
  group: LandGroup;
  /** Vietnamese label, e.g. "Nhóm đất nông nghiệp". */
  name: Scalars['String']['output'];
  parcels: Scalars['Int']['output'];
};

/** Parcels of a unit whose latest version is dated in one period of a series. */
export type LandPeriodStats = {
  __typename?: 'LandPeriodStats';
  /** Their declared area, m². */
  area: Scalars['Float']['output'];
  /** Those of them holding a certificate. */
  certifiedParcels: Scalars['Int']['output'];
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  /** Parcels last updated in the period. */
  parcels: Scalars['Int']['output'];
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
};

/**
 * Cadastral statistics of one unit, over the parcels the hub holds (each at its latest version).
 * On a unit of the FROM_2025_07 register they include the parcels reported under the old units it
 * absorbed; on an old unit, the parcels reported with its old codes and those reported under today's
 * codes that the reform mapping places in it (approximately where a new commune has several
 * predecessors). Limited to the caller's scope. Read from rollups kept at ingest.
 */
export type LandStats = {
  __typename?: 'LandStats';
  /**
   * Parcels whose declared area disagrees with their drawn shape, and low certificate coverage;
   * newest first; `first` is 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /** Total declared area (dienTich), m². */
  area: Scalars['Float']['output'];
  /** Area and parcels per land group (Land Law 2024, Art. 9), in the law's order; all three always listed. */
  byGroup: Array<LandGroupTotal>;
  /** Area and parcels per land-use code (Circular 08/2024/TT-BTNMT), largest area first. */
  byUse: Array<LandUseTotal>;
  /** Declared area of the certified parcels, m². */
  certifiedArea: Scalars['Float']['output'];
  /** certifiedArea / area, between 0 and 1; null when there are no parcels. */
  certifiedAreaShare?: Maybe<Scalars['Float']['output']>;
  /** Parcels whose land-use right certificate (GCN) has been issued. */
  certifiedParcels: Scalars['Int']['output'];
  /** certifiedParcels / parcels, between 0 and 1; null when there are no parcels. */
  certifiedShare?: Maybe<Scalars['Float']['output']>;
  /** Headline figures with targets (certificate coverage). */
  indicators: Array<Indicator>;
  /** Number of parcels. */
  parcels: Scalars['Int']['output'];
  /**
   * The register is a snapshot (each parcel at its latest version, no history of past states), so a
   * series cannot show coverage as it was. It shows activity instead: over [from, to) cut into
   * periods of `every` (at most 366), the parcels of this unit whose latest version was dated
   * (ngayCapNhat) in each period; the periods add up to the whole range. Answered from the rollups
   * kept at ingest, under the caller's scope.
   */
  series: Array<LandPeriodStats>;
};


/**
 * Cadastral statistics of one unit, over the parcels the hub holds (each at its latest version).
 * On a unit of the FROM_2025_07 register they include the parcels reported under the old units it
 * absorbed; on an old unit, the parcels reported with its old codes and those reported under today's
 * codes that the reform mapping places in it (approximately where a new commune has several
 * predecessors). Limited to the caller's scope. Read from rollups kept at ingest.
 */
export type LandStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Cadastral statistics of one unit, over the parcels the hub holds (each at its latest version).
 * On a unit of the FROM_2025_07 register they include the parcels reported under the old units it
 * absorbed; on an old unit, the parcels reported with its old codes and those reported under today's
 * codes that the reform mapping places in it (approximately where a new commune has several
 * predecessors). Limited to the caller's scope. Read from rollups kept at ingest.
 */
export type LandStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** The land use of a parcel. */
export type LandUse = {
  __typename?: 'LandUse';
  code: Scalars['String']['output'];
  group: LandGroup;
  /** True for a code of the superseded lists (Circulars 25/2014, 27/2018) that older surveys still carry. */
  legacy: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** Totals of one land-use code within a unit. */
export type LandUseTotal = {
  __typename?: 'LandUseTotal';
  /** Declared area, m². */
  area: Scalars['Float']['output'];
  certifiedParcels: Scalars['Int']['output'];
  /** Land-use code, e.g. LUC, ONT, ODT, CLN. */
  code: Scalars['String']['output'];
  group: LandGroup;
  /** Vietnamese name of the code, e.g. "Đất chuyên trồng lúa". */
  name: Scalars['String']['output'];
  parcels: Scalars['Int']['output'];
};

/** One cadastral parcel (thửa đất), as last reported by the land registry. */
export type Parcel = {
  __typename?: 'Parcel';
  /** True when the parcel's old commune was split and `currentCommune` is attributed by the hub's rule. */
  approximate: Scalars['Boolean']['output'];
  /** Declared area (dienTich), m². */
  area: Scalars['Float']['output'];
  /** [minLon, minLat, maxLon, maxLat] of the shape. */
  bbox: Array<Scalars['Float']['output']>;
  /** Whether the land-use right certificate (GCN) has been issued (daCapGCN). */
  certified: Scalars['Boolean']['output'];
  /** The commune as reported, in the register in force on the record's date. */
  commune: Commune;
  /** Commune code as reported (maXa). */
  communeCode: Scalars['String']['output'];
  /** The commune in force today that contains it (null when the old code named a district only). */
  currentCommune?: Maybe<Commune>;
  /** The province in force today that contains it. */
  currentProvince: Province;
  /** Parcel shape as a GeoJSON Polygon or MultiPolygon in WGS 84 (transformed from VN-2000 when the file was). */
  geometry: Scalars['JSON']['output'];
  /** Area of the drawn shape on the WGS 84 ellipsoid, m². */
  geometryArea: Scalars['Float']['output'];
  /** Natural key: commune code, map sheet and parcel number, e.g. "20335-12-145". */
  id: Scalars['String']['output'];
  /** Parcel number on the sheet (soThua). */
  number: Scalars['Int']['output'];
  /** Map sheet number (soTo). */
  sheet: Scalars['Int']['output'];
  /** Day of the registry's last update of the parcel (ngayCapNhat). */
  updatedOn: Scalars['Date']['output'];
  /** Primary land use; a multi-purpose parcel (e.g. ONT+CLN) is counted under its first code. */
  use: LandUse;
  /** Land user type code as sent (doiTuong), e.g. GDC; no personal data is held. */
  userType?: Maybe<Scalars['String']['output']>;
  /** Every land use the parcel carries, primary first. */
  uses: Array<LandUse>;
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

/** A province-level unit (owned by admin-units); land adds its cadastral statistics. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /**
   * Parcels of the cadastral register held for this province. Out of scope: null for the public and
   * for a caller whose scope does not reach the unit (never zeros, which would read as "nothing
   * happened"); a caller scoped to some communes gets figures over those.
   */
  land?: Maybe<LandStats>;
  register: Register;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Freshness of the land registry feeds. Feed `parcels`: a GeoJSON FeatureCollection, one parcel per
   * Feature with a Polygon or MultiPolygon geometry. Required properties: maXa, soTo, soThua, dienTich
   * (m²), loaiDat, daCapGCN, ngayCapNhat (the version). Optional: doiTuong; the file's `crs` (WGS 84
   * when absent, or VN-2000 TM-3).
   */
  landFeeds: Array<FeedStatus>;
  /** One parcel by commune code as reported, map sheet and parcel number; null when not held or outside the caller's scope. */
  landParcel?: Maybe<Parcel>;
  /**
   * Parcels whose shape's bounding box meets the box [minLon, minLat, maxLon, maxLat] (WGS 84), for
   * maps. The box is at most 0.5° on each side; `first` is 1–2000 (default 500), ordered by id.
   */
  landParcelsInBox: Array<Parcel>;
  /** Records the land feeds rejected, newest first (officers and admins). `first` is 1–500 (default 50). */
  landRejects: Array<Reject>;
};


export type QueryLandParcelArgs = {
  commune: Scalars['String']['input'];
  number: Scalars['Int']['input'];
  sheet: Scalars['Int']['input'];
};


export type QueryLandParcelsInBoxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  maxLat: Scalars['Float']['input'];
  maxLon: Scalars['Float']['input'];
  minLat: Scalars['Float']['input'];
  minLon: Scalars['Float']['input'];
};


export type QueryLandRejectsArgs = {
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
  Parcel: Parcel;
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
  Parcel:
    ( { __typename: 'Parcel' }
    & GraphQLRecursivePick<FederationTypes['Parcel'], {"id":true}> );
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
  Indicator: ResolverTypeWrapper<Indicator>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LandGroup: LandGroup;
  LandGroupTotal: ResolverTypeWrapper<LandGroupTotal>;
  LandPeriodStats: ResolverTypeWrapper<LandPeriodStats>;
  LandStats: ResolverTypeWrapper<LandParentMapper>;
  LandUse: ResolverTypeWrapper<LandUse>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LandUseTotal: ResolverTypeWrapper<LandUseTotal>;
  Parcel: ResolverTypeWrapper<ParcelDocMapper>;
  Period: Period;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
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
  Indicator: Indicator;
  Float: Scalars['Float']['output'];
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  LandGroupTotal: LandGroupTotal;
  LandPeriodStats: LandPeriodStats;
  LandStats: LandParentMapper;
  LandUse: LandUse;
  Boolean: Scalars['Boolean']['output'];
  LandUseTotal: LandUseTotal;
  Parcel: ParcelDocMapper;
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
  land?: Resolver<Maybe<ResolversTypes['LandStats']>, ParentType, ContextType>;
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
  land?: Resolver<Maybe<ResolversTypes['LandStats']>, ParentType, ContextType>;
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

export type LandGroupTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandGroupTotal'] = ResolversParentTypes['LandGroupTotal']> = {
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certifiedArea?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certifiedParcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['LandGroup'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LandPeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandPeriodStats'] = ResolversParentTypes['LandPeriodStats']> = {
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certifiedParcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type LandStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandStats'] = ResolversParentTypes['LandStats']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<LandStatsAlertsArgs, 'first'>>;
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byGroup?: Resolver<Array<ResolversTypes['LandGroupTotal']>, ParentType, ContextType>;
  byUse?: Resolver<Array<ResolversTypes['LandUseTotal']>, ParentType, ContextType>;
  certifiedArea?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certifiedAreaShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  certifiedParcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certifiedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['LandPeriodStats']>, ParentType, ContextType, RequireFields<LandStatsSeriesArgs, 'every' | 'from' | 'to'>>;
};

export type LandUseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandUse'] = ResolversParentTypes['LandUse']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['LandGroup'], ParentType, ContextType>;
  legacy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LandUseTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandUseTotal'] = ResolversParentTypes['LandUseTotal']> = {
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certifiedParcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['LandGroup'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParcelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Parcel'] = ResolversParentTypes['Parcel'], FederationReferenceType extends FederationReferenceTypes['Parcel'] = FederationReferenceTypes['Parcel']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Parcel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bbox?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  certified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentCommune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  currentProvince?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  geometry?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  geometryArea?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  use?: Resolver<ResolversTypes['LandUse'], ParentType, ContextType>;
  userType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uses?: Resolver<Array<ResolversTypes['LandUse']>, ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  land?: Resolver<Maybe<ResolversTypes['LandStats']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  landFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  landParcel?: Resolver<Maybe<ResolversTypes['Parcel']>, ParentType, ContextType, RequireFields<QueryLandParcelArgs, 'commune' | 'number' | 'sheet'>>;
  landParcelsInBox?: Resolver<Array<ResolversTypes['Parcel']>, ParentType, ContextType, RequireFields<QueryLandParcelsInBoxArgs, 'maxLat' | 'maxLon' | 'minLat' | 'minLon'>>;
  landRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryLandRejectsArgs>>;
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
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LandGroupTotal?: LandGroupTotalResolvers<ContextType>;
  LandPeriodStats?: LandPeriodStatsResolvers<ContextType>;
  LandStats?: LandStatsResolvers<ContextType>;
  LandUse?: LandUseResolvers<ContextType>;
  LandUseTotal?: LandUseTotalResolvers<ContextType>;
  Parcel?: ParcelResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
};

