{
  "name": "@ioc/__NAME__",
  "version": "0.1.0",
  "private": true,
  "main": "src/index.ts"
}
