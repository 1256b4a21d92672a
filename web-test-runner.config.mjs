import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import {
  securityRequestsPlugin,
  securityRoutes,
} from "./test/security/server.mjs";
import { throttlePlugin } from "./test/throttle-plugin.mjs";
import { compressDist } from "./test/compress-middleware.mjs";
import { studioTestRoutes } from "./src/studio/testing/studio-test-routes.mjs";

// Debian's Chromium (browsers cannot be downloaded here); CHROME_PATH overrides it.
export default {
  files: ["src/**/*.browser.test.ts", "test/**/*.browser.test.ts"],
  // Lit's production build, as the widget ships (and without its dev-mode console warning).
  nodeResolve: { exportConditions: ["production"] },
  // Slow, huge and strict-CSP routes, and a request recorder, for test/security/.
  // The studio on a temporary copy of knowledge/, for src/studio/.
  // dist/ compressed, as a clinic's host serves it (test/compress-middleware.mjs).
  middleware: [compressDist, securityRoutes, studioTestRoutes],
  plugins: [
    esbuildPlugin({ ts: true, target: "es2022", tsconfig: "tsconfig.json" }),
    securityRequestsPlugin(),
    // CPU and network throttling through the DevTools protocol, for the timing tests.
    throttlePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
        args: [
          "--no-sandbox",
          "--headless=new",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
        ],
      },
    }),
  ],
  // One page at a time: pages of one site share a renderer process, so a second page would
  // distort the long-task and throttling measurements of test/main-thread.browser.test.ts.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // A test file may take minutes: the studio's tests save, check and rebuild the knowledge many times, each
  // build training the crisis detector and the matcher (about 4 s on this 2-core machine, more under load).
  testsFinishTimeout: 300_000,
};
