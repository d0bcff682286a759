# One image for every Postcare process; SERVICE picks which one runs.
# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/contracts/package.json packages/contracts/
COPY packages/platform/package.json packages/platform/
COPY packages/client/package.json packages/client/
COPY services/gateway/package.json services/gateway/
COPY services/directory/package.json services/directory/
COPY services/feedback/package.json services/feedback/
COPY services/survey/package.json services/survey/
COPY services/membership/package.json services/membership/
COPY services/liaison/package.json services/liaison/
COPY bench/package.json bench/
RUN pnpm install --frozen-lockfile

FROM node:20-bookworm-slim
ARG SERVICE
ENV SERVICE=${SERVICE} NODE_ENV=production
WORKDIR /app
COPY --from=deps /app /app
COPY tsconfig.base.json tsconfig.json ./
COPY packages packages
COPY services services
COPY scripts/build.ts scripts/
# The rollup rebuild, for a change of POSTCARE_TIME_ZONE (README: `docker compose run --rm feedback
# node --import tsx scripts/rebuild-rollups.ts feedback`).
COPY scripts/rollups.ts scripts/rebuild-rollups.ts scripts/local-secrets.ts scripts/
# The process runs as one plain-JavaScript bundle of its sources (scripts/build.ts): the same
# TypeScript the tests run, without tsx's memory in every process.
RUN node --import tsx scripts/build.ts ${SERVICE}
USER node
CMD ["sh", "-c", "exec node services/${SERVICE}/dist/server.mjs"]
