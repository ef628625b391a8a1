extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

__SHARED_TYPES__

"A province; this subgraph adds its __NAME__ statistics."
type Province @key(fields: "register code") {
  register: Register!
  code: String!
  """
  Records dated in the half-open period [from, to) (Vietnam days) in the province and every unit in
  it; on a province of today's register, includes records reported under the old units it absorbed.
  Null for the public and for callers whose scope does not reach the unit.
  """
  __CAMEL__(from: Date!, to: Date!): __PASCAL__Stats
}

"A district (old register only); this subgraph adds its __NAME__ statistics."
type District @key(fields: "register code") {
  register: Register!
  code: String!
  "As on Province: records dated in [from, to) in the district and its communes."
  __CAMEL__(from: Date!, to: Date!): __PASCAL__Stats
}

"A commune; this subgraph adds its __NAME__ statistics."
type Commune @key(fields: "register code") {
  register: Register!
  code: String!
  "As on Province: records dated in [from, to) in the commune (in today's register, with the old communes it absorbed)."
  __CAMEL__(from: Date!, to: Date!): __PASCAL__Stats
}

"Figures over the records of a period."
type __PASCAL__Stats {
  from: Date!
  to: Date!
  "Records dated in the period."
  records: Int!
  "Sum of their values."
  total: Float!
  "The same figures per kind, most records first."
  byKind: [__PASCAL__KindStats!]!
  "Headline figures against their targets."
  indicators: [Indicator!]!
  "Alerts of the period, most urgent first; only those timed at or after `since`."
  alerts(since: DateTime): [Alert!]!
}

"The figures of one kind of record."
type __PASCAL__KindStats {
  kind: String!
  records: Int!
  total: Float!
}

"One record as the source system last sent it."
type __PASCAL__Record @key(fields: "id") {
  "The source system's own id."
  id: String!
  kind: String!
  value: Float!
  date: Date!
  "The unit code as reported."
  unitCode: String!
  register: Register!
  "The province in force today that contains the reported unit."
  currentProvince: Province!
}

type Query {
  "Freshness of this sector's feeds (signed-in callers)."
  __CAMEL__Feeds: [FeedStatus!]!
  "Records the feeds refused, newest first (officers and admins). `first` is 1–500 (default 50)."
  __CAMEL__Rejects(feed: String, first: Int): [Reject!]!
  "One record by its source id, when it is within the caller's scope."
  __CAMEL__Record(id: String!): __PASCAL__Record
}
