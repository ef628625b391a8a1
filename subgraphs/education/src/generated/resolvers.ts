// Generated from schema/education.graphql and subgraphs/education/codegen.json by `npm run codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitReference as UnitReferenceMapper } from '@ioc/kit';
import type { StatsOut as StatsOutMapper, Context } from '../resolvers';
import type { SchoolDoc as SchoolDocMapper } from '../models';
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
   * Education statistics for the school year (YYYY-YYYY). Out of scope: null for the public and for a
   * caller whose scope does not reach the unit (never zeros, which would read as "nothing happened");
   * a caller scoped to some communes gets figures over those.
   */
  education?: Maybe<EducationStats>;
  register: Register;
  /** Schools whose MaXa lies in this commune, the code read in this commune's register; `first` is 1–500 (default 100). */
  schools: Array<School>;
};


export type CommuneEducationArgs = {
  schoolYear: Scalars['String']['input'];
};


export type CommuneSchoolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /**
   * Education statistics for the school year (YYYY-YYYY). Out of scope: null for the public and for a
   * caller whose scope does not reach the unit (never zeros, which would read as "nothing happened");
   * a caller scoped to some communes gets figures over those.
   */
  education?: Maybe<EducationStats>;
  register: Register;
};


export type DistrictEducationArgs = {
  schoolYear: Scalars['String']['input'];
};

/** Figures of one grade (Khoi: 0 = preschool, 1-12) within a unit and school year. */
export type EducationGradeStats = {
  __typename?: 'EducationGradeStats';
  classes: Scalars['Int']['output'];
  girls: Scalars['Int']['output'];
  grade: Scalars['Int']['output'];
  students: Scalars['Int']['output'];
};

/** Figures of one school level within a unit and school year. */
export type EducationLevelStats = {
  __typename?: 'EducationLevelStats';
  classes: Scalars['Int']['output'];
  girls: Scalars['Int']['output'];
  level: SchoolLevel;
  /** Vietnamese label of the level. */
  name: Scalars['String']['output'];
  schools: Scalars['Int']['output'];
  standardSchools: Scalars['Int']['output'];
  students: Scalars['Int']['output'];
  teachers: Scalars['Int']['output'];
};

/** The figures of one period of a series: those of the school year in force on the period's last day. */
export type EducationPeriodStats = {
  __typename?: 'EducationPeriodStats';
  classes: Scalars['Int']['output'];
  /** First day of the period (inclusive). */
  from: Scalars['Date']['output'];
  girls: Scalars['Int']['output'];
  qualifiedTeachers: Scalars['Int']['output'];
  /** The school year whose figures the period shows, e.g. 2024-2025. */
  schoolYear: Scalars['String']['output'];
  schools: Scalars['Int']['output'];
  standardSchools: Scalars['Int']['output'];
  students: Scalars['Int']['output'];
  /** students / classes; null without classes. */
  studentsPerClass?: Maybe<Scalars['Float']['output']>;
  /** students / teachers, over schools that reported both; null without teachers. */
  studentsPerTeacher?: Maybe<Scalars['Float']['output']>;
  teachers: Scalars['Int']['output'];
  /** Day after the period (exclusive). */
  to: Scalars['Date']['output'];
};

/**
 * Education statistics of one administrative unit for one school year, rounded to two decimals where
 * a ratio. A school counts towards the unit its MaXa names on the school year's start date
 * (5 September); a unit of the FROM_2025_07 register includes schools listed under the old units it
 * absorbed. Additive figures (schools, classes, students, girls, teachers) sum exactly over districts
 * and communes. Read from rollups kept at ingest (one bucket per unit and school year), under the
 * caller's scope: the work of a question does not grow with the records held.
 */
export type EducationStats = {
  __typename?: 'EducationStats';
  /**
   * Grades whose classes exceed the regulation's class size and schools short of qualified teachers,
   * most severe first, then newest; `first` is 1–200 (default 200).
   */
  alerts: Array<Alert>;
  /** By grade, ascending; only grades reported. */
  byGrade: Array<EducationGradeStats>;
  /** By school level (CapHoc), each level listed once, in the order MN, TH, THCS, THPT, LIEN_CAP. */
  byLevel: Array<EducationLevelStats>;
  /** By ownership type (LoaiHinh). */
  byType: Array<EducationTypeStats>;
  classes: Scalars['Int']['output'];
  girls: Scalars['Int']['output'];
  /** girls / students, in percent; null without students. */
  girlsShare?: Maybe<Scalars['Float']['output']>;
  /** Headline figures against their targets; `previous` is each one's value for the school year before. */
  indicators: Array<Indicator>;
  /** qualifiedTeachers / teachers, in percent; null without teachers. */
  qualifiedTeacherShare?: Maybe<Scalars['Float']['output']>;
  /** Teachers meeting the training standard (giáo viên đạt chuẩn trình độ đào tạo). */
  qualifiedTeachers: Scalars['Int']['output'];
  /** The school year, e.g. 2024-2025. */
  schoolYear: Scalars['String']['output'];
  /**
   * Schools of the unit that reported for the school year (enrolment or teachers). The school list
   * is a snapshot without dates, so a school counts for the years it reported in.
   */
  schools: Scalars['Int']['output'];
  /**
   * The unit's figures over [from, to) cut into periods of `every` (at most 366; the range at most 5
   * years), whatever this object's school year. The school management system reports once per school
   * year (enrolment and staffing at the opening), so no day, week, month or quarter has figures of its
   * own: each period carries those of the school year in force on its last day (a school year runs from
   * its opening on 5 September), which is what a chart of pupils or teachers over the months shows:
   * flat within a school year, a step at each opening. These are snapshots, not counts of events, so
   * unlike other sectors' series they do not add up over periods: a period's figures equal
   * `education(schoolYear: <its schoolYear>)`, and the figures of a whole range are those of its last
   * period, however the range is cut. Answered from the rollups kept at ingest, under the caller's scope.
   */
  series: Array<EducationPeriodStats>;
  /** standardSchools / schools, in percent; null when there are no schools. */
  standardSchoolShare?: Maybe<Scalars['Float']['output']>;
  /** Schools recognised as meeting the national standard (trường đạt chuẩn quốc gia). */
  standardSchools: Scalars['Int']['output'];
  students: Scalars['Int']['output'];
  /** students / classes; null without classes. */
  studentsPerClass?: Maybe<Scalars['Float']['output']>;
  /** students / teachers, over schools that reported both; null without teachers. */
  studentsPerTeacher?: Maybe<Scalars['Float']['output']>;
  teachers: Scalars['Int']['output'];
};


/**
 * Education statistics of one administrative unit for one school year, rounded to two decimals where
 * a ratio. A school counts towards the unit its MaXa names on the school year's start date
 * (5 September); a unit of the FROM_2025_07 register includes schools listed under the old units it
 * absorbed. Additive figures (schools, classes, students, girls, teachers) sum exactly over districts
 * and communes. Read from rollups kept at ingest (one bucket per unit and school year), under the
 * caller's scope: the work of a question does not grow with the records held.
 */
export type EducationStatsAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * Education statistics of one administrative unit for one school year, rounded to two decimals where
 * a ratio. A school counts towards the unit its MaXa names on the school year's start date
 * (5 September); a unit of the FROM_2025_07 register includes schools listed under the old units it
 * absorbed. Additive figures (schools, classes, students, girls, teachers) sum exactly over districts
 * and communes. Read from rollups kept at ingest (one bucket per unit and school year), under the
 * caller's scope: the work of a question does not grow with the records held.
 */
export type EducationStatsSeriesArgs = {
  every: Period;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** Figures of one ownership type within a unit and school year. */
export type EducationTypeStats = {
  __typename?: 'EducationTypeStats';
  /** Vietnamese label of the type. */
  name: Scalars['String']['output'];
  schools: Scalars['Int']['output'];
  students: Scalars['Int']['output'];
  type: SchoolType;
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

export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /**
   * Education statistics for the school year (YYYY-YYYY, e.g. 2024-2025). Out of scope: null for the
   * public and for a caller whose scope does not reach the unit (never zeros, which would read as
   * "nothing happened"); a caller scoped to some communes gets figures over those.
   */
  education?: Maybe<EducationStats>;
  register: Register;
};


export type ProvinceEducationArgs = {
  schoolYear: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Freshness of the education feeds: CSV (UTF-8, BOM optional, comma or semicolon, header row).
   * `schools` (truong.csv) requires MaTruong, TenTruong, CapHoc, LoaiHinh, MaXa, DatChuanQuocGia;
   * `enrolment` (quy-mo.csv) MaTruong, NamHoc, Khoi, SoLop, SoHocSinh, SoHocSinhNu; `teachers`
   * (giao-vien.csv) MaTruong, NamHoc, SoGiaoVien, SoGiaoVienDatChuan. Each may add NgayCapNhat
   * (optional, YYYY-MM-DD or ISO date-time) to order versions; without it the later import wins.
   */
  educationFeeds: Array<FeedStatus>;
  /** Records the education feeds rejected, newest first (officers and admins only); first is 1-500, default 50. */
  educationRejects: Array<Reject>;
  /** One school by its MaTruong, within the caller's scope; null when unknown or outside it. */
  educationSchool?: Maybe<School>;
};


export type QueryEducationRejectsArgs = {
  feed?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEducationSchoolArgs = {
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

/** A school as the school management system lists it. */
export type School = {
  __typename?: 'School';
  /** MaTruong, the school's code in the school management system. */
  code: Scalars['String']['output'];
  /** MaXa as reported: the commune code the school lists. */
  communeCode: Scalars['String']['output'];
  /** Today's commune containing the school (approximate when an old commune was split). */
  currentCommune?: Maybe<Scalars['String']['output']>;
  /** Today's province containing the school. */
  currentProvince?: Maybe<Scalars['String']['output']>;
  level: SchoolLevel;
  /** TenTruong. */
  name: Scalars['String']['output'];
  /** True when the school is recognised as meeting the national standard (DatChuanQuocGia). */
  nationalStandard: Scalars['Boolean']['output'];
  type: SchoolType;
};

/** Level of education a school teaches (CapHoc in the school management export). */
export type SchoolLevel =
  /** Liên cấp (a school teaching more than one level). */
  | 'LIEN_CAP'
  /** Mầm non (preschool). */
  | 'MN'
  /** Tiểu học (primary, grades 1-5). */
  | 'TH'
  /** Trung học cơ sở (lower secondary, grades 6-9). */
  | 'THCS'
  /** Trung học phổ thông (upper secondary, grades 10-12). */
  | 'THPT';

/** Ownership type of a school (LoaiHinh in the export). */
export type SchoolType =
  /** Công lập (public). */
  | 'CONG_LAP'
  /** Dân lập (people-founded). */
  | 'DAN_LAP'
  /** Tư thục (private). */
  | 'TU_THUC';



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
  School: School;
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
  School:
    ( { __typename: 'School' }
    & GraphQLRecursivePick<FederationTypes['School'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alert: ResolverTypeWrapper<Alert>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AlertLevel: AlertLevel;
  Commune: ResolverTypeWrapper<UnitReferenceMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<UnitReferenceMapper>;
  EducationGradeStats: ResolverTypeWrapper<EducationGradeStats>;
  EducationLevelStats: ResolverTypeWrapper<EducationLevelStats>;
  EducationPeriodStats: ResolverTypeWrapper<EducationPeriodStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EducationStats: ResolverTypeWrapper<StatsOutMapper>;
  EducationTypeStats: ResolverTypeWrapper<EducationTypeStats>;
  FeedStatus: ResolverTypeWrapper<FeedStatus>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorStatus: IndicatorStatus;
  IngestSummary: ResolverTypeWrapper<IngestSummary>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Period: Period;
  Province: ResolverTypeWrapper<UnitReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: Register;
  Reject: ResolverTypeWrapper<Reject>;
  School: ResolverTypeWrapper<SchoolDocMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  SchoolLevel: SchoolLevel;
  SchoolType: SchoolType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alert: Alert;
  String: Scalars['String']['output'];
  Commune: UnitReferenceMapper;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: UnitReferenceMapper;
  EducationGradeStats: EducationGradeStats;
  EducationLevelStats: EducationLevelStats;
  EducationPeriodStats: EducationPeriodStats;
  Float: Scalars['Float']['output'];
  EducationStats: StatsOutMapper;
  EducationTypeStats: EducationTypeStats;
  FeedStatus: FeedStatus;
  Indicator: Indicator;
  IngestSummary: IngestSummary;
  JSON: Scalars['JSON']['output'];
  Province: UnitReferenceMapper;
  Query: Record<PropertyKey, never>;
  Reject: Reject;
  School: SchoolDocMapper;
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
  education?: Resolver<Maybe<ResolversTypes['EducationStats']>, ParentType, ContextType, RequireFields<CommuneEducationArgs, 'schoolYear'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType, RequireFields<CommuneSchoolsArgs, 'first'>>;
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
  education?: Resolver<Maybe<ResolversTypes['EducationStats']>, ParentType, ContextType, RequireFields<DistrictEducationArgs, 'schoolYear'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type EducationGradeStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationGradeStats'] = ResolversParentTypes['EducationGradeStats']> = {
  classes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  girls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationLevelStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationLevelStats'] = ResolversParentTypes['EducationLevelStats']> = {
  classes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  girls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SchoolLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardSchools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationPeriodStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationPeriodStats'] = ResolversParentTypes['EducationPeriodStats']> = {
  classes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  girls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualifiedTeachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardSchools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  studentsPerClass?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  studentsPerTeacher?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type EducationStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationStats'] = ResolversParentTypes['EducationStats']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<EducationStatsAlertsArgs, 'first'>>;
  byGrade?: Resolver<Array<ResolversTypes['EducationGradeStats']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['EducationLevelStats']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['EducationTypeStats']>, ParentType, ContextType>;
  classes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  girls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  girlsShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  qualifiedTeacherShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  qualifiedTeachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['EducationPeriodStats']>, ParentType, ContextType, RequireFields<EducationStatsSeriesArgs, 'every' | 'from' | 'to'>>;
  standardSchoolShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standardSchools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  studentsPerClass?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  studentsPerTeacher?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationTypeStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationTypeStats'] = ResolversParentTypes['EducationTypeStats']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
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
  education?: Resolver<Maybe<ResolversTypes['EducationStats']>, ParentType, ContextType, RequireFields<ProvinceEducationArgs, 'schoolYear'>>;
  register?: Resolver<ResolversTypes['Register'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  educationFeeds?: Resolver<Array<ResolversTypes['FeedStatus']>, ParentType, ContextType>;
  educationRejects?: Resolver<Array<ResolversTypes['Reject']>, ParentType, ContextType, Partial<QueryEducationRejectsArgs>>;
  educationSchool?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType, RequireFields<QueryEducationSchoolArgs, 'code'>>;
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

export type SchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School'], FederationReferenceType extends FederationReferenceTypes['School'] = FederationReferenceTypes['School']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['School']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentCommune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currentProvince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SchoolLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalStandard?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alert?: AlertResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  EducationGradeStats?: EducationGradeStatsResolvers<ContextType>;
  EducationLevelStats?: EducationLevelStatsResolvers<ContextType>;
  EducationPeriodStats?: EducationPeriodStatsResolvers<ContextType>;
  EducationStats?: EducationStatsResolvers<ContextType>;
  EducationTypeStats?: EducationTypeStatsResolvers<ContextType>;
  FeedStatus?: FeedStatusResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reject?: RejectResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
};

