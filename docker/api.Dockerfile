# syntax=docker/dockerfile:1
# One image for the API, the worker and the SFTP server: docker-compose.yml only changes the command.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 falls back to node-gyp when its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    MAILLAGE_DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schemas ./schemas
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000 2222
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
