# deal-bot: multi-stage image. Build with dev dependencies, run with production ones only.
#   docker build -t deal-bot .
#   docker run --rm -p 8080:8080 -v deal-bot-state:/app/var --env-file .env deal-bot
# No secrets are baked in: tokens come from the environment at run time.

# Node 24 is the active LTS (Node 20 reached end of life on 2026-04-30); the code still runs on Node 20 and 22.
ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: compile TypeScript to dist/ ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts are needed to compile (esbuild's only checks its binary, used by tsx and vitest).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime: production dependencies, dist/ and data/, as the unprivileged "node" user ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
RUN mkdir -p /app/var && chown node:node /app/var

# The ops server (/healthz, /readyz, /metrics) runs by default; Slack's HTTP mode shares this port.
ENV PORT=8080 \
    HOST=0.0.0.0 \
    FACTS_PATH=/app/data/factbase.json \
    STATE_PATH=/app/var/state.json
EXPOSE 8080
# The state file (subscriptions, delivery ledger) lives on a volume so it survives new images.
VOLUME ["/app/var"]
USER node

# slim images have no curl: Node's fetch does the check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# main.js handles SIGTERM itself (stops within 10 s, Docker's default grace period).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
