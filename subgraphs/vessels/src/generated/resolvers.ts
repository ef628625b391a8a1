// Generated from schema/vessels.graphql and subgraphs/vessels/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { Fleet as FleetMapper, VesselSituation as VesselSituationMapper } from '../fleet';
import type { VesselDoc as VesselDocMapper } from '../models';
import type { Zone as ZoneMapper } from '../geo';
import type { PositionOut as PositionOutMapper, Context } from '../resolvers';
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

/** A commune-level unit. */
export type Commune = {
  __typename?: 'Commune';
  code: Scalars['String']['output'];
  register: Register;
  /**
   * Fleet figures at the instant `at` (default: now), for vessels whose owner's commune lies in this
   * unit. Out of scope: null for the public and for a caller whose scope does not reach the unit
   * (never zeros, which would read as "nothing happened"); a caller scoped to some communes gets
   * figures over those.
   */
  vessels?: Maybe<VesselStats>;
};


/** A commune-level unit. */
export type CommuneVesselsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A district-level unit (PRE_2025_07 register only). */
export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  register: Register;
  /**
   * Fleet figures at the instant `at` (default: now), for vessels whose owner's commune lies in this
   * unit. Out of scope: null for the public and for a caller whose scope does not reach the unit
   * (never zeros, which would read as "nothing happened"); a caller scoped to some communes gets
   * figures over those.
   */
  vessels?: Maybe<VesselStats>;
};


/** A district-level unit (PRE_2025_07 register only). */
export type DistrictVesselsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
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

/** One vessel of a unit's fleet at the instant of its VesselStats. */
export type FleetVessel = {
  __typename?: 'FleetVessel';
  /** Latest position at or before `at`; null when the state is NO_POSITION. */
  position?: Maybe<Position>;
  /** Hours from the latest position to `at`; null without a position. */
  silentHours?: Maybe<Scalars['Float']['output']>;
  /** At sea and nothing received for over 6 hours (as counted by VesselStats.silentOver6h). */
  silentOver6h: Scalars['Boolean']['output'];
  /** Where the vessel is at `at`, by the rule of VesselStats. */
  state: VesselState;
  vessel: Vessel;
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

/** One position report (AIS message 1, 2, 3, 18, 19 or 27). */
export type Position = {
  __typename?: 'Position';
  /** Course over ground, degrees; null when not available. */
  course?: Maybe<Scalars['Float']['output']>;
  heading?: Maybe<Scalars['Int']['output']>;
  /** Degrees, WGS 84. */
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  /** AIS message type. */
  messageType: Scalars['Int']['output'];
  /** AIS for terrestrial AIS messages, VMS for long-range message 27. */
  source: Scalars['String']['output'];
  /** Speed over ground, knots; null when not available. */
  speed?: Maybe<Scalars['Float']['output']>;
  /** Navigational status (ITU-R M.1371), null when the message does not carry it. */
  status?: Maybe<Scalars['Int']['output']>;
  /** Receive time (NMEA 4.0 tag block `c:`). */
  time: Scalars['DateTime']['output'];
  /** Names of the zones the position lies in. */
  zones: Array<Scalars['String']['output']>;
};

/** A province-level unit; `vessels` gives the fleet whose owners live there. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  register: Register;
  /**
   * Fleet figures at the instant `at` (default: now), for vessels whose owner's commune lies in this
   * unit. Out of scope: null for the public and for a caller whose scope does not reach the unit
   * (never zeros, which would read as "nothing happened"); a caller scoped to some communes gets
   * figures over those.
   */
  vessels?: Maybe<VesselStats>;
};


/** A province-level unit; `vessels` gives the fleet whose owners live there. */
export type ProvinceVesselsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One registered vessel by registration number, within the caller's scope; null otherwise. */
  vessel?: Maybe<Vessel>;
  /**
   * Freshness of the vessels feeds. `registry`: CSV (comma or semicolon) with the columns SoDangKy,
   * TenTau, ChieuDai, CongSuat, NgheKhaiThac, MaXaChuTau, MMSI, CangCa; SoDangKy, ChieuDai and
   * MaXaChuTau must have a value, the others may be empty. An optional NgayCapNhat column orders
   * versions when present; without it the later import wins and MaXaChuTau is read in today's register. `positions`: NMEA 0183 !AIVDM/!AIVDO sentences, each
   * with an NMEA 4.0 tag block carrying the receive time (c:). `zones`: a GeoJSON FeatureCollection of
   * polygons with properties id, kind, name (required), approximate and source (optional).
   */
  vesselsFeeds: Array<FeedStatus>;
  /** Rejected records of the vessels feeds, newest first; `first` 1–500, default 50. */
  vesselsRejects: Array<Reject>;
  /** The zones imported (login required), by id; `first` is 1–1000 (default 200). */
  vesselsZones: Array<Zone>;
};


export type QueryVesselArgs = {
  registration: Scalars['String']['input'];
};


export type QueryVesselsRejectsArgs = {
  feed?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVesselsZonesArgs = {
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

/** A fishing vessel of the provincial registry. */
export type Vessel = {
  __typename?: 'Vessel';
  /** Name the vessel's own AIS transmits (message 5 or 24), when received. */
  aisName?: Maybe<Scalars['String']['output']>;
  /** Call sign the vessel's own AIS transmits, when received. */
  callSign?: Maybe<Scalars['String']['output']>;
  /** Fishing gear / trade (Nghề khai thác). */
  gear?: Maybe<Scalars['String']['output']>;
  /** Home port (Cảng cá). */
  homePort?: Maybe<Scalars['String']['output']>;
  /** Latest position at or before `at` (default: now). */
  latestPosition?: Maybe<Position>;
  /** Length overall, metres (Chiều dài). */
  lengthM: Scalars['Float']['output'];
  /** MMSI of the vessel's AIS/VMS transceiver; null when the registry has none. */
  mmsi?: Maybe<Scalars['String']['output']>;
  /** Vessel name (Tên tàu). */
  name?: Maybe<Scalars['String']['output']>;
  /** The owner's commune as the registry reported it (register of the record's date). */
  ownerCommune?: Maybe<Commune>;
  /** Main engine power, kW (Công suất). */
  powerKw?: Maybe<Scalars['Float']['output']>;
  /** Registration number as in the registry (Số đăng ký), e.g. QNa-90123-TS. */
  registration: Scalars['String']['output'];
  /** State at `at` (default: now). */
  state: VesselState;
  /** Positions received in the half-open period [from, to) of Vietnam days, oldest first (at most 5000). */
  track: Array<Position>;
  /** Registry record's update date (NgayCapNhat) when the export carries it, else the day the hub received this version of the row. */
  updatedOn: Scalars['Date']['output'];
  /** True for vessels of 15 m and over, which must carry VMS. */
  vmsRequired: Scalars['Boolean']['output'];
};


/** A fishing vessel of the provincial registry. */
export type VesselLatestPositionArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A fishing vessel of the provincial registry. */
export type VesselStateArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A fishing vessel of the provincial registry. */
export type VesselTrackArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** The fleet's activity in one period of a series. */
export type VesselPeriodStats = {
  __typename?: 'VesselPeriodStats';
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  /** Position reports received (AIS and VMS). */
  positions: Scalars['Int']['output'];
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
  /** Vessel-days with at least one position: a vessel active on 3 days of the period counts 3. */
  vesselDays: Scalars['Int']['output'];
};

/** Where a vessel is at an instant, by the rule of VesselStats. */
export type VesselState =
  | 'AT_SEA'
  | 'IN_PORT'
  | 'NO_POSITION';

/**
 * Fleet figures of one unit at one instant. `registered` counts the vessels of 15 m and over, which
 * must carry VMS (Decree 26/2019/NĐ-CP Art. 44 as amended by Decree 37/2024/NĐ-CP); every other figure
 * is about those vessels, and atSea + inPort + noPosition = registered.
 */
export type VesselStats = {
  __typename?: 'VesselStats';
  /**
   * Silence alerts at `at` and zone entries/exits between `since` (default: 24 hours before `at`) and
   * `at`; most severe first, then newest; `first` is 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /** The instant the figures describe. */
  at: Scalars['DateTime']['output'];
  /** Latest position (at or before `at`) outside every port zone and not moored. */
  atSea: Scalars['Int']['output'];
  /**
   * The vessels `registered` counts (15 m and over), each with its state and latest position at `at`,
   * for a map of the fleet: those silent at sea for over 6 hours first, then at sea, in port and
   * without a position, each group by registration. Read from the same loads as the counts (no
   * further query per vessel). `first` is 1-2000, default 500; `registered` says how many there are.
   */
  fleet: Array<FleetVessel>;
  /** Latest position inside a port zone, or navigational status 5 (moored). */
  inPort: Scalars['Int']['output'];
  indicators: Array<Indicator>;
  /** No position report at or before `at` (no MMSI in the registry, or nothing received). */
  noPosition: Scalars['Int']['output'];
  /** Registered vessels of 15 m and over (VMS required). */
  registered: Scalars['Int']['output'];
  /** Registered vessels of every length. */
  registeredAllLengths: Scalars['Int']['output'];
  /**
   * Position reports received over [from, to) (Vietnam days), cut into periods of `every` (at most
   * 366), oldest first; the periods add up to the whole range. Counted toward the owner's unit of the
   * vessel whose MMSI sent them, as the registry stood when they were received, from rollups kept at
   * ingest (independent of `at`).
   */
  series: Array<VesselPeriodStats>;
  /** At sea and nothing received for over 6 hours (includes those silent over 10 days at sea). */
  silentOver6h: Scalars['Int']['output'];
  /** Nothing received for over 10 days, wherever the last position was. */
  silentOver10d: Scalars['Int']['output'];
  /** The vessels silent for over `hours` hours (default 240 = 10 days), longest silence first; first is 1-500, default 100. */
  silentVessels: Array<Vessel>;
};


/**
 * Fleet figures of one unit at one instant. `registered` counts the vessels of 15 m and over, which
 * must carry VMS (Decree 26/2019/NĐ-CP Art. 44 as amended by Decree 37/2024/NĐ-CP); every other figure
 * is about those vessels, and atSea + inPort + noPosition = registered.
 */
export type VesselStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Fleet figures of one unit at one instant. `registered` counts the vessels of 15 m and over, which
 * must carry VMS (Decree 26/2019/NĐ-CP Art. 44 as amended by Decree 37/2024/NĐ-CP); every other figure
 * is about those vessels, and atSea + inPort + noPosition = registered.
 */
export type VesselStatsFleetArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Fleet figures of one unit at one instant. `registered` counts the vessels of 15 m and over, which
 * must carry VMS (Decree 26/2019/NĐ-CP Art. 44 as amended by Decree 37/2024/NĐ-CP); every other figure
 * is about those vessels, and atSea + inPort + noPosition = registered.
 */
export type VesselStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * Fleet figures of one unit at one instant. `registered` counts the vessels of 15 m and over, which
 * must carry VMS (Decree 26/2019/NĐ-CP Art. 44 as amended by Decree 37/2024/NĐ-CP); every other figure
 * is about those vessels, and atSea + inPort + noPosition = registered.
 */
export type VesselStatsSilentVesselsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  hours?: InputMaybe<Scalars['Int']['input']>;
};

/** A zone imported as GeoJSON: a port, a fishing zone or the national boundary. */
export type Zone = {
  __typename?: 'Zone';
  /** True when the polygon is an approximation (demo zones always are). */
  approximate: Scalars['Boolean']['output'];
  /** GeoJSON Polygon or MultiPolygon, WGS 84. */
  geometry: Scalars['JSON']['output'];
  id: Scalars['String']['output'];
  /** PORT, FISHING_ZONE or NATIONAL_BOUNDARY. */
  kind: Scalars['String']['output'];
  /** Vietnamese name. */
  name: Scalars['String']['output'];
  /** Where the polygon comes from. */
  source?: Maybe<Scalars['String']['output']>;
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
  Province: Province;
  Vessel: Vessel;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Commune:
    ( { __typename: 'Commune' }
    & GraphQLRecursivePick<FederationTypes['Commune'], {"register":true,"code":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"register":true,"code":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"register":true,"code":true}> );
  Vessel:
    ( { __typename: 'Vessel' }
    & GraphQLRecursivePick<FederationTypes['Vessel'], {"registration":true}> );
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
  FleetVessel: ResolverTypeWrapper<VesselSituationMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Period: Period;
  Position: ResolverTypeWrapper<PositionOutMapper>;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
  Vessel: ResolverTypeWrapper<VesselDocMapper>;
  VesselPeriodStats: ResolverTypeWrapper<VesselPeriodStats>;
  VesselState: VesselState;
  VesselStats: ResolverTypeWrapper<FleetMapper>;
  Zone: ResolverTypeWrapper<ZoneMapper>;
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
  FleetVessel: VesselSituationMapper;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  Indicator: Indicator;
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  Position: PositionOutMapper;
  Province: UnitReferenceMapper;
  Query: Record<PropertyKey, never>;
  Reject: Reject;
  Vessel: VesselDocMapper;
  VesselPeriodStats: VesselPeriodStats;
  VesselStats: FleetMapper;
  Zone: ZoneMapper;
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
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  vessels?: Resolver<Maybe<ResolversTypes['VesselStats']>, ParentType, ContextType, Partial<CommuneVesselsArgs>>;
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
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  vessels?: Resolver<Maybe<ResolversTypes['VesselStats']>, ParentType, ContextType, Partial<DistrictVesselsArgs>>;
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

export type FleetVesselResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FleetVessel'] = ResolversParentTypes['FleetVessel']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  silentHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  silentOver6h?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VesselState'], ParentType, ContextType>;
  vessel?: Resolver<ResolversTypes['Vessel'], ParentType, ContextType>;
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

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  course?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  messageType?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  vessels?: Resolver<Maybe<ResolversTypes['VesselStats']>, ParentType, ContextType, Partial<ProvinceVesselsArgs>>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  vessel?: Resolver<Maybe<ResolversTypes['Vessel']>, ParentType, ContextType, RequireFields<QueryVesselArgs, 'registration'>>;
  vesselsFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  vesselsRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryVesselsRejectsArgs>>;
  vesselsZones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType, RequireFields<QueryVesselsZonesArgs, 'first'>>;
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

export type VesselResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vessel'] = ResolversParentTypes['Vessel'], FederationReferenceType extends FederationReferenceTypes['Vessel'] = FederationReferenceTypes['Vessel']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vessel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aisName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callSign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gear?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homePort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latestPosition?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, Partial<VesselLatestPositionArgs>>;
  lengthM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mmsi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerCommune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  powerKw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  registration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VesselState'], ParentType, ContextType, Partial<VesselStateArgs>>;
  track?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<VesselTrackArgs, 'from' | 'to'>>;
  updatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  vmsRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VesselPeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VesselPeriodStats'] = ResolversParentTypes['VesselPeriodStats']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  vesselDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VesselStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VesselStats'] = ResolversParentTypes['VesselStats']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<VesselStatsAlertsArgs, 'first'>>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  atSea?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fleet?: Resolver<Array<ResolversTypes['FleetVessel']>, ParentType, ContextType, RequireFields<VesselStatsFleetArgs, 'first'>>;
  inPort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  noPosition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredAllLengths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['VesselPeriodStats']>, ParentType, ContextType, RequireFields<VesselStatsSeriesArgs, 'every' | 'from' | 'to'>>;
  silentOver6h?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  silentOver10d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  silentVessels?: Resolver<Array<ResolversTypes['Vessel']>, ParentType, ContextType, RequireFields<VesselStatsSilentVesselsArgs, 'first'>>;
};

export type ZoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  geometry?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alert?: AlertResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  FeedStatus?: FeedStatusResolvers<ContextType>;
  FleetVessel?: FleetVesselResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Position?: PositionResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
  Vessel?: VesselResolvers<ContextType>;
  VesselPeriodStats?: VesselPeriodStatsResolvers<ContextType>;
  VesselStats?: VesselStatsResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
};

