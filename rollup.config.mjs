import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import esbuild from "rollup-plugin-esbuild";
import minifyHtmlLiterals from "@lit-labs/rollup-plugin-minify-html-literals";

// Type-checking is `tsc`'s job (npm test); here esbuild only transpiles (in a fraction of the time
// TypeScript's own plugin took to build a program per bundle), reading tsconfig.json's class-field setting.
const transpile = () =>
  esbuild({ target: "es2022", tsconfig: "tsconfig.json" });

const browser = (input, chunkFileNames) => ({
  input,
  output: { dir: "dist", format: "es", chunkFileNames },
  plugins: [
    resolve({ browser: true }),
    transpile(),
    // Lit's html`` and css`` templates keep their whitespace through terser; this trims it.
    minifyHtmlLiterals(),
    terser({
      ecma: 2020,
      module: true,
      toplevel: true,
      compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
      format: { comments: false },
    }),
  ],
});

export default [
  // Browser, the one-script-tag embed: lazy chunks sit beside it so they are
  // found relative to the script wherever it is hosted.
  browser({ "faq-chat": "src/embed.ts" }, "faq-chat-[name]-[hash].js"),
  // Browser, the side-effect-free module entry: built on its own so its shared
  // code does not split the embed's lazy chunk in two.
  browser({ index: "src/index.ts" }, "index-[name]-[hash].js"),
  // Browser, `faq studio`'s page (Lit): served by the studio from dist/.
  {
    input: { studio: "src/studio/page/studio-page.ts" },
    output: {
      dir: "dist",
      format: "es",
      chunkFileNames: "studio-[name]-[hash].js",
    },
    plugins: [
      resolve({ browser: true, exportConditions: ["production"] }),
      transpile(),
      terser({ module: true, format: { comments: false } }),
    ],
  },
  {
    // Node: the engine as `faq-chat/engine`, and the `faq` command.
    input: { engine: "src/engine/index.ts", cli: "src/cli/bin.ts" },
    output: {
      dir: "dist",
      format: "es",
      chunkFileNames: "node-[name]-[hash].js",
    },
    external: (id) =>
      id.startsWith("node:") ||
      ["fuse.js/basic", "yaml", "marked", "html-to-text"].includes(id),
    plugins: [transpile()],
  },
];
