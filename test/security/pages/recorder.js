// Loaded first by the test pages in this folder (a classic script, so it runs
// before the widget's module): records everything a page could observe the
// widget doing, in `window.securityLog`, for the tests that open these pages.
// It uses no inline code, eval or HTML sinks, so it runs under the strict CSP.
(() => {
  const log = {
    violations: [],
    policies: [],
    errors: [],
    events: [],
    console: [],
    requests: [],
    resources: [],
    storageWrites: [],
    cookieWrites: [],
  };
  window.securityLog = log;

  document.addEventListener("securitypolicyviolation", (event) =>
    log.violations.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim(),
    ),
  );
  window.addEventListener("error", (event) =>
    log.errors.push(`error: ${event.message}`),
  );
  window.addEventListener("unhandledrejection", (event) =>
    log.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  for (const type of [
    "faq-open",
    "faq-close",
    "faq-answer",
    "faq-handoff",
    "faq-error",
  ]) {
    document.addEventListener(type, (event) =>
      log.events.push({ type, detail: JSON.stringify(event.detail ?? null) }),
    );
  }

  // Which Trusted Types policies get created (and whether the page's CSP refused them).
  const factory = window.trustedTypes;
  if (factory) {
    const createPolicy = factory.createPolicy.bind(factory);
    factory.createPolicy = (name, rules) => {
      try {
        const policy = createPolicy(name, rules);
        log.policies.push(name);
        return policy;
      } catch (error) {
        log.policies.push(`${name} (refused)`);
        throw error;
      }
    };
  }

  for (const level of ["log", "info", "warn", "error", "debug"]) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      log.console.push(`${level}: ${args.map(String).join(" ")}`);
      original(...args);
    };
  }

  const bodyText = (body) =>
    typeof body === "string"
      ? body
      : body == null
        ? ""
        : `[${Object.prototype.toString.call(body)}]`;
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    log.requests.push({
      via: "fetch",
      url: new URL(url, location.href).href,
      body: bodyText(init?.body),
    });
    return originalFetch(input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.recordedUrl = new URL(String(url), location.href).href;
    return open.call(this, method, url, ...rest);
  };
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (body) {
    log.requests.push({
      via: "xhr",
      url: this.recordedUrl,
      body: bodyText(body),
    });
    return send.call(this, body);
  };
  const sendBeacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (url, data) => {
    log.requests.push({
      via: "beacon",
      url: new URL(String(url), location.href).href,
      body: bodyText(data),
    });
    return sendBeacon(url, data);
  };
  const OriginalWebSocket = window.WebSocket;
  window.WebSocket = function (url, protocols) {
    log.requests.push({ via: "websocket", url: String(url), body: "" });
    return new OriginalWebSocket(url, protocols);
  };
  const OriginalEventSource = window.EventSource;
  window.EventSource = function (url, init) {
    log.requests.push({
      via: "eventsource",
      url: new URL(String(url), location.href).href,
      body: "",
    });
    return new OriginalEventSource(url, init);
  };

  new PerformanceObserver((list) =>
    log.resources.push(...list.getEntries().map((entry) => entry.name)),
  ).observe({
    type: "resource",
    buffered: true,
  });

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    log.storageWrites.push({
      storage: this === window.localStorage ? "local" : "session",
      key,
      value: String(value),
    });
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  Object.defineProperty(document, "cookie", {
    configurable: true,
    get: () => cookie.get.call(document),
    set: (value) => {
      log.cookieWrites.push(String(value));
      cookie.set.call(document, value);
    },
  });
})();
