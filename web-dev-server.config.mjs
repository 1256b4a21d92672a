// `npm start`: serves the repository root, so the demo pages load the built
// widget from ../dist/ exactly as a clinic's site loads it from its own server.
const demoPath = "/demo/index.html";

export default {
  rootDir: ".",
  port: 8000,
  nodeResolve: false,
  // Open a browser only where there is a desktop to open it on.
  open: process.env.DISPLAY || process.platform !== "linux" ? demoPath : false,
  plugins: [
    {
      name: "print-demo-url",
      serverStart({ config }) {
        console.log(
          `\n  Demo clinic page: http://localhost:${config.port}${demoPath}\n  Also: /demo/inline.html, /demo/theming.html, /demo/strict-csp.html\n`,
        );
      },
    },
  ],
};
