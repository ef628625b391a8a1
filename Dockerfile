# One image for the gateway and every subgraph; docker-compose.yml picks the entry point.
FROM node:20-slim
WORKDIR /hub
COPY package.json package-lock.json ./
COPY kit/package.json kit/
COPY gateway/package.json gateway/
COPY testing/package.json testing/
COPY subgraphs/admin-units/package.json subgraphs/admin-units/
COPY subgraphs/procedures/package.json subgraphs/procedures/
COPY subgraphs/health/package.json subgraphs/health/
COPY subgraphs/education/package.json subgraphs/education/
COPY subgraphs/land/package.json subgraphs/land/
COPY subgraphs/environment/package.json subgraphs/environment/
COPY subgraphs/vessels/package.json subgraphs/vessels/
COPY subgraphs/feedback/package.json subgraphs/feedback/
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV HUB_LISTEN_HOST=0.0.0.0
# graphql-js skips its development-only checks (they showed in request profiles).
ENV NODE_ENV=production
# The audit log's folder, writable by the service user (docker-compose mounts a volume over it).
RUN mkdir -p /hub/.data && chown node /hub/.data
USER node
# Ready = the process serves and (for a subgraph) its database answers a real read; the gateway
# overrides this with /healthz in docker-compose.yml.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

