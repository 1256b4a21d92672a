// A web-test-runner plugin that gives browser tests the DevTools protocol's
// throttling: `executeServerCommand('throttle', { cpu: 4, network: 'slow-4g' })`
// and `executeServerCommand('throttle', { cpu: 1, network: null })` to undo it.
// Works with the Chrome launcher, whose sessions are puppeteer pages.

// DevTools' "Slow 4G" preset: 400 kbit/s down, 150 ms latency (x 3.75 for the
// protocol, as DevTools applies it), 400 kbit/s up.
const networks = {
  "slow-4g": {
    offline: false,
    latency: 150 * 3.75,
    downloadThroughput: ((400 * 1000) / 8) * 0.9,
    uploadThroughput: ((400 * 1000) / 8) * 0.9,
  },
};

export function throttlePlugin() {
  const sessions = new Map();
  return {
    name: "throttle",
    async executeCommand({ command, payload, session }) {
      if (command !== "throttle") return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send("Emulation.setCPUThrottlingRate", {
        rate: payload?.cpu ?? 1,
      });
      const network = payload?.network ? networks[payload.network] : null;
      await cdp.send("Network.enable");
      await cdp.send(
        "Network.emulateNetworkConditions",
        network ?? {
          offline: false,
          latency: 0,
          downloadThroughput: -1,
          uploadThroughput: -1,
        },
      );
      // Without network throttling this session's Network domain is turned off again: while it is on, the
      // protocol copies every response body for it, and the knowledge file (1.8 MB) arriving whole became one
      // task of 400-615 ms at 4x CPU that no visitor's browser runs (fifteenth session: gone with this line).
      if (!network) await cdp.send("Network.disable");
      return true;
    },
  };
}
