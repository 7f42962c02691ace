/**
 * `tsx --import ./scripts/server-modules.mjs`: lets a script or a benchmark import server modules outside
 * Next.js. `server-only` throws unless resolved under the `react-server` condition (which would
 * also switch React to its server build), so it is resolved to an empty module instead (the tests
 * alias it to a stub the same way).
 */
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
      return next(specifier, context);
    }`)}`,
);
