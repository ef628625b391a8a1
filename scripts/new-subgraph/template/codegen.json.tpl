{
  "contextType": "../resolvers#Context",
  "mappers": {
    "Province": "@ioc/kit#UnitReference",
    "District": "@ioc/kit#UnitReference",
    "Commune": "@ioc/kit#UnitReference",
    "__PASCAL__Stats": "../resolvers#StatsParent",
    "__PASCAL__Record": "../models#RecordDoc"
  }
}
