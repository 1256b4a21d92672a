import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { securityRequestsPlugin, securityRoutes } from './test/security/server.mjs';
import { studioTestRoutes } from './src/studio/testing/studio-test-routes.mjs';

// Debian's Chromium (browsers cannot be downloaded here); CHROME_PATH overrides it.
export default {
  files: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: true,
  // Slow, huge and strict-CSP routes, and a request recorder, for test/security/.
  // The studio on a temporary copy of knowledge/, for src/studio/.
  middleware: [securityRoutes, studioTestRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), securityRequestsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
