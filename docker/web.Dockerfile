# syntax=docker/dockerfile:1
# The web app as static files behind nginx, which also forwards /api to the API and /auth to Keycloak.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Vite's toolchain needs no install script; skipping them avoids compiling the API's native modules here.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npx nx run web:build --outputStyle=static

FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080
