# One image for the gateway and every subgraph; docker-compose.yml picks the entry point.
FROM node:20-slim
WORKDIR /hub
COPY package.json package-lock.json ./
COPY kit/package.json kit/
COPY gateway/package.json gateway/
COPY subgraphs/admin-units/package.json subgraphs/admin-units/
COPY subgraphs/procedures/package.json subgraphs/procedures/
COPY subgraphs/health/package.json subgraphs/health/
COPY subgraphs/education/package.json subgraphs/education/
COPY subgraphs/land/package.json subgraphs/land/
COPY subgraphs/environment/package.json subgraphs/environment/
COPY subgraphs/vessels/package.json subgraphs/vessels/
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV HUB_LISTEN_HOST=0.0.0.0
USER node
