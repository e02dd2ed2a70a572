/** The HTTP API: `createApp` builds it, `startServer` serves it. */
export { createApp, type AppDeps } from './app.js';
export { startServer, type RunningServer } from './serve.js';
export { buildOpenApi } from './openapi.js';
export * from './schemas.js';
