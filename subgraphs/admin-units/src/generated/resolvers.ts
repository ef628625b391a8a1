// Generated from schema/admin-units.graphql and subgraphs/admin-units/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Unit as UnitMapper, Link as LinkMapper } from '@ioc/kit';
import type { Context } from '../resolvers';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** A JSON value; GeoJSON geometries are served this way. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * Any administrative unit: what every province, district and commune has, so a field that returns
 * "any unit" (reform links, search hits, resolved codes) answers `{ code name }` without fragments.
 */
export type AdminUnit = {
  /** GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: Scalars['String']['output'];
  level: UnitLevel;
  /** Official name with diacritics (NFC). */
  name: Scalars['String']['output'];
  register: Register;
  /** The unit's type as the register names it (Tỉnh, Huyện, Phường, Đặc khu, …). */
  type: Scalars['String']['output'];
  /** First day in force; null when the register does not say (the 2025-03-01 snapshot). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force; null while in force. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A commune-level unit (Phường / Xã / Thị trấn / Đặc khu). */
export type Commune = AdminUnit & {
  __typename?: 'Commune';
  /** GSO code, 5 digits. */
  code: Scalars['String']['output'];
  /** The district (PRE_2025_07 register only; null in FROM_2025_07). */
  district?: Maybe<District>;
  level: UnitLevel;
  name: Scalars['String']['output'];
  /** For a new commune: the old communes (or island districts) it absorbed. */
  predecessors: Array<UnitLink>;
  province: Province;
  register: Register;
  /** For an old commune: the new commune(s) it went into (PARTIAL when it was split). */
  successors: Array<CommuneLink>;
  /** Phường, Xã, Thị trấn or Đặc khu. */
  type: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A commune on the other side of the 2025 reform. */
export type CommuneLink = {
  __typename?: 'CommuneLink';
  share: Share;
  unit: Commune;
};

/** A district-level unit (Quận / Huyện / Thị xã / Thành phố); exists only in the PRE_2025_07 register. */
export type District = AdminUnit & {
  __typename?: 'District';
  /**
   * District boundary as a GeoJSON MultiPolygon (WGS 84), where the hub holds one (provinces 35, 36, 37,
   * 40, 48, 49); else null. A district that absorbed another in 2024 is drawn with it (509 with 519
   * Nông Sơn, 412 with 413 Cửa Lò, 356 with 358 Mỹ Lộc, 374 with 369 Thành phố Ninh Bình).
   */
  boundary?: Maybe<Scalars['JSON']['output']>;
  /** GSO code, 3 digits. */
  code: Scalars['String']['output'];
  communes: Array<Commune>;
  level: UnitLevel;
  name: Scalars['String']['output'];
  province: Province;
  register: Register;
  /**
   * The reform removed the district level: districts have successors only through their communes
   * (ask `communes { successors }`). The one exception is an island district that had no communes and
   * became a special zone (Đặc khu) directly; only such a district lists a successor here.
   */
  successors: Array<CommuneLink>;
  /** Quận, Huyện, Thị xã or Thành phố. */
  type: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A province-level unit (Tỉnh / Thành phố Trung ương). */
export type Province = AdminUnit & {
  __typename?: 'Province';
  /** GSO code, 2 digits. */
  code: Scalars['String']['output'];
  /** All communes of the province (through its districts in the old register). */
  communes: Array<Commune>;
  /** Districts of the province; empty in the FROM_2025_07 register, which has no district level. */
  districts: Array<District>;
  level: UnitLevel;
  /** Official name with diacritics (NFC), e.g. "Tỉnh Quảng Nam". */
  name: Scalars['String']['output'];
  /** For a new province: the old provinces it absorbed. */
  predecessors: Array<ProvinceLink>;
  register: Register;
  /** For an old province: the new province(s) it went into. */
  successors: Array<ProvinceLink>;
  /** Tỉnh or Thành phố Trung ương. */
  type: Scalars['String']['output'];
  /** First day in force; null when the register does not say (the 2025-03-01 snapshot). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force; null while in force. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A province on the other side of the 2025 reform. */
export type ProvinceLink = {
  __typename?: 'ProvinceLink';
  share: Share;
  unit: Province;
};

export type Query = {
  __typename?: 'Query';
  /** One commune by its 5-digit code in the register in force on `asOf`; null when unknown. */
  commune?: Maybe<Commune>;
  /** One district by its 3-digit code (districts exist only before 2025-07-01); null when unknown. */
  district?: Maybe<District>;
  /** One province by its 2-digit code in the register in force on `asOf`; null when unknown. */
  province?: Maybe<Province>;
  /** Provinces of the register in force on `asOf` (default: today). */
  provinces: Array<Province>;
  /** The registers the hub holds. */
  registers: Array<RegisterInfo>;
  /** Resolves a unit code as a source system reported it on `date` (the rule every sector applies to its records). */
  resolveUnitCode?: Maybe<UnitResolution>;
  /**
   * Units whose name matches `text`, without regard to diacritics, case or the type word
   * ("quang nam", "Quảng Nam" and "tinh quang nam" find Tỉnh Quảng Nam). Exact names first.
   * Searches the register in force on `asOf` (default: today). `first` is 1–100 (default 20).
   */
  searchUnits: Array<UnitMatch>;
};


export type QueryCommuneArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
};


export type QueryDistrictArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
};


export type QueryProvinceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
};


export type QueryProvincesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryResolveUnitCodeArgs = {
  code: Scalars['String']['input'];
  date: Scalars['Date']['input'];
};


export type QuerySearchUnitsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<UnitLevel>;
  text: Scalars['String']['input'];
};

/**
 * The register of administrative units a code belongs to. Codes are reused across registers
 * (from 2025-07-01 province 48 is the merged Đà Nẵng that absorbed Quảng Nam 49), so an entity key
 * is the pair (register, code).
 */
export type Register =
  /** Two levels (34 provinces, 3,321 communes), in force from 2025-07-01 after the reform. */
  | 'FROM_2025_07'
  /** Three levels (63 provinces, 696 districts, 10,047 communes); GSO snapshot of 2025-03-01, in force until 2025-06-30. */
  | 'PRE_2025_07';

/** A register and the dates it is in force. */
export type RegisterInfo = {
  __typename?: 'RegisterInfo';
  communes: Scalars['Int']['output'];
  districts: Scalars['Int']['output'];
  provinces: Scalars['Int']['output'];
  register: Register;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** How much of an old unit went into a new one in the 2025 reform. */
export type Share =
  /** The whole old unit went into this one new unit. */
  | 'FULL'
  /** The old unit was split between several new units; this one received a part. */
  | 'PARTIAL';

/** Level of an administrative unit. */
export type UnitLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

/** An old unit absorbed by a new commune: a commune, or an island district without communes. */
export type UnitLink = {
  __typename?: 'UnitLink';
  share: Share;
  unit: AdminUnit;
};

/** One hit of a unit search. */
export type UnitMatch = {
  __typename?: 'UnitMatch';
  code: Scalars['String']['output'];
  /** True when the typed text equals the unit's name (ignoring diacritics, case and the type word). */
  exact: Scalars['Boolean']['output'];
  level: UnitLevel;
  name: Scalars['String']['output'];
  /** Name of the province that contains the unit, to tell same-named communes apart. */
  provinceName: Scalars['String']['output'];
  register: Register;
  unit: AdminUnit;
};

/** Where a code reported by a source system on a date lies, then and today. */
export type UnitResolution = {
  __typename?: 'UnitResolution';
  /** True when the old commune was split and the attribution to `currentCommune` is by the hub's rule. */
  approximate: Scalars['Boolean']['output'];
  /** The commune in force today that contains it (null for a province or district). */
  currentCommune?: Maybe<Commune>;
  /** The province in force today that contains it. */
  currentProvince: Province;
  /** True when a record dated after the reform still used an old-register code. */
  legacyCode: Scalars['Boolean']['output'];
  /** The unit the code named on that date. */
  reported: AdminUnit;
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
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdminUnit: ResolverTypeWrapper<UnitMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Commune: ResolverTypeWrapper<UnitMapper>;
  CommuneLink: ResolverTypeWrapper<LinkMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  District: ResolverTypeWrapper<UnitMapper>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Province: ResolverTypeWrapper<UnitMapper>;
  ProvinceLink: ResolverTypeWrapper<LinkMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Register: Register;
  RegisterInfo: ResolverTypeWrapper<RegisterInfo>;
  Share: Share;
  UnitLevel: UnitLevel;
  UnitLink: ResolverTypeWrapper<LinkMapper>;
  UnitMatch: ResolverTypeWrapper<Omit<UnitMatch, 'unit'> & { unit: ResolversTypes['AdminUnit'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  UnitResolution: ResolverTypeWrapper<Omit<UnitResolution, 'currentCommune' | 'currentProvince' | 'reported'> & { currentCommune?: Maybe<ResolversTypes['Commune']>, currentProvince: ResolversTypes['Province'], reported: ResolversTypes['AdminUnit'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdminUnit: UnitMapper;
  String: Scalars['String']['output'];
  Commune: UnitMapper;
  CommuneLink: LinkMapper;
  Date: Scalars['Date']['output'];
  District: UnitMapper;
  JSON: Scalars['JSON']['output'];
  Province: UnitMapper;
  ProvinceLink: LinkMapper;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RegisterInfo: RegisterInfo;
  UnitLink: LinkMapper;
  UnitMatch: Omit<UnitMatch, 'unit'> & { unit: ResolversParentTypes['AdminUnit'] };
  Boolean: Scalars['Boolean']['output'];
  UnitResolution: Omit<UnitResolution, 'currentCommune' | 'currentProvince' | 'reported'> & { currentCommune?: Maybe<ResolversParentTypes['Commune']>, currentProvince: ResolversParentTypes['Province'], reported: ResolversParentTypes['AdminUnit'] };
};

export type AdminUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdminUnit'] = ResolversParentTypes['AdminUnit']> = {
  __resolveType: TypeResolveFn<'Commune' | 'District' | 'Province', ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['UnitLink']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['CommuneLink']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommuneLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommuneLink'] = ResolversParentTypes['CommuneLink']> = {
  share?: Resolver<ResolversTypes['Share'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundary?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['CommuneLink']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['ProvinceLink']>, ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['ProvinceLink']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvinceLink'] = ResolversParentTypes['ProvinceLink']> = {
  share?: Resolver<ResolversTypes['Share'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType, RequireFields<QueryCommuneArgs, 'code'>>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType, RequireFields<QueryProvinceArgs, 'code'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
  registers?: Resolver<Array<ResolversTypes['RegisterInfo']>, ParentType, ContextType>;
  resolveUnitCode?: Resolver<Maybe<ResolversTypes['UnitResolution']>, ParentType, ContextType, RequireFields<QueryResolveUnitCodeArgs, 'code' | 'date'>>;
  searchUnits?: Resolver<Array<ResolversTypes['UnitMatch']>, ParentType, ContextType, RequireFields<QuerySearchUnitsArgs, 'text'>>;
};

export type RegisterInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterInfo'] = ResolversParentTypes['RegisterInfo']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  districts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provinces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type UnitLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitLink'] = ResolversParentTypes['UnitLink']> = {
  share?: Resolver<ResolversTypes['Share'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['AdminUnit'], ParentType, ContextType>;
};

export type UnitMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitMatch'] = ResolversParentTypes['UnitMatch']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['AdminUnit'], ParentType, ContextType>;
};

export type UnitResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitResolution'] = ResolversParentTypes['UnitResolution']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentCommune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  currentProvince?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  legacyCode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['AdminUnit'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdminUnit?: AdminUnitResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneLink?: CommuneLinkResolvers<ContextType>;
  Date?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Province?: ProvinceResolvers<ContextType>;
  ProvinceLink?: ProvinceLinkResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterInfo?: RegisterInfoResolvers<ContextType>;
  UnitLink?: UnitLinkResolvers<ContextType>;
  UnitMatch?: UnitMatchResolvers<ContextType>;
  UnitResolution?: UnitResolutionResolvers<ContextType>;
};

